// Gapless document numbers: failed postings consume none, each year starts again, and a series' pattern and
// next number are validated and frozen once numbers were issued.
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract';
import { expectError, makeCompany, type TestServices } from '../helpers/services';

let s: TestServices;
afterEach(() => s?.dispose());

async function accounts(): Promise<{ bank: Account; equity: Account; ar: Account }> {
  const list = await s.call('accounts.list', {});
  const role = (r: string) => list.find((a) => a.role === r)!;
  return { bank: role('bank'), equity: role('equity'), ar: role('ar') };
}

describe('journal numbers', () => {
  it('are gapless even when postings in between fail', async () => {
    s = await makeCompany();
    const { bank, equity, ar } = await accounts();
    await s.call('settings.setPeriodLock', { date: '2026-01-31' });
    const good = (i: number) =>
      s.call('ledger.postEntry', {
        date: '2026-03-01',
        description: `Good ${i}`,
        lines: [
          { accountId: bank.id, debit: 100 + i },
          { accountId: equity.id, credit: 100 + i },
        ],
      });
    const failures = [
      // unbalanced
      () =>
        s.call('ledger.postEntry', {
          date: '2026-03-01',
          description: 'Bad',
          lines: [
            { accountId: bank.id, debit: 100 },
            { accountId: equity.id, credit: 99 },
          ],
        }),
      // in the locked period
      () =>
        s.call('ledger.postEntry', {
          date: '2026-01-15',
          description: 'Locked',
          lines: [
            { accountId: bank.id, debit: 100 },
            { accountId: equity.id, credit: 100 },
          ],
        }),
      // on a control account
      () =>
        s.call('ledger.postEntry', {
          date: '2026-03-01',
          description: 'Control',
          lines: [
            { accountId: ar.id, debit: 100 },
            { accountId: equity.id, credit: 100 },
          ],
        }),
    ];
    const numbers: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      numbers.push((await good(i)).number);
      const failure = failures[i % failures.length]!;
      expect(['UNBALANCED', 'PERIOD_LOCKED', 'VALIDATION']).toContain((await expectError(failure())).code);
    }
    expect(numbers).toEqual(
      ['000001', '000002', '000003', '000004', '000005', '000006'].map((n) => `JE-2026-${n}`),
    );
    const listed = await s.call('ledger.entries', { limit: 100 });
    expect(listed.rows.map((r) => r.number).sort()).toEqual(numbers);
    const counters = s.session
      .require()
      .sqlite.prepare('SELECT series_key, period, last_number FROM number_counters')
      .all();
    expect(counters).toEqual([{ series_key: 'journal', period: 2026, last_number: 6 }]);
    const series = (await s.call('numberSeries.list', {})).find((x) => x.key === 'journal')!;
    expect([series.nextNumber, series.lastIssued, series.preview]).toEqual([
      7,
      'JE-2026-000006',
      'JE-2026-000007',
    ]);
  });

  it('start again at 000001 in a new year, and each year continues its own sequence', async () => {
    s = await makeCompany();
    const { bank, equity } = await accounts();
    const post = async (date: string) =>
      (
        await s.call('ledger.postEntry', {
          date,
          description: date,
          lines: [
            { accountId: bank.id, debit: 1 },
            { accountId: equity.id, credit: 1 },
          ],
        })
      ).number;
    expect(await post('2026-12-31')).toBe('JE-2026-000001');
    expect(await post('2027-01-01')).toBe('JE-2027-000001');
    expect(await post('2027-06-30')).toBe('JE-2027-000002');
    expect(await post('2026-12-30')).toBe('JE-2026-000002');
    expect(await post('2025-05-05')).toBe('JE-2025-000001');
  });
});

