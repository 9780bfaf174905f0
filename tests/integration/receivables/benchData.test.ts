// The benchmark's generated receivables (tests/bench/receivablesData.ts) at a small scale: the rows it writes in
// bulk prove out as the services' own would — balances, AR and credits per customer, balanced entries — and the
// services carry on from them (next numbers, proposal, payment, account).
import { afterEach, describe, expect, it } from 'vitest';
import { verifyReceivables } from '../../../electron/invoicing/verify';
import { mulberry32 } from '../../bench/generate';
import { findReceivablesCustomers, fillReceivables } from '../../bench/receivablesData';
import { makeCompany, type TestServices } from '../../helpers/services';

let s: TestServices;
afterEach(() => s.dispose());

const sizes = {
  invoices: 400,
  payments: 340,
  focusOpenItems: 20,
  proposalOpenItems: 40,
  accountHistoryItems: 60,
};

async function smallCompany(): Promise<TestServices> {
  s = await makeCompany({ now: '2026-03-02T09:00:00Z' });
  const rates = [
    await s.call('taxRates.create', { name: 'Standard 23%', ratePercent: '23', category: 'standard' }),
    await s.call('taxRates.create', { name: 'Reduced 13.5%', ratePercent: '13.5', category: 'reduced' }),
    await s.call('taxRates.create', { name: 'Zero', ratePercent: '0', category: 'zero' }),
  ];
  const prices = ['12.50', '0.99', '149.95', '7.35', '1234.56', '3.10'];
  for (const [i, price] of prices.entries()) {
    await s.call('products.create', {
      sku: `P-${i}`,
      name: `Product ${i}`,
      price,
      taxRateId: rates[i % 3]!.id,
    });
  }
  const terms = (await s.call('paymentTerms.list', {})).map((t) => t.id);
  // Every fifth customer (ids 1, 6, 11, …) has an ordinary history, in all three currencies.
  const currencies = ['EUR', 'GBP', 'USD'] as const;
  for (let i = 1; i <= 30; i += 1) {
    await s.call('customers.create', {
      name: `Customer ${i}`,
      currency: i % 5 === 1 ? currencies[Math.floor(i / 5) % 3]! : 'EUR',
      paymentTermsId: i % 4 === 0 ? null : terms[i % terms.length]!,
    });
  }
  return s;
}

describe('generated receivables for the benchmark', () => {
  it('hold every receivables invariant and let the services carry on', async () => {
    s = await smallCompany();
    const ctx = s.session.require();
    const made = fillReceivables(ctx, mulberry32(7), sizes);
    expect(made).toMatchObject({ invoices: sizes.invoices, payments: sizes.payments });
    expect(verifyReceivables(ctx)).toEqual([]);
    const count = (sql: string) => (ctx.sqlite.prepare(sql).get() as { n: number }).n;
    expect(
      count(
        "SELECT count(*) AS n FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.role IN ('fx_gain', 'fx_loss')",
      ),
    ).toBeGreaterThan(0);
    expect(count('SELECT count(*) AS n FROM invoice_balances WHERE open > 0 AND paid > 0')).toBeGreaterThan(
      0,
    );

    const { proposal, account } = findReceivablesCustomers(ctx);
    const open = await s.call('invoices.list', { customerId: proposal, status: 'overdue', limit: 500 });
    expect(open.total).toBeGreaterThan(0);

    // The next invoice takes the next number of the year.
    const lastNumber = count(
      "SELECT last_number AS n FROM number_counters WHERE series_key = 'invoice' AND period = 2026",
    );
    const draft = await s.call('invoices.create', {
      customerId: 1,
      invoiceDate: '2026-03-02',
      lines: [{ productId: 1, quantity: '3' }],
    });
    const posted = await s.call('invoices.post', { id: draft.id });
    expect(posted.number).toBe(`INV-2026-${String(lastNumber + 1).padStart(5, '0')}`);

    const proposed = await s.call('payments.proposeAllocation', {
      customerId: proposal,
      amount: 50_000,
      date: '2026-03-02',
      reference: '',
    });
    const allocations = proposed.rows
      .filter((r) => r.amount > 0)
      .map((r) => ({ invoiceId: r.invoiceId, amount: r.amount }));
    expect(allocations.length).toBeGreaterThan(0);
    await s.call('payments.record', {
      customerId: proposal,
      date: '2026-03-02',
      amount: 50_000,
      allocations,
    });

    const statement = await s.call('customers.account', { customerId: account, limit: 50, offset: 0 });
    expect(statement.history.total).toBe(sizes.accountHistoryItems);
    expect(statement.history.rows[0]?.balance).toBe(statement.balance);
    const later = await s.call('customers.account', { customerId: account, limit: 10, offset: 20 });
    expect(later.history.rows).toEqual(statement.history.rows.slice(20, 30));
    expect(verifyReceivables(ctx)).toEqual([]);
  });
});
