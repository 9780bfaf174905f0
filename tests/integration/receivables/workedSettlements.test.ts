// Worked examples of settling invoices, computed by hand in the comments: realised FX gain and loss, partial
// payments that leave no base residue, write-offs within tolerance, a credit note beyond the open amount that
// becomes customer credit and is refunded, a deposit invoice deducted by the final one, installments and
// overdue status. Journal rows are [account code, amount, base], debit positive. Accounts: 1200 bank, 1400 AR,
// 2100 customer credits, 2201 tax, 4000 revenue, 6800 write-offs, 7100 FX gains, 7200 FX losses.
import { afterEach, describe, expect, it } from 'vitest';
import { verifyReceivables } from '../../../electron/invoicing/verify';
import type { Invoice } from '../../../shared/contract';
import { confirmed, fingerprint, makeTrade, shipOrder, stockOf } from '../../helpers/orderFixtures';
import {
  balanceOfCode,
  journal,
  makeBooks,
  makeCustomer,
  postedInvoice,
  rateAt,
  receivablesSettings,
  textLine,
} from '../../helpers/receivablesFixtures';
import { expectError, type TestServices } from '../../helpers/services';

const opened: TestServices[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.dispose();
});
const track = <T extends { s: TestServices }>(x: T): T => {
  opened.push(x.s);
  return x;
};
/** A 30 % deposit on an order of 10 widgets: 37.50 + 20 % = 45.00. */
const postedDeposit = async (s: TestServices, orderId: number, customerId: number, vat: number) =>
  s.call('invoices.post', {
    id: (
      await s.call('invoices.create', {
        customerId,
        orderId,
        isDeposit: true,
        invoiceDate: '2026-03-15',
        lines: [textLine('37.50', vat, '1', 'Deposit 30 %')],
      })
    ).id,
  });
const verified = (s: TestServices) => expect(verifyReceivables(s.session.require())).toEqual([]);

