// The order-to-cash cycle through the contract: shipped order → invoice → post → partial payment as proposed →
// overpayment → credit applied to the next invoice → order closed; the customer account and the ledger agree.
import { afterEach, describe, expect, it } from 'vitest';
import { verifyReceivables } from '../../../electron/invoicing/verify';
import { confirmed, makeTrade, shipOrder, type Trade } from '../../helpers/orderFixtures';
import { postedInvoice } from '../../helpers/receivablesFixtures';
import { expectError } from '../../helpers/services';

let t: Trade;
afterEach(() => t.s.dispose());

const balanceOf = async (t: Trade, role: string) => {
  const tb = await t.s.call('ledger.trialBalance', { asOf: '2026-12-31' });
  const accounts = await t.s.call('accounts.list', {});
  const id = accounts.find((a) => a.role === role)!.id;
  const row = tb.rows.find((r) => r.accountId === id);
  return row ? row.debit - row.credit : 0;
};

describe('order to cash', () => {
  it('bills what shipped, settles by payments and credit, and closes the order', async () => {
    t = await makeTrade();
    const { s } = t;
    const order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '4' }]);
    await shipOrder(s, order.id);
    const draft = await s.call('invoices.createFromOrder', { orderId: order.id, invoiceDate: '2026-03-16' });
    // 4 × 12.50 = 50.00 net, 20 % = 10.00 tax.
    expect(draft.totals).toMatchObject({ net: 5_000, tax: 1_000, total: 6_000 });
    expect(draft.status).toBe('draft');
    const invoice = await s.call('invoices.post', { id: draft.id });
    expect(invoice.number).toBe('INV-2026-00001');
    expect(invoice.status).toBe('open');
    expect((await s.call('orders.get', { id: order.id })).status).toBe('invoiced');

    const proposal = await s.call('payments.proposeAllocation', {
      customerId: t.customer.id,
      amount: 2_500,
      date: '2026-03-20',
      reference: invoice.number ?? '',
    });
    expect(proposal.rows.map((r) => [r.invoiceId, r.amount, r.isReferenced])).toEqual([
      [invoice.id, 2_500, true],
    ]);
    const first = await s.call('payments.record', {
      customerId: t.customer.id,
      date: '2026-03-20',
      amount: 2_500,
      reference: invoice.number ?? '',
      allocations: proposal.rows
        .filter((r) => r.amount > 0)
        .map((r) => ({ invoiceId: r.invoiceId, amount: r.amount })),
    });
    expect(first.unapplied).toBe(0);
    expect((await s.call('invoices.get', { id: invoice.id })).status).toBe('partially_paid');

    const second = await s.call('payments.record', {
      customerId: t.customer.id,
      date: '2026-03-25',
      amount: 5_000,
      allocations: [{ invoiceId: invoice.id, amount: 3_500 }],
    });
    expect(second.unapplied).toBe(1_500);
    expect((await s.call('invoices.get', { id: invoice.id })).status).toBe('paid');
    expect((await s.call('orders.get', { id: order.id })).status).toBe('closed');
    expect((await s.call('credits.list', { customerId: t.customer.id })).total).toBe(1_500);

    const next = await postedInvoice(s, t.customer.id, [{ productId: t.service.id, quantity: '0.5' }], {
      invoiceDate: '2026-03-26',
    });
    expect(next.total).toBe(3_000);
    const applied = await s.call('credits.apply', {
      customerId: t.customer.id,
      invoiceId: next.id,
      amount: 1_500,
      date: '2026-03-26',
    });
    expect(applied.unapplied).toBe(0);
    expect((await s.call('invoices.get', { id: next.id })).open).toBe(1_500);

    const account = await s.call('customers.account', {
      customerId: t.customer.id,
      asOf: '2026-03-31',
      limit: 50,
      offset: 0,
    });
    expect(account).toMatchObject({ openTotal: 1_500, unappliedTotal: 0, balance: 1_500 });
    expect(account.history.rows[0]?.balance).toBe(1_500);
    expect(await balanceOf(t, 'ar')).toBe(1_500);
    expect(await balanceOf(t, 'customer_credits')).toBe(0);
    expect(verifyReceivables(s.session.require())).toEqual([]);
  });

  it('reverses a payment and unallocates without editing history', async () => {
    t = await makeTrade();
    const { s } = t;
    const inv = await postedInvoice(s, t.customer.id, [{ productId: t.service.id, quantity: '1' }], {
      invoiceDate: '2026-03-10',
    });
    const pay = await s.call('payments.record', {
      customerId: t.customer.id,
      date: '2026-03-12',
      amount: 6_000,
      allocations: [{ invoiceId: inv.id, amount: 6_000 }],
    });
    const unallocated = await s.call('payments.unallocate', {
      allocationId: pay.allocations[0]!.id,
      date: '2026-03-13',
      reason: 'Wrong invoice',
    });
    expect(unallocated.unapplied).toBe(6_000);
    expect(unallocated.allocations.map((a) => [a.amount, a.isReversed, a.reversesId !== null])).toEqual([
      [6_000, true, false],
      [-6_000, false, true],
    ]);
    expect((await s.call('invoices.get', { id: inv.id })).open).toBe(6_000);
    const reversed = await s.call('payments.reverse', { id: pay.id, date: '2026-03-14', reason: 'Bounced' });
    expect(reversed).toMatchObject({ isReversed: true, unapplied: 0 });
    expect(await balanceOf(t, 'bank')).toBe(0);
    expect(await balanceOf(t, 'ar')).toBe(6_000);
    expect(verifyReceivables(s.session.require())).toEqual([]);
  });
});

