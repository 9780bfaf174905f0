// Invoicing feeds credit control: invoiced value moves from "shipped, not invoiced" to open receivables, unapplied
// credit lowers exposure, an invoice overdue beyond the customer's tolerance holds new orders, and paid invoices
// give the customer a payment score.
import { afterEach, describe, expect, it } from 'vitest';
import { confirmed, makeTrade, shipOrder, type Trade } from '../../helpers/orderFixtures';

let t: Trade;
afterEach(() => t.s.dispose());

describe('credit control from invoices and payments', () => {
  it('moves billed value to receivables and counts unapplied credit against it', async () => {
    t = await makeTrade();
    const { s } = t;
    const order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '4' }]);
    await shipOrder(s, order.id, [{ orderLineId: order.lines[0]!.id, quantity: '2' }]);
    const before = await s.call('credit.exposure', { customerId: t.customer.id });
    // 4 × 12.50 + 20 % = 60.00: 30.00 shipped, 30.00 still to ship.
    expect(before).toMatchObject({
      openReceivables: 0,
      shippedNotInvoiced: 3_000,
      confirmedNotShipped: 3_000,
    });
    const invoice = await s.call('invoices.createFromOrder', {
      orderId: order.id,
      invoiceDate: '2026-03-16',
    });
    await s.call('invoices.post', { id: invoice.id });
    const billed = await s.call('credit.exposure', { customerId: t.customer.id });
    expect(billed).toMatchObject({
      openReceivables: 3_000,
      shippedNotInvoiced: 0,
      confirmedNotShipped: 3_000,
    });
    expect(billed.exposure).toBe(6_000);
    await s.call('payments.record', { customerId: t.customer.id, date: '2026-03-17', amount: 1_000 });
    const withCredit = await s.call('credit.exposure', { customerId: t.customer.id });
    expect(withCredit).toMatchObject({ unappliedCredits: 1_000, exposure: 5_000 });
  });

  it('holds a new order while an invoice is overdue beyond the tolerance, and scores paid invoices', async () => {
    t = await makeTrade();
    const { s } = t;
    await s.call('customers.update', {
      id: t.customer.id,
      customer: { name: t.customer.name, currency: 'EUR', overdueToleranceDays: 10 },
    });
    const invoice = await s.call('invoices.post', {
      id: (
        await s.call('invoices.create', {
          customerId: t.customer.id,
          invoiceDate: '2026-01-10',
          paymentTermsId: null,
          lines: [{ productId: t.service.id, quantity: '1' }],
        })
      ).id,
    });
    // Net 30 from 10 January: due 9 February; on 15 March that is 34 days late.
    expect(invoice.dueDate).toBe('2026-02-09');
    expect((await s.call('credit.exposure', { customerId: t.customer.id })).oldestOverdueDays).toBe(34);
    const held = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '1' }]);
    expect(held.status).toBe('on_hold');
    await s.call('payments.record', {
      customerId: t.customer.id,
      date: '2026-03-15',
      amount: invoice.total,
      allocations: [{ invoiceId: invoice.id, amount: invoice.total }],
    });
    const after = await s.call('credit.exposure', { customerId: t.customer.id });
    expect(after.oldestOverdueDays).toBe(0);
    expect(after.score).toEqual({
      kind: 'scored',
      paidCount: 1,
      averageDaysLate: '34.0',
      shareLatePercent: 100,
      rating: 'poor',
    });
  });
});
