// Invoice and credit-note postings: worked examples, and balance in document and base for random input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditNoteLines, splitCreditedGross } from '../../../shared/invoicing/creditNoteLines';
import {
  convertToBase,
  invoicePostingLines,
  type InvoicePostingInput,
  type Posting,
} from '../../../shared/invoicing/postingLines';

const AR = 1200;
const GOODS = 4000;
const SERVICES = 4400;
const VAT19 = 2219;
const VAT7 = 2207;
const ROUNDING = 6990;

// Goods 100.01 at 19 % (tax 19.00), services 50.00 at 7 % (tax 3.50): net 150.01, tax 22.50, total 172.51.
const example: InvoicePostingInput = {
  customerId: 7,
  arAccountId: AR,
  roundingAccountId: ROUNDING,
  currency: 'USD',
  baseCurrency: 'EUR',
  fxRate: '0.9235',
  revenue: [
    { accountId: GOODS, net: 10001 },
    { accountId: SERVICES, net: 5000 },
  ],
  taxes: [
    { taxRateId: 1, accountId: VAT19, tax: 1900 },
    { taxRateId: 2, accountId: VAT7, tax: 350 },
  ],
};

// Negation without −0, so a mirrored zero compares equal to the original.
const neg = (v: number) => (v === 0 ? 0 : -v);
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
const amounts = (p: Posting) => p.lines.map((l) => [l.role, l.accountId, l.amount, l.amountBase]);

