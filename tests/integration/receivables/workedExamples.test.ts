// Worked examples of invoice totals and their postings, computed by hand in the comments: tax per line vs per
// document, tax-inclusive prices, JPY and KWD customers of a EUR company, cash rounding, early-payment
// discounts. Journal rows are [account code, amount, base], debit positive. Accounts: 1000 cash, 1200 bank,
// 1400 AR, 2100 customer credits, 2201… tax per rate, 4000 revenue, 4900 sales discounts, 7900 rounding.
import { afterEach, describe, expect, it } from 'vitest';
import { verifyReceivables } from '../../../electron/invoicing/verify';
import type { Invoice } from '../../../shared/contract';
import {
  journal,
  makeBooks,
  makeCustomer,
  postedInvoice,
  rateAt,
  receivablesSettings,
  textLine,
  type Books,
} from '../../helpers/receivablesFixtures';
import { expectError } from '../../helpers/services';

const opened: Books[] = [];
afterEach(() => {
  for (const b of opened.splice(0)) b.s.dispose();
});
async function books(percents?: string[]): Promise<Books> {
  const b = await makeBooks(percents);
  opened.push(b);
  return b;
}

const taxRows = (i: Invoice) => i.totals.taxes.map((t) => [t.taxPercent, t.base, t.tax]);
const lineRows = (i: Invoice) => i.lines.map((l) => [l.net, l.tax, l.gross]);

