import { afterEach, describe, expect, it } from 'vitest';
import { makeCompany, type TestServices } from '../helpers/services';

let s: TestServices;
afterEach(() => s?.dispose());

describe('a new company through the contract', () => {
  it('creates, posts a balanced entry and shows it in the trial balance', async () => {
    s = await makeCompany();
    const accounts = await s.call('accounts.list', {});
    const bank = accounts.find((a) => a.role === 'bank')!;
    const equity = accounts.find((a) => a.role === 'equity')!;
    const entry = await s.call('ledger.postEntry', {
      date: '2026-03-01',
      description: 'Opening balance',
      lines: [
        { accountId: bank.id, debit: 150000 },
        { accountId: equity.id, credit: 150000 },
      ],
    });
    expect(entry.number).toBe('JE-2026-000001');
    const tb = await s.call('ledger.trialBalance', { asOf: '2026-03-31' });
    expect(tb.totalDebit).toBe(150000);
    expect(tb.totalCredit).toBe(150000);
    expect(tb.rows.map((r) => [r.code, r.debit, r.credit])).toEqual([
      ['1200', 150000, 0],
      ['3000', 0, 150000],
    ]);
    const c = await s.call('customers.create', {
      name: 'Müller GmbH',
      currency: 'eur',
      email: 'buy@mueller.de',
    });
    expect(c.number).toBe('C00001');
    const found = await s.call('customers.list', { search: 'mül' });
    expect(found.rows.map((r) => r.name)).toEqual(['Müller GmbH']);
    expect((await s.call('audit.verify', {})).ok).toBe(true);
  });
});