describe('invoicePostingLines', () => {
  it('posts Dr AR gross / Cr revenue per account / Cr tax per rate, with an explicit base rounding line', () => {
    // Base at 0.9235, each line rounded half-up (ties away from zero):
    //  AR   17251 × .9235 = 15931.2985 → 15931
    //  4000 −10001 × .9235 = −9235.9235 → −9236;  4400 −5000 × .9235 = −4617.5 → −4618
    //  2219 −1900 × .9235 = −1754.65 → −1755;      2207 −350 × .9235 = −323.225 → −323
    //  Σ = 15931 − 15932 = −1 → rounding line +1 in base, 0 in document currency.
    const posting = invoicePostingLines(example);
    expect(amounts(posting)).toEqual([
      ['ar', AR, 17251, 15931],
      ['revenue', GOODS, -10001, -9236],
      ['revenue', SERVICES, -5000, -4618],
      ['tax', VAT19, -1900, -1755],
      ['tax', VAT7, -350, -323],
      ['rounding', ROUNDING, 0, 1],
    ]);
    expect(posting.lines[0]?.customerId).toBe(7);
    expect(posting.lines[1]?.customerId).toBeNull();
    expect(posting.lines[3]?.taxRateId).toBe(1);
  });

  it('needs no rounding line in the base currency and leaves out zero lines', () => {
    const posting = invoicePostingLines({
      ...example,
      currency: 'EUR',
      fxRate: '1',
      taxes: [...example.taxes, { taxRateId: 3, accountId: 2200, tax: 0 }],
    });
    expect(posting.lines.map((l) => l.role)).toEqual(['ar', 'revenue', 'revenue', 'tax', 'tax']);
    expect(posting.lines.every((l) => l.amount === l.amountBase)).toBe(true);
  });

  it('converts across minor units: JPY to EUR and KWD to EUR', () => {
    // ¥12,345 at 0.00615 EUR/JPY = 75.92175 EUR → 7592 cents; KWD 1.234 (1234 fils) at 2.98 → 3.67732 → 368.
    expect(convertToBase(12345, { currency: 'JPY', baseCurrency: 'EUR', fxRate: '0.00615' }, 'half_up')).toBe(
      7592,
    );
    expect(convertToBase(1234, { currency: 'KWD', baseCurrency: 'EUR', fxRate: '2.98' }, 'half_up')).toBe(
      368,
    );
    // 4617.5 is a tie: half-up goes away from zero, half-even to the even neighbour.
    const usd = { currency: 'USD', baseCurrency: 'EUR', fxRate: '0.9235' };
    expect(convertToBase(-5000, usd, 'half_up')).toBe(-4618);
    expect(convertToBase(-5000, usd, 'half_even')).toBe(-4618);
    expect(convertToBase(5002, { ...usd, fxRate: '0.5' }, 'half_even')).toBe(2501);
    expect(convertToBase(5, { ...usd, fxRate: '0.5' }, 'half_even')).toBe(2);
    expect(() => convertToBase(1, { ...usd, fxRate: '0' }, 'half_up')).toThrow(/above 0/);
    expect(() => convertToBase(1, { ...usd, fxRate: '1e3' }, 'half_up')).toThrow(/plain decimal/);
  });

  it('refuses a negative gross and duplicate accounts or rates', () => {
    expect(() => invoicePostingLines({ ...example, revenue: [{ accountId: GOODS, net: -5000 }] })).toThrow(
      /below 0/,
    );
    expect(() =>
      invoicePostingLines({ ...example, revenue: [...example.revenue, { accountId: GOODS, net: 1 }] }),
    ).toThrow(/listed twice/);
  });

  it('balances in document and base currency for random lines and rates', () => {
    const currency = fc.constantFrom('EUR', 'USD', 'JPY', 'KWD');
    const rate = fc
      // Up to 500 base units per document unit, so even JPY → KWD (×1000) stays within safe integers.
      .tuple(fc.integer({ min: 1, max: 5_000_000 }), fc.integer({ min: 4, max: 8 }))
      .map(([digits, places]) => (digits / 10 ** places).toFixed(places));
    const rows = fc.array(fc.integer({ min: -1e8, max: 1e9 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(currency, currency, rate, rows, rows, (doc, base, fxRate, nets, taxes) => {
        const input: InvoicePostingInput = {
          ...example,
          currency: doc,
          baseCurrency: base,
          fxRate,
          revenue: nets.map((net, i) => ({ accountId: 4000 + i, net: Math.abs(net) })),
          taxes: taxes.map((tax, i) => ({ taxRateId: i, accountId: 2200 + i, tax })),
        };
        const gross = sum(nets.map(Math.abs)) + sum(taxes);
        if (gross < 0) return;
        const posting = invoicePostingLines(input);
        expect(sum(posting.lines.map((l) => l.amount))).toBe(0);
        expect(sum(posting.lines.map((l) => l.amountBase))).toBe(0);
        expect(posting.lines.find((l) => l.role === 'ar')?.amount ?? 0).toBe(gross);
        expect(posting.lines.filter((l) => l.role === 'rounding').length).toBeLessThanOrEqual(1);
        expect(posting.lines.filter((l) => l.role !== 'rounding').every((l) => l.amount !== 0)).toBe(true);
      }),
    );
  });
});

describe('creditNoteLines', () => {
  const invoice = invoicePostingLines(example);

  it('credits a third of the invoice across two revenue accounts and two tax rates, exactly', () => {
    // A third of the net 150.01 → 50.00 (5000.33 rounded); of the tax 22.50 → 7.50.
    // Net 5000 by 10001 : 5000 → 3333.44 / 1666.56 → floors 3333 + 1666, the cent to .56 → 3333 / 1667.
    // Tax 750 by 1900 : 350 → 633.33 / 116.67 → floors 633 + 116, the cent to .67 → 633 / 117.
    // AR credit = 3333 + 1667 + 633 + 117 = 5750.
    const credit = creditNoteLines(invoice, { net: 5000, tax: 750 });
    expect(credit.lines.map((l) => [l.role, l.accountId, l.amount])).toEqual([
      ['ar', AR, -5750],
      ['revenue', GOODS, 3333],
      ['revenue', SERVICES, 1667],
      ['tax', VAT19, 633],
      ['tax', VAT7, 117],
    ]);
    expect(sum(credit.lines.map((l) => l.amountBase))).toBe(0);
    // The same third as a gross amount 57.50 splits 15001 : 2250 → 5000.04 / 749.96 → 5000 net + 750 tax.
    expect(splitCreditedGross(invoice, 5750)).toEqual({ net: 5000, tax: 750 });
  });

  it('mirrors the invoice exactly, base and rounding line included, for a full credit', () => {
    const credit = creditNoteLines(invoice, { net: 15001, tax: 2250 });
    expect(credit.lines.map((l) => [l.role, l.accountId, neg(l.amount), neg(l.amountBase)])).toEqual(
      amounts(invoice),
    );
  });

  it('takes explicit amounts per account and per rate, within what was invoiced', () => {
    const credit = creditNoteLines(invoice, {
      net: [{ accountId: SERVICES, net: 5000 }],
      tax: [{ taxRateId: 2, tax: 350 }],
    });
    expect(credit.lines.map((l) => [l.role, l.accountId, l.amount])).toEqual([
      ['ar', AR, -5350],
      ['revenue', SERVICES, 5000],
      ['tax', VAT7, 350],
    ]);
    expect(() => creditNoteLines(invoice, { net: [{ accountId: SERVICES, net: 5001 }], tax: 0 })).toThrow(
      /exceeds/,
    );
    expect(() => creditNoteLines(invoice, { net: [{ accountId: 9999, net: 1 }], tax: 0 })).toThrow(
      /no net row/,
    );
    expect(() => creditNoteLines(invoice, { net: 15002, tax: 0 })).toThrow(
      /between 0 and the invoiced 15001/,
    );
    expect(() => splitCreditedGross(invoice, 17252)).toThrow(/invoice total 17251/);
  });

  it('never exceeds the invoice per account and sums to the credited total', () => {
    const rows = fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(rows, rows, fc.double({ min: 0, max: 1, noNaN: true }), (nets, taxes, share) => {
        const inv = invoicePostingLines({
          ...example,
          revenue: nets.map((net, i) => ({ accountId: 4000 + i, net })),
          taxes: taxes.map((tax, i) => ({ taxRateId: i, accountId: 2200 + i, tax })),
        });
        // The share only picks a test amount; the money maths under test never sees a float.
        const gross = Math.floor((sum(nets) + sum(taxes)) * share);
        const parts = splitCreditedGross(inv, gross);
        expect(parts.net + parts.tax).toBe(gross);
        const credit = creditNoteLines(inv, parts);
        expect(sum(credit.lines.map((l) => l.amount))).toBe(0);
        expect(sum(credit.lines.map((l) => l.amountBase))).toBe(0);
        expect((credit.lines.find((l) => l.role === 'ar')?.amount ?? 0) + gross).toBe(0);
        for (const line of credit.lines.filter((l) => l.role === 'revenue' || l.role === 'tax')) {
          const original = inv.lines.find((l) => l.role === line.role && l.accountId === line.accountId);
          expect(line.amount).toBeGreaterThan(0);
          expect(line.amount).toBeLessThanOrEqual(-(original?.amount ?? 0));
        }
      }),
    );
  });
});