describe('worked examples: invoice totals and postings', () => {
  it('(a) tax rounded per line and per document differ by exactly 0.01', async () => {
    const byLine = await books();
    const byDoc = await books();
    expect((await byDoc.s.call('settings.update', { taxRounding: 'document' })).taxRounding).toBe('document');
    const lines = (b: Books) => [
      textLine('12.50', rateAt(b, 0).id, '1', 'Repair'),
      textLine('12.50', rateAt(b, 0).id, '1', 'Service'),
    ];
    // Per line: 12.50 × 19 % = 2.375 → 2.38 on each line; 2.38 + 2.38 = 4.76; total 25.00 + 4.76 = 29.76.
    const a = await postedInvoice(byLine.s, byLine.customer.id, lines(byLine));
    expect(a.totals).toMatchObject({ net: 2_500, tax: 476, total: 2_976 });
    expect(lineRows(a)).toEqual([
      [1_250, 238, 1_488],
      [1_250, 238, 1_488],
    ]);
    expect(taxRows(a)).toEqual([['19', 2_500, 476]]);
    expect(await journal(byLine.s, a.journalEntryId)).toEqual([
      ['1400', 2_976, 2_976],
      ['4000', -2_500, -2_500],
      ['2201', -476, -476],
    ]);
    // Per document: Σ net at 19 % = 25.00; 25.00 × 19 % = 4.75 exactly, rounded once → total 29.75.
    // Spread back over the lines by net (1 250 : 1 250): 237.5 each, the odd cent to the first → 2.38 + 2.37.
    const d = await postedInvoice(byDoc.s, byDoc.customer.id, lines(byDoc));
    expect(d.totals).toMatchObject({ net: 2_500, tax: 475, total: 2_975 });
    expect(lineRows(d)).toEqual([
      [1_250, 238, 1_488],
      [1_250, 237, 1_487],
    ]);
    expect(taxRows(d)).toEqual([['19', 2_500, 475]]);
    expect(await journal(byDoc.s, d.journalEntryId)).toEqual([
      ['1400', 2_975, 2_975],
      ['4000', -2_500, -2_500],
      ['2201', -475, -475],
    ]);
    expect(a.total - d.total).toBe(1);
  });

  it('(b) tax-inclusive prices: the tax is extracted, not added', async () => {
    const b = await books(['19', '7']);
    const draft = await b.s.call('invoices.create', {
      customerId: b.customer.id,
      invoiceDate: '2026-03-16',
      pricesIncludeTax: true,
      lines: [textLine('10.00', rateAt(b, 0).id), textLine('5.00', rateAt(b, 1).id)],
    });
    // 10.00 incl. 19 %: tax = 10.00 × 19 / 119 = 1.5966… → 1.60, net = 10.00 − 1.60 = 8.40.
    // 5.00 incl. 7 %:   tax = 5.00 × 7 / 107 = 0.3271… → 0.33, net = 5.00 − 0.33 = 4.67.
    // Total = the prices as entered, 15.00; net 8.40 + 4.67 = 13.07; tax 1.60 + 0.33 = 1.93.
    const inv = await b.s.call('invoices.post', { id: draft.id });
    expect(inv.pricesIncludeTax).toBe(true);
    expect(inv.totals).toMatchObject({ net: 1_307, tax: 193, total: 1_500 });
    expect(lineRows(inv)).toEqual([
      [840, 160, 1_000],
      [467, 33, 500],
    ]);
    expect(taxRows(inv)).toEqual([
      ['19', 840, 160],
      ['7', 467, 33],
    ]);
    expect(await journal(b.s, inv.journalEntryId)).toEqual([
      ['1400', 1_500, 1_500],
      ['4000', -1_307, -1_307],
      ['2201', -160, -160],
      ['2202', -33, -33],
    ]);
  });

  it('(c) a JPY (0 decimals) and a KWD (3 decimals) customer of a EUR company', async () => {
    const b = await books();
    const vat = rateAt(b, 0).id;
    await b.s.call('exchangeRates.set', { currency: 'JPY', date: '2026-03-01', rate: '0.0061' });
    await b.s.call('exchangeRates.set', { currency: 'KWD', date: '2026-03-01', rate: '2.9876' });
    const tokyo = await makeCustomer(b.s, 'Tokyo KK', 'JPY');
    const kuwait = await makeCustomer(b.s, 'Kuwait WLL', 'KWD');

    // JPY: 1 × ¥12 345; tax 12 345 × 19 % = 2 345.55 → ¥2 346; total ¥14 691 (minor unit = 1 yen).
    // Base at 0.0061 EUR per yen, in cents (× 100): AR 14 691 × 0.61 = 8 961.51 → 89.62;
    // revenue 12 345 × 0.61 = 7 530.45 → 75.30; tax 2 346 × 0.61 = 1 431.06 → 14.31.
    // 89.62 − 75.30 − 14.31 = 0.01 left over: a currency rounding line credits 0.01 to 7900.
    const jpy = await postedInvoice(b.s, tokyo.id, [textLine('12345', vat)]);
    expect(jpy).toMatchObject({ currency: 'JPY', fxRate: '0.0061', total: 14_691 });
    expect(jpy.totals).toMatchObject({ net: 12_345, tax: 2_346, total: 14_691 });
    expect(await journal(b.s, jpy.journalEntryId)).toEqual([
      ['1400', 14_691, 8_962],
      ['4000', -12_345, -7_530],
      ['2201', -2_346, -1_431],
      ['7900', 0, -1],
    ]);

    // KWD: 2 × 12.345 = 24.690; tax 24.690 × 19 % = 4.6911 → 4.691; total 29.381 KWD = 29 381 fils.
    // Base at 2.9876 EUR per dinar, fils → cents (× 0.1): AR 29 381 × 0.29876 = 8 777.868 → 87.78;
    // revenue 24 690 × 0.29876 = 7 376.384 → 73.76; tax 4 691 × 0.29876 = 1 401.483 → 14.01.
    // 87.78 − 73.76 − 14.01 = 0.01 left over: again 0.01 credited to rounding.
    const kwd = await postedInvoice(b.s, kuwait.id, [textLine('12.345', vat, '2')]);
    expect(kwd).toMatchObject({ currency: 'KWD', fxRate: '2.9876', total: 29_381 });
    expect(kwd.totals).toMatchObject({ net: 24_690, tax: 4_691, total: 29_381 });
    expect(await journal(b.s, kwd.journalEntryId)).toEqual([
      ['1400', 29_381, 8_778],
      ['4000', -24_690, -7_376],
      ['2201', -4_691, -1_401],
      ['7900', 0, -1],
    ]);
    expect(verifyReceivables(b.s.session.require())).toEqual([]);
  });

  it('(d) CHF cash rounding to 0.05: the rounding line on the invoice and in the journal', async () => {
    const b = await books(['8.1']);
    const vat = rateAt(b, 0).id;
    await receivablesSettings(b.s, { cashRounding: [{ currency: 'CHF', increment: '0.05' }] });
    await b.s.call('exchangeRates.set', { currency: 'CHF', date: '2026-03-01', rate: '1.05' });
    const zurich = await makeCustomer(b.s, 'Zürich AG', 'CHF');

    // 10.00 + 8.1 % = 10.00 + 0.81 = 10.81; 10.81 / 0.05 = 216.2 → 216 steps = 10.80: rounding −0.01.
    // Journal: Dr AR 10.80, Cr revenue 10.00, Cr tax 0.81, Dr rounding 0.01 (10.80 = 10.00 + 0.81 − 0.01).
    // Base at 1.05: 1 080 → 1 134; 1 000 → 1 050; 81 → 85.05 → 85; 1 → 1.05 → 1; 1 134 − 1 050 − 85 + 1 = 0.
    const down = await postedInvoice(b.s, zurich.id, [textLine('10.00', vat)]);
    expect(down.totals).toMatchObject({ net: 1_000, tax: 81, cashRounding: -1, total: 1_080 });
    expect(await journal(b.s, down.journalEntryId)).toEqual([
      ['1400', 1_080, 1_134],
      ['4000', -1_000, -1_050],
      ['2201', -81, -85],
      ['7900', 1, 1],
    ]);
    // 10.02 + 8.1 % = 10.02 + 0.81162 → 0.81 = 10.83; 216.6 → 217 steps = 10.85: rounding +0.02, credited.
    // Base: 1 085 × 1.05 = 1 139.25 → 1 139; 1 002 → 1 052.1 → 1 052; 81 → 85; 2 → 2.1 → 2; balances.
    const up = await postedInvoice(b.s, zurich.id, [textLine('10.02', vat)]);
    expect(up.totals).toMatchObject({ net: 1_002, tax: 81, cashRounding: 2, total: 1_085 });
    expect(await journal(b.s, up.journalEntryId)).toEqual([
      ['1400', 1_085, 1_139],
      ['4000', -1_002, -1_052],
      ['2201', -81, -85],
      ['7900', -2, -2],
    ]);
    // Crediting its one line in full takes the +0.02 rounding back too: 10.83 + 0.02 = 10.85, the invoice.
    // Journal: Dr revenue 10.02, Dr tax 0.81, Dr rounding 0.02 / Cr AR 10.85 (base: AR's own 11.39).
    const note = await b.s.call('creditNotes.post', {
      id: (
        await b.s.call('creditNotes.createFromInvoice', {
          invoiceId: up.id,
          date: '2026-03-17',
          mode: 'lines',
          lines: [{ invoiceLineId: up.lines[0]!.id, quantity: '1' }],
          reason: 'Not delivered',
        })
      ).id,
    });
    expect(note).toMatchObject({ net: 1_004, tax: 81, total: 1_085, appliedToInvoice: 1_085, toCredit: 0 });
    expect(await journal(b.s, note.journalEntryId)).toEqual([
      ['4000', 1_002, 1_052],
      ['2201', 81, 85],
      ['7900', 2, 2],
      ['1400', -1_085, -1_139],
    ]);
    // The rounded 10.80 paid in cash settles the first invoice exactly (same rate: no difference line).
    const pay = await b.s.call('payments.record', {
      customerId: zurich.id,
      date: '2026-03-17',
      amount: 1_080,
      method: 'cash',
      allocations: [{ invoiceId: down.id, amount: 1_080 }],
    });
    expect(await journal(b.s, pay.journalEntryIds[0])).toEqual([
      ['1000', 1_080, 1_134],
      ['1400', -1_080, -1_134],
    ]);
    expect(await b.s.call('invoices.get', { id: down.id })).toMatchObject({ status: 'paid', open: 0 });
    // Its line credited after payment gives back what was paid, 10.81 − 0.01 = 10.80, as customer credit.
    const back = await b.s.call('creditNotes.createFromInvoice', {
      invoiceId: down.id,
      date: '2026-03-18',
      mode: 'lines',
      lines: [{ invoiceLineId: down.lines[0]!.id, quantity: '1' }],
      reason: 'Returned',
    });
    expect(back.lines.map((l) => [l.net, l.tax])).toEqual([
      [1_000, 81],
      [-1, 0],
    ]);
    expect(await b.s.call('creditNotes.post', { id: back.id })).toMatchObject({
      total: 1_080,
      toCredit: 1_080,
    });
    expect(verifyReceivables(b.s.session.require())).toEqual([]);
  });

  describe('(e) early-payment discount, 2 % within 10 days', () => {
    // 100.00 + 19 % = 119.00, dated 16 March on "2 % 10 days, net 30": the discount runs to 26 March.
    // 2 % of 119.00 = 2.38; paid 119.00 − 2.38 = 116.62. Tax correction splits 2.38 in the invoice's
    // net : tax proportion 100 : 19 → 2.38 × 100 / 119 = 2.00 net and 2.38 × 19 / 119 = 0.38 tax.
    async function discounted(correctTax: boolean) {
      const b = await books();
      await receivablesSettings(b.s, { discountTaxCorrection: correctTax });
      const terms = await b.s.call('paymentTerms.create', {
        name: '2 % 10 days, net 30',
        kind: 'net',
        days: 30,
        discountPercent: '2',
        discountDays: 10,
      });
      const inv = await postedInvoice(b.s, b.customer.id, [textLine('100.00', rateAt(b, 0).id)], {
        paymentTermsId: terms.id,
      });
      expect(inv).toMatchObject({ total: 11_900, dueDate: '2026-04-15' });
      expect(inv.earlyDiscount).toEqual({ percent: '2', deadline: '2026-03-26' });
      return { b, inv };
    }
    const pay = (b: Books, inv: Invoice, date: string) =>
      b.s.call('payments.record', {
        customerId: b.customer.id,
        date,
        amount: 11_662,
        allocations: [{ invoiceId: inv.id, amount: 11_662, discount: 238 }],
      });

    it('with tax correction: 2.00 to sales discounts and 0.38 back off the tax account', async () => {
      const { b, inv } = await discounted(true);
      const proposal = await b.s.call('payments.proposeAllocation', {
        customerId: b.customer.id,
        amount: 11_662,
        date: '2026-03-26',
        reference: '',
      });
      expect(proposal.rows.map((r) => [r.invoiceId, r.discountAvailable])).toEqual([[inv.id, 238]]);
      // Paid on the last day of the window: 116.62 + 2.38 = 119.00 settles the invoice.
      const p = await pay(b, inv, '2026-03-26');
      expect(await journal(b.s, p.journalEntryIds[0])).toEqual([
        ['1200', 11_662, 11_662],
        ['1400', -11_900, -11_900],
        ['4900', 200, 200],
        ['2201', 38, 38],
      ]);
      const after = await b.s.call('invoices.get', { id: inv.id });
      expect(after).toMatchObject({ status: 'paid', open: 0, paid: 11_662, discounted: 238 });
      expect(verifyReceivables(b.s.session.require())).toEqual([]);
    });

    it('without tax correction: the whole 2.38 to sales discounts', async () => {
      const { b, inv } = await discounted(false);
      const p = await pay(b, inv, '2026-03-20');
      expect(await journal(b.s, p.journalEntryIds[0])).toEqual([
        ['1200', 11_662, 11_662],
        ['1400', -11_900, -11_900],
        ['4900', 238, 238],
      ]);
      expect(await b.s.call('invoices.get', { id: inv.id })).toMatchObject({ status: 'paid', open: 0 });
    });

    it('a payment received in the window and allocated after it still takes the discount', async () => {
      const { b, inv } = await discounted(true);
      // Received 20 March without allocations; the clerk applies it on 30 March. The payment date decides.
      const p = await b.s.call('payments.record', {
        customerId: b.customer.id,
        date: '2026-03-20',
        amount: 11_662,
      });
      const allocated = await b.s.call('payments.allocate', {
        paymentId: p.id,
        date: '2026-03-30',
        allocations: [{ invoiceId: inv.id, amount: 11_662, discount: 238 }],
      });
      expect(allocated.unapplied).toBe(0);
      expect(await journal(b.s, allocated.journalEntryIds[1])).toEqual([
        ['2100', 11_662, 11_662],
        ['1400', -11_900, -11_900],
        ['4900', 200, 200],
        ['2201', 38, 38],
      ]);
      expect(await b.s.call('invoices.get', { id: inv.id })).toMatchObject({
        status: 'paid',
        discounted: 238,
      });
      expect(verifyReceivables(b.s.session.require())).toEqual([]);
    });

    it('the discount is taken once: a second payment in the window gets none of it again', async () => {
      const { b, inv } = await discounted(true);
      // 50.00 + the full 2.38 on 20 March leaves 119.00 − 52.38 = 66.62 open.
      await b.s.call('payments.record', {
        customerId: b.customer.id,
        date: '2026-03-20',
        amount: 5_000,
        allocations: [{ invoiceId: inv.id, amount: 5_000, discount: 238 }],
      });
      const again = await expectError(
        b.s.call('payments.record', {
          customerId: b.customer.id,
          date: '2026-03-21',
          amount: 6_661,
          allocations: [{ invoiceId: inv.id, amount: 6_661, discount: 1 }],
        }),
      );
      expect([again.code, again.details.fields?.map((f) => f.path)]).toEqual([
        'VALIDATION',
        ['allocations.0.discount'],
      ]);
      expect(await b.s.call('invoices.get', { id: inv.id })).toMatchObject({ open: 6_662, discounted: 238 });
    });

    it('outside the window (27 March) the discount is refused and nothing is offered', async () => {
      const { b, inv } = await discounted(true);
      const proposal = await b.s.call('payments.proposeAllocation', {
        customerId: b.customer.id,
        amount: 11_662,
        date: '2026-03-27',
        reference: '',
      });
      expect(proposal.rows.map((r) => r.discountAvailable)).toEqual([0]);
      const error = await expectError(pay(b, inv, '2026-03-27'));
      expect(error.code).toBe('VALIDATION');
      expect(error.details.fields?.map((f) => f.path)).toEqual(['allocations.0.discount']);
      expect(await b.s.call('invoices.get', { id: inv.id })).toMatchObject({ open: 11_900 });
    });
  });
});