describe('finding documents', () => {
  it('finds invoices and payments by number prefix in the global search, any case', async () => {
    t = await makeTrade();
    const { s } = t;
    const inv = await postedInvoice(s, t.customer.id, [{ productId: t.service.id, quantity: '1' }], {
      invoiceDate: '2026-03-10',
    });
    await s.call('payments.record', {
      customerId: t.customer.id,
      date: '2026-03-12',
      amount: 100,
      reference: 'wire',
    });
    const byInvoice = await s.call('search.global', { query: 'inv-2026', limit: 10 });
    expect(byInvoice.map((h) => [h.kind, h.title])).toEqual([['invoice', inv.number]]);
    const byPayment = await s.call('search.global', { query: 'PAY-2026-00001', limit: 10 });
    expect(byPayment.map((h) => [h.kind, h.title, h.subtitle])).toEqual([
      ['payment', 'PAY-2026-00001', 'Café Uno · wire'],
    ]);
  });
});

describe('foreign-currency drafts', () => {
  it('posts a draft saved before its rate existed at the rate entered since, and refuses while there is none', async () => {
    t = await makeTrade();
    const { s } = t;
    const usd = await s.call('customers.create', { name: 'Harbor LLC', currency: 'USD' });
    const draft = await s.call('invoices.create', {
      customerId: usd.id,
      invoiceDate: '2026-03-10',
      lines: [{ productId: t.service.id, quantity: '1' }],
    });
    expect(draft.fxRate).toBe('');
    const refused = await expectError(s.call('invoices.post', { id: draft.id }));
    expect(refused.details.fields?.[0]?.path).toBe('fxRate');
    await s.call('exchangeRates.set', { currency: 'USD', date: '2026-03-01', rate: '0.9' });
    const posted = await s.call('invoices.post', { id: draft.id });
    expect(posted).toMatchObject({ fxRate: '0.9', total: 6_000 });
    const entry = await s.call('ledger.getEntry', { id: posted.journalEntryId! });
    // 60.00 USD × 0.9 = 54.00 EUR on receivables.
    expect(entry.lines[0]).toMatchObject({ debit: 6_000, debitBase: 5_400, customerId: usd.id });
  });
});

describe('returned goods', () => {
  it('go back into stock only for goods that were shipped on an order, not for a direct invoice', async () => {
    t = await makeTrade();
    const { s } = t;
    const direct = await postedInvoice(s, t.customer.id, [{ productId: t.widget.id, quantity: '2' }], {
      invoiceDate: '2026-03-10',
    });
    const note = await s.call('creditNotes.createFromInvoice', {
      invoiceId: direct.id,
      date: '2026-03-12',
      mode: 'all',
      restock: true,
      reason: 'Returned',
    });
    expect(note.lines.map((l) => l.restockQuantity)).toEqual(['0']);
    await s.call('creditNotes.post', { id: note.id });
    // Nothing left stock for this invoice, so nothing comes back: still the 100 received.
    expect((await s.call('stock.levels', { productIds: [t.widget.id] })).rows[0]?.onHand).toBe('100');
  });
});
