// The customer account's history names the right document on every row and says where it opens: a payment row
// carries the payment's id (its entry is posted before the payment row exists), and credit applied from a
// credit note names the credit note, not the payment that happens to share its id.
import { afterEach, describe, expect, it } from 'vitest';
import { makeTrade, type Trade } from '../../helpers/orderFixtures';

let t: Trade;
afterEach(() => t.s.dispose());

describe('customer account history', () => {
  it('links payments and names the credit note credit was applied from', async () => {
    t = await makeTrade();
    const { s } = t;
    const invoice = async (invoiceDate: string) =>
      s.call('invoices.post', {
        id: (
          await s.call('invoices.create', {
            customerId: t.customer.id,
            invoiceDate,
            lines: [{ productId: t.service.id, quantity: '1' }],
          })
        ).id,
      });
    // 50.00 + 20 % = 60.00, paid in two payments (ids 1 and 2).
    const first = await invoice('2026-03-10');
    const pay1 = await s.call('payments.record', {
      customerId: t.customer.id,
      date: '2026-03-11',
      amount: 1_000,
      allocations: [{ invoiceId: first.id, amount: 1_000 }],
    });
    const pay2 = await s.call('payments.record', {
      customerId: t.customer.id,
      date: '2026-03-11',
      amount: 5_000,
      allocations: [{ invoiceId: first.id, amount: 5_000 }],
    });
    // A credit note on the paid invoice (id 1, like the first payment) leaves its 5.00 as credit.
    const note = await s.call('creditNotes.post', {
      id: (
        await s.call('creditNotes.createFromInvoice', {
          invoiceId: first.id,
          date: '2026-03-12',
          mode: 'amount',
          amount: 500,
          reason: 'Goodwill',
        })
      ).id,
    });
    expect(note.id).toBe(pay1.id);
    const second = await invoice('2026-03-13');
    await s.call('credits.apply', {
      customerId: t.customer.id,
      invoiceId: second.id,
      amount: 500,
      date: '2026-03-14',
      source: { sourceType: 'credit_note', sourceId: note.id },
    });

    const account = await s.call('customers.account', {
      customerId: t.customer.id,
      asOf: '2026-03-31',
      limit: 50,
      offset: 0,
    });
    expect(account.history.rows.map((r) => [r.kind, r.sourceId, r.document])).toEqual([
      ['allocation', note.id, note.number],
      ['invoice', second.id, second.number],
      ['credit_note', note.id, note.number],
      ['payment', pay2.id, pay2.number],
      ['payment', pay1.id, pay1.number],
      ['invoice', first.id, first.number],
    ]);
    expect(account.balance).toBe(5_500);
  });
});
