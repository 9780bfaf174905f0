// Bugs the receivables property test found, each pinned by the smallest sequence that showed it.
import { afterEach, describe, expect, it } from 'vitest';
import { verifyReceivables } from '../../../electron/invoicing/verify';
import type { Invoice } from '../../../shared/contract';
import { confirmed, fingerprint, makeTrade, shipOrder, type Trade } from '../../helpers/orderFixtures';
import { expectError } from '../../helpers/services';

let t: Trade;
afterEach(() => t.s.dispose());

/** One installation hour, 50.00 + 20 % = 60.00, on the given terms, posted on 2026-03-10. */
async function postedHour(t: Trade, paymentTermsId?: number): Promise<Invoice> {
  const draft = await t.s.call('invoices.create', {
    customerId: t.customer.id,
    invoiceDate: '2026-03-10',
    ...(paymentTermsId === undefined ? {} : { paymentTermsId }),
    lines: [{ productId: t.service.id, quantity: '1' }],
  });
  return t.s.call('invoices.post', { id: draft.id });
}

const pay = (
  t: Trade,
  amount: number,
  row: { invoiceId: number; amount: number; writeOff?: number; discount?: number },
) =>
  t.s.call('payments.record', { customerId: t.customer.id, date: '2026-03-12', amount, allocations: [row] });

describe('receivables regressions', () => {
  it('takes an early-payment discount once, however many payments fall in its window', async () => {
    t = await makeTrade();
    const terms = await t.s.call('paymentTerms.create', {
      name: 'Net 30, 2 % in 10 days',
      kind: 'net',
      days: 30,
      discountPercent: '2',
      discountDays: 10,
    });
    const inv = await postedHour(t, terms.id);
    // 2 % of 60.00 = 1.20, taken beside a first payment of 20.00
    const first = await pay(t, 2_000, { invoiceId: inv.id, amount: 2_000, discount: 120 });
    const proposal = await t.s.call('payments.proposeAllocation', {
      customerId: t.customer.id,
      amount: 1_000,
      date: '2026-03-12',
      reference: '',
    });
    expect(proposal.rows.map((r) => [r.open, r.discountAvailable])).toEqual([[3_880, 0]]);
    // before the fix a second payment in the window took 1.20 again (and a third, and …)
    const before = fingerprint(t.s);
    const error = await expectError(pay(t, 1_000, { invoiceId: inv.id, amount: 1_000, discount: 120 }));
    expect([error.code, error.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['allocations.0.discount'],
    ]);
    expect(fingerprint(t.s)).toBe(before);
    // taking the discount back makes it available again
    const discountRow = first.allocations.find((a) => a.kind === 'discount')!;
    await t.s.call('payments.unallocate', {
      allocationId: discountRow.id,
      date: '2026-03-12',
      reason: 'Late',
    });
    await pay(t, 1_000, { invoiceId: inv.id, amount: 1_000, discount: 120 });
    expect(await t.s.call('invoices.get', { id: inv.id })).toMatchObject({ open: 2_880, discounted: 120 });
    expect(verifyReceivables(t.s.session.require())).toEqual([]);
  });

  it('writes off only an underpayment within the tolerance, not a small amount beside a partial payment', async () => {
    t = await makeTrade();
    await t.s.call('settings.updateReceivables', {
      writeOffToleranceAmount: '1.00',
      writeOffTolerancePercent: '0',
      discountTaxCorrection: false,
      cashRounding: [],
    });
    const inv = await postedHour(t);
    // 30.00 paid leaves 30.00 open: writing off 0.50 of it is no underpayment within 1.00
    const before = fingerprint(t.s);
    const error = await expectError(pay(t, 3_000, { invoiceId: inv.id, amount: 3_000, writeOff: 50 }));
    expect([error.code, error.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['allocations.0.writeOff'],
    ]);
    expect(fingerprint(t.s)).toBe(before);
    // 59.50 paid leaves 0.50: within the tolerance, written off and the invoice is paid
    await pay(t, 5_950, { invoiceId: inv.id, amount: 5_950, writeOff: 50 });
    expect(await t.s.call('invoices.get', { id: inv.id })).toMatchObject({
      open: 0,
      writtenOff: 50,
      status: 'paid',
    });
    expect(verifyReceivables(t.s.session.require())).toEqual([]);
  });

  it('bills an order line discount amount in full over partial invoices', async () => {
    t = await makeTrade();
    const { s } = t;
    // 3 widgets × 12.50 less 1.00 on the line = 36.50 net, shipped and billed one at a time
    const order = await confirmed(s, t.customer.id, [
      { productId: t.widget.id, quantity: '3', discountAmount: 100 },
    ]);
    const lineId = order.lines[0]!.id;
    const billed: Invoice[] = [];
    for (const day of ['2026-03-16', '2026-03-17', '2026-03-18']) {
      await shipOrder(s, order.id, [{ orderLineId: lineId, quantity: '1' }], day);
      const draft = await s.call('invoices.createFromOrder', { orderId: order.id, invoiceDate: day });
      billed.push(await s.call('invoices.post', { id: draft.id }));
    }
    // before the fix each invoice floored its own third (0.33) and the customer paid 0.01 too much
    expect(billed.map((i) => [i.lines[0]?.discountAmount, i.totals.net])).toEqual([
      [33, 1_217],
      [33, 1_217],
      [34, 1_216],
    ]);
    expect(billed.reduce((sum, i) => sum + i.totals.net, 0)).toBe(order.totals.net);
    expect((await s.call('orders.get', { id: order.id })).status).toBe('invoiced');
  });
});