describe('worked examples: settling invoices', () => {
  it('(f) FX gain and loss on USD invoices; partial payments leave no base residue', async () => {
    const { s } = track(await makeBooks());
    await s.call('exchangeRates.set', { currency: 'USD', date: '2026-03-01', rate: '0.9' });
    const usd = await makeCustomer(s, 'Boston Inc', 'USD');
    const payUsd = (amount: number, fxRate: string, invoice: Invoice, date = '2026-03-20') =>
      s.call('payments.record', {
        customerId: usd.id,
        date,
        amount,
        fxRate,
        allocations: [{ invoiceId: invoice.id, amount }],
      });

    // Gain: USD 1 000.00 invoiced at 0.90 = EUR 900.00 on AR; paid at 0.92 = EUR 920.00 in the bank.
    // AR is relieved by exactly 900.00; the 20.00 more received is a realised gain on 7100.
    const gainInv = await postedInvoice(s, usd.id, [textLine('1000.00', null)]);
    expect(await journal(s, gainInv.journalEntryId)).toEqual([
      ['1400', 100_000, 90_000],
      ['4000', -100_000, -90_000],
    ]);
    const gain = await payUsd(100_000, '0.92', gainInv);
    expect(gain.fxRate).toBe('0.92');
    expect(await journal(s, gain.journalEntryIds[0])).toEqual([
      ['1200', 100_000, 92_000],
      ['1400', -100_000, -90_000],
      ['7100', 0, -2_000],
    ]);

    // Loss: USD 500.00 at 0.90 = EUR 450.00; paid at 0.88 = EUR 440.00: 10.00 short is a loss on 7200.
    const lossInv = await postedInvoice(s, usd.id, [textLine('500.00', null)]);
    const loss = await payUsd(50_000, '0.88', lossInv);
    expect(await journal(s, loss.journalEntryIds[0])).toEqual([
      ['1200', 50_000, 44_000],
      ['1400', -50_000, -45_000],
      ['7200', 0, 1_000],
    ]);

    // Partial: USD 100.01 at an entered 0.9333: AR base 10 001 × 0.9333 = 9 333.9333 → EUR 93.34.
    // Three payments at 0.94. Each piece relieves AR at the invoice rate and banks at the payment rate:
    //   33.33: AR 3 333 × 0.9333 = 3 110.8889 → 31.11; bank 3 333 × 0.94 = 3 133.02 → 31.33; gain 0.22
    //   33.33: the same; gain 0.22
    //   33.35 (the last): AR takes exactly what is left, 93.34 − 31.11 − 31.11 = 31.12 — converting would
    //          give 3 335 × 0.9333 = 3 112.5555 → 31.13 and leave −0.01 on AR; bank 3 335 × 0.94 =
    //          3 134.9 → 31.35; gain 31.35 − 31.12 = 0.23.
    const partInv = await postedInvoice(s, usd.id, [textLine('100.01', null)], { fxRate: '0.9333' });
    expect(await journal(s, partInv.journalEntryId)).toEqual([
      ['1400', 10_001, 9_334],
      ['4000', -10_001, -9_334],
    ]);
    const parts: [number, number, number][] = [];
    for (const amount of [3_333, 3_333, 3_335]) {
      const p = await payUsd(amount, '0.94', partInv, '2026-03-25');
      const [bank, ar, fx] = await journal(s, p.journalEntryIds[0]);
      expect([bank?.[0], ar?.[0], fx?.[0]]).toEqual(['1200', '1400', '7100']);
      parts.push([bank?.[2] ?? 0, -(ar?.[2] ?? 0), -(fx?.[2] ?? 0)]);
    }
    expect(parts).toEqual([
      [3_133, 3_111, 22],
      [3_133, 3_111, 22],
      [3_135, 3_112, 23],
    ]);
    expect(await s.call('invoices.get', { id: partInv.id })).toMatchObject({ status: 'paid', open: 0 });
    // Every invoice is paid: AR is 0 in USD and in EUR. Gains 20.00 + 0.22 + 0.22 + 0.23 = 20.67; loss 10.00.
    expect(await balanceOfCode(s, '1400')).toBe(0);
    expect(await balanceOfCode(s, '7100')).toBe(-2_067);
    expect(await balanceOfCode(s, '7200')).toBe(1_000);
    verified(s);
  });

  it('(g) write-offs within the amount or percent tolerance are accepted, beyond it refused', async () => {
    const b = track(await makeBooks());
    const { s } = b;
    const vat = rateAt(b, 0).id;
    await receivablesSettings(s, { writeOffToleranceAmount: '1.00', writeOffTolerancePercent: '0.5' });
    const settle = (invoice: Invoice, amount: number, writeOff: number) =>
      s.call('payments.record', {
        customerId: b.customer.id,
        date: '2026-03-20',
        amount,
        allocations: [{ invoiceId: invoice.id, amount, writeOff }],
      });
    // 100.00 + 19 % = 119.00, paid 118.20: the 0.80 short is within the 1.00 amount tolerance.
    const small = await postedInvoice(s, b.customer.id, [textLine('100.00', vat)]);
    const p = await settle(small, 11_820, 80);
    expect(await journal(s, p.journalEntryIds[0])).toEqual([
      ['1200', 11_820, 11_820],
      ['1400', -11_900, -11_900],
      ['6800', 80, 80],
    ]);
    expect(await s.call('invoices.get', { id: small.id })).toMatchObject({ status: 'paid', writtenOff: 80 });

    // 500.00 + 19 % = 595.00. 2.90 short is over 1.00 but within 0.5 % of 595.00 = 2.975: accepted.
    const big = await postedInvoice(s, b.customer.id, [textLine('500.00', vat)]);
    await settle(big, 59_210, 290);
    expect(await s.call('invoices.get', { id: big.id })).toMatchObject({ open: 0, writtenOff: 290 });
    // 3.00 short of 595.00 is over 1.00 and over 2.975: refused on the write-off cell.
    const over = await postedInvoice(s, b.customer.id, [textLine('500.00', vat)]);
    const error = await expectError(settle(over, 59_200, 300));
    expect(error.code).toBe('VALIDATION');
    expect(error.details.fields?.map((f) => f.path)).toEqual(['allocations.0.writeOff']);
    expect(await s.call('invoices.get', { id: over.id })).toMatchObject({ open: 59_500, writtenOff: 0 });
    expect(await balanceOfCode(s, '6800')).toBe(370);
    verified(s);
  });

  it('(h) a credit note beyond the open amount becomes customer credit, refunded; goods restocked', async () => {
    const t = track(await makeTrade());
    const { s } = t;
    // 4 widgets × 12.50 = 50.00 + 20 % = 60.00, shipped from 100 on hand; 40.00 paid, 20.00 open.
    const order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '4' }]);
    await shipOrder(s, order.id);
    expect((await stockOf(s, t.widget.id))[0]).toBe('96');
    const draft = await s.call('invoices.createFromOrder', { orderId: order.id, invoiceDate: '2026-03-16' });
    const inv = await s.call('invoices.post', { id: draft.id });
    expect(inv.total).toBe(6_000);
    await s.call('payments.record', {
      customerId: t.customer.id,
      date: '2026-03-18',
      amount: 4_000,
      allocations: [{ invoiceId: inv.id, amount: 4_000 }],
    });
    // Crediting all of it (60.00) with the goods back: 20.00 closes the invoice, 40.00 is customer credit.
    // Journal: Dr revenue 50.00, Dr tax 10.00 / Cr AR 20.00, Cr customer credits 40.00.
    const note = await s.call('creditNotes.post', {
      id: (
        await s.call('creditNotes.createFromInvoice', {
          invoiceId: inv.id,
          date: '2026-03-20',
          mode: 'all',
          reason: 'Returned',
          restock: true,
        })
      ).id,
    });
    expect(note).toMatchObject({ net: 5_000, tax: 1_000, total: 6_000, appliedToInvoice: 2_000 });
    expect(note).toMatchObject({ toCredit: 4_000, unapplied: 4_000 });
    expect(await journal(s, note.journalEntryId)).toEqual([
      ['4000', 5_000, 5_000],
      ['2201', 1_000, 1_000],
      ['1400', -2_000, -2_000],
      ['2100', -4_000, -4_000],
    ]);
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '0', '100']);
    expect(await s.call('invoices.get', { id: inv.id })).toMatchObject({
      open: 0,
      paid: 4_000,
      credited: 2_000,
    });
    expect((await s.call('credits.list', { customerId: t.customer.id })).total).toBe(4_000);

    // Refund the 40.00: Dr customer credits / Cr bank; nothing is left on either.
    const refund = await s.call('credits.refund', {
      customerId: t.customer.id,
      amount: 4_000,
      date: '2026-03-21',
    });
    expect(await journal(s, refund.journalEntryId)).toEqual([
      ['1200', -4_000, -4_000],
      ['2100', 4_000, 4_000],
    ]);
    expect((await s.call('credits.list', { customerId: t.customer.id })).total).toBe(0);
    expect(await balanceOfCode(s, '2100')).toBe(0);
    expect(await balanceOfCode(s, '1200')).toBe(0);
    verified(s);
  });

  it('(i) a deposit invoice on an order, deducted by the final invoice', async () => {
    const t = track(await makeTrade());
    const { s } = t;
    // 10 widgets × 12.50 = 125.00 + 20 % = 150.00 ordered.
    const order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '10' }]);
    // Deposit 30 % before shipping: 37.50 + 20 % = 45.00.
    const deposit = await postedDeposit(s, order.id, t.customer.id, t.vat20.id);
    expect(deposit.totals).toMatchObject({ net: 3_750, tax: 750, total: 4_500 });
    await shipOrder(s, order.id);
    // Final: 125.00 shipped − 37.50 deposit = 87.50 net; tax 25.00 − 7.50 = 17.50; total 105.00.
    // 45.00 + 105.00 = 150.00, the order's value, billed once.
    const draft = await s.call('invoices.createFromOrder', { orderId: order.id, invoiceDate: '2026-03-16' });
    expect(draft.lines.map((l) => [l.kind, l.depositInvoiceId, l.net, l.tax])).toEqual([
      ['product', null, 12_500, 2_500],
      ['deposit', deposit.id, -3_750, -750],
    ]);
    const final = await s.call('invoices.post', { id: draft.id });
    expect(final.totals).toMatchObject({ net: 8_750, tax: 1_750, total: 10_500 });
    expect(await journal(s, final.journalEntryId)).toEqual([
      ['1400', 10_500, 10_500],
      ['4000', -8_750, -8_750],
      ['2201', -1_750, -1_750],
    ]);
    // Crediting an amount is bounded by the invoice's own 105.00, not by its goods line of 150.00.
    const tooMuch = await expectError(
      s.call('creditNotes.createFromInvoice', {
        invoiceId: final.id,
        date: '2026-03-17',
        mode: 'amount',
        amount: 10_501,
        reason: 'Goodwill',
      }),
    );
    expect([tooMuch.code, tooMuch.details.fields?.map((f) => f.path)]).toEqual(['VALIDATION', ['amount']]);
    await s.call('payments.record', {
      customerId: t.customer.id,
      date: '2026-03-20',
      amount: 15_000,
      allocations: [
        { invoiceId: deposit.id, amount: 4_500 },
        { invoiceId: final.id, amount: 10_500 },
      ],
    });
    expect((await s.call('orders.get', { id: order.id })).status).toBe('closed');
    expect(await balanceOfCode(s, '4000')).toBe(-12_500);
    expect(await balanceOfCode(s, '2201')).toBe(-2_500);
    // The deposit now lives in the final invoice: cancelling it as well would take 37.50 of revenue twice.
    const before = fingerprint(s);
    const cancel = await expectError(
      s.call('invoices.cancel', { id: deposit.id, date: '2026-03-21', reason: 'Duplicate' }),
    );
    expect([cancel.code, cancel.details.fields?.map((f) => f.path)]).toEqual(['VALIDATION', ['id']]);
    expect(fingerprint(s)).toBe(before);
    verified(s);
  });

  it('(i) a deposit cancelled before the final invoice posts is not deducted as well', async () => {
    const t = track(await makeTrade());
    const { s } = t;
    const order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '10' }]);
    const deposit = await postedDeposit(s, order.id, t.customer.id, t.vat20.id);
    await shipOrder(s, order.id);
    const draft = await s.call('invoices.createFromOrder', { orderId: order.id, invoiceDate: '2026-03-16' });
    // The 45.00 is given back; the draft still deducts 37.50 + 7.50 that the customer no longer paid.
    await s.call('invoices.cancel', { id: deposit.id, date: '2026-03-16', reason: 'Order changed' });
    const error = await expectError(s.call('invoices.post', { id: draft.id }));
    expect([error.code, error.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['lines.1.unitPrice'],
    ]);
    // A new draft bills the full 150.00.
    await s.call('invoices.deleteDraft', { id: draft.id });
    const redo = await s.call('invoices.createFromOrder', { orderId: order.id, invoiceDate: '2026-03-16' });
    expect((await s.call('invoices.post', { id: redo.id })).total).toBe(15_000);
    expect(await balanceOfCode(s, '4000')).toBe(-12_500);
    verified(s);
  });

  it('(j) installments on two due dates; overdue after each unpaid one passes', async () => {
    const b = track(await makeBooks());
    const { s } = b;
    // 100.01 + 19 % (19.0019 → 19.00) = 119.01, half on 15 April and half on 15 May:
    // 59.505 each; the odd cent goes to the earlier installment → 59.51 + 59.50.
    const draft = await s.call('invoices.create', {
      customerId: b.customer.id,
      invoiceDate: '2026-03-16',
      installments: [
        { dueDate: '2026-05-15', percent: '50' },
        { dueDate: '2026-04-15', percent: '50' },
      ],
      lines: [textLine('100.01', rateAt(b, 0).id)],
    });
    const inv = await s.call('invoices.post', { id: draft.id });
    expect(inv).toMatchObject({ total: 11_901, dueDate: '2026-05-15', status: 'open' });
    expect(inv.installments).toEqual([
      { dueDate: '2026-04-15', amount: 5_951 },
      { dueDate: '2026-05-15', amount: 5_950 },
    ]);
    const statusOn = async (iso: string) => {
      s.clock.set(`${iso}T10:00:00Z`);
      return (await s.call('invoices.get', { id: inv.id })).status;
    };
    expect(await statusOn('2026-04-15')).toBe('open');
    expect(await statusOn('2026-04-16')).toBe('overdue');
    await s.call('payments.record', {
      customerId: b.customer.id,
      date: '2026-04-16',
      amount: 5_951,
      allocations: [{ invoiceId: inv.id, amount: 5_951 }],
    });
    // The first installment is covered; the next falls due 15 May.
    expect(await statusOn('2026-04-16')).toBe('partially_paid');
    expect(await statusOn('2026-05-15')).toBe('partially_paid');
    expect(await statusOn('2026-05-16')).toBe('overdue');
    await s.call('payments.record', {
      customerId: b.customer.id,
      date: '2026-05-16',
      amount: 5_950,
      allocations: [{ invoiceId: inv.id, amount: 5_950 }],
    });
    expect(await statusOn('2026-05-16')).toBe('paid');
    verified(s);
  });
});
