// The invoice list's filters agree with each invoice's own derived status, whichever index a query uses.
import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import { makeTrade, type Trade } from '../../helpers/orderFixtures';

let t: Trade;
afterEach(() => t.s.dispose());

describe('invoices.list', () => {
  it('filters by status, dispute, currency and search exactly as the invoices say', async () => {
    t = await makeTrade();
    const { s } = t;
    const other = await s.call('customers.create', { name: 'Zebra Hardware', currency: 'EUR' });
    const invoice = async (customerId: number, date: string, post = true) => {
      const draft = await s.call('invoices.create', {
        customerId,
        invoiceDate: date,
        lines: [{ productId: t.service.id, quantity: '1' }],
      });
      return post ? s.call('invoices.post', { id: draft.id }) : draft;
    };
    const draft = await invoice(t.customer.id, '2026-03-01', false);
    const overdue = await invoice(t.customer.id, '2026-01-05');
    const paid = await invoice(t.customer.id, '2026-03-02');
    await s.call('payments.record', {
      customerId: t.customer.id,
      date: '2026-03-03',
      amount: paid.total,
      allocations: [{ invoiceId: paid.id, amount: paid.total }],
    });
    const credited = await invoice(other.id, '2026-03-04');
    await s.call('invoices.cancel', { id: credited.id, date: '2026-03-05', reason: 'Wrong customer' });
    const disputed = await invoice(other.id, '2026-03-06');
    await s.call('invoices.setDisputed', { id: disputed.id, disputed: true, reason: 'Not delivered' });

    const ids = async (q: Partial<InputOf<'invoices.list'>>) =>
      (await s.call('invoices.list', { sort: 'invoiceDate', dir: 'asc', ...q })).rows.map((r) => r.id);
    expect(await ids({ status: 'draft' })).toEqual([draft.id]);
    expect(await ids({ status: 'overdue' })).toEqual([overdue.id]);
    expect(await ids({ status: 'paid' })).toEqual([paid.id]);
    expect(await ids({ status: 'credited' })).toEqual([credited.id]);
    expect(await ids({ status: 'open' })).toEqual([disputed.id]);
    expect(await ids({ disputedOnly: true })).toEqual([disputed.id]);
    expect(await ids({ search: 'zebra' })).toEqual([credited.id, disputed.id]);
    expect(await ids({ search: overdue.number ?? '' })).toEqual([overdue.id]);
    expect(await ids({ currency: 'EUR', customerId: other.id })).toEqual([credited.id, disputed.id]);
    expect(await ids({ currency: 'USD' })).toEqual([]);
    const all = await s.call('invoices.list', {});
    expect(all.total).toBe(5);
    for (const row of all.rows)
      expect(row.status).toBe((await s.call('invoices.get', { id: row.id })).status);
  });
});