describe('numberSeries.update', () => {
  it('validates the pattern (field pattern) and uses a valid new one for the next number', async () => {
    s = await makeCompany();
    const before = await s.call('numberSeries.list', {});
    for (const pattern of ['INV-{YYYY}', '{###}-{####}', 'INV-{MM}-{###}', 'INV<{###}>', '{##########}']) {
      const error = await expectError(s.call('numberSeries.update', { key: 'invoice', pattern }));
      expect([error.code, error.details.fields?.map((f) => f.path)]).toEqual(['VALIDATION', ['pattern']]);
    }
    expect(await s.call('numberSeries.list', {})).toEqual(before);

    const updated = await s.call('numberSeries.update', { key: 'journal', pattern: 'J/{YY}/{####}' });
    expect([updated.pattern, updated.preview]).toEqual(['J/{YY}/{####}', 'J/26/0001']);
    const { bank, equity } = await accounts();
    const entry = await s.call('ledger.postEntry', {
      date: '2026-03-01',
      description: 'x',
      lines: [
        { accountId: bank.id, debit: 1 },
        { accountId: equity.id, credit: 1 },
      ],
    });
    expect(entry.number).toBe('J/26/0001');
  });

  it('refuses a yearly reset with a pattern without the year, which would repeat numbers', async () => {
    s = await makeCompany();
    const noYear = await expectError(
      s.call('numberSeries.update', { key: 'journal', pattern: 'JE-{######}' }),
    );
    expect([noYear.code, noYear.details.fields?.map((f) => f.path)]).toEqual(['VALIDATION', ['pattern']]);
    await s.call('numberSeries.update', { key: 'journal', pattern: 'JE-{######}', resetYearly: false });
    const resetOn = await expectError(s.call('numberSeries.update', { key: 'journal', resetYearly: true }));
    expect([resetOn.code, resetOn.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['resetYearly'],
    ]);
    const { bank, equity } = await accounts();
    const post = async (date: string) =>
      (
        await s.call('ledger.postEntry', {
          date,
          description: date,
          lines: [
            { accountId: bank.id, debit: 1 },
            { accountId: equity.id, credit: 1 },
          ],
        })
      ).number;
    expect(await post('2026-12-31')).toBe('JE-000001');
    expect(await post('2027-01-01')).toBe('JE-000002');
  });

  it('sets the next number before anything was issued, and refuses to change it afterwards', async () => {
    s = await makeCompany();
    const invoice = await s.call('numberSeries.update', { key: 'invoice', nextNumber: 1000 });
    expect([invoice.nextNumber, invoice.preview, invoice.lastIssued]).toEqual([1000, 'INV-2026-01000', null]);

    const journal = await s.call('numberSeries.update', { key: 'journal', nextNumber: 500 });
    expect(journal.preview).toBe('JE-2026-000500');
    const { bank, equity } = await accounts();
    const entry = await s.call('ledger.postEntry', {
      date: '2026-03-01',
      description: 'x',
      lines: [
        { accountId: bank.id, debit: 1 },
        { accountId: equity.id, credit: 1 },
      ],
    });
    expect(entry.number).toBe('JE-2026-000500');

    for (const nextNumber of [1, 499, 502, 100_000]) {
      const error = await expectError(s.call('numberSeries.update', { key: 'journal', nextNumber }));
      expect([error.code, error.details.fields?.map((f) => f.path)]).toEqual(['VALIDATION', ['nextNumber']]);
    }
    const reset = await expectError(s.call('numberSeries.update', { key: 'journal', resetYearly: false }));
    expect(reset.details.fields?.map((f) => f.path)).toEqual(['resetYearly']);
    // restating the current next number is not a change
    expect((await s.call('numberSeries.update', { key: 'journal', nextNumber: 501 })).nextNumber).toBe(501);
    expect((await s.call('numberSeries.list', {})).find((x) => x.key === 'journal')!.nextNumber).toBe(501);
  });

  it('applies a chosen start to its own year only; the database refuses forged counters', async () => {
    s = await makeCompany();
    await s.call('numberSeries.update', { key: 'journal', nextNumber: 500 });
    const { bank, equity } = await accounts();
    const post = async (date: string) =>
      (
        await s.call('ledger.postEntry', {
          date,
          description: date,
          lines: [
            { accountId: bank.id, debit: 1 },
            { accountId: equity.id, credit: 1 },
          ],
        })
      ).number;
    expect(await post('2026-02-01')).toBe('JE-2026-000500');
    expect(await post('2027-01-05')).toBe('JE-2027-000001');
    const sqlite = s.session.require().sqlite;
    expect(() =>
      sqlite
        .prepare("INSERT INTO number_counters (series_key, period, last_number) VALUES ('invoice', 2026, 77)")
        .run(),
    ).toThrow(/IMMUTABLE/);
    expect(() =>
      sqlite.prepare("UPDATE number_series SET start_number = 9 WHERE key = 'journal'").run(),
    ).toThrow(/IMMUTABLE/);
    expect(
      sqlite
        .prepare("SELECT last_number FROM number_counters WHERE series_key = 'journal' ORDER BY period")
        .all(),
    ).toEqual([{ last_number: 500 }, { last_number: 1 }]);
  });
});
