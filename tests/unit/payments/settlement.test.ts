// Early-payment discount with tax correction, and the write-off tolerance rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earlyDiscount, writeOffAllowed, type EarlyDiscountInput } from '../../../shared/payments/settlement';

const VAT19 = 2219;
const VAT7 = 2207;
const base: EarlyDiscountInput = {
  open: 11900,
  invoiceTotal: 11900,
  discountPercent: '2',
  discountDeadline: '2026-02-10',
  paymentDate: '2026-02-10',
  taxShares: [{ taxAccountId: VAT19, tax: 1900 }],
  correctTax: true,
};

describe('earlyDiscount', () => {
  it('takes 2 % of 119.00 = 2.38 and splits it 2.00 net + 0.38 tax at 19 %', () => {
    // 11900 × 2 / 100 = 238; 238 × 10000/11900 = 200, 238 × 1900/11900 = 38 (exact).
    expect(earlyDiscount(base)).toEqual({
      isEligible: true,
      amount: 238,
      net: 200,
      tax: [{ taxAccountId: VAT19, tax: 38 }],
    });
    expect(earlyDiscount({ ...base, correctTax: false })).toEqual({
      isEligible: true,
      amount: 238,
      net: 238,
      tax: [],
    });
  });

  it('splits over two rates by the largest remainder', () => {
    // 172.51 (net 150.01, tax 19.00 + 3.50) × 2 % = 3.4502 → 345.
    // 345 × 15001/17251 = 300.003, × 1900/17251 = 37.998, × 350/17251 = 6.9996 → 300 + 37 + 6 = 343;
    // the 2 cents left go to the largest remainders .9996 and .998 → 300 net, 38 + 7 tax.
    const result = earlyDiscount({
      ...base,
      open: 17251,
      invoiceTotal: 17251,
      taxShares: [
        { taxAccountId: VAT19, tax: 1900 },
        { taxAccountId: VAT7, tax: 350 },
      ],
    });
    expect(result).toEqual({
      isEligible: true,
      amount: 345,
      net: 300,
      tax: [
        { taxAccountId: VAT19, tax: 38 },
        { taxAccountId: VAT7, tax: 7 },
      ],
    });
  });

  it('applies up to and including the deadline, never above the open amount', () => {
    expect(earlyDiscount({ ...base, paymentDate: '2026-02-11' })).toEqual({
      isEligible: false,
      amount: 0,
      net: 0,
      tax: [],
    });
    expect(earlyDiscount({ ...base, discountDeadline: null }).amount).toBe(0);
    expect(earlyDiscount({ ...base, open: 100 })).toMatchObject({ amount: 100, net: 84, tax: [{ tax: 16 }] });
  });

  it('rounds in the company mode: 2.5 % of 1.00 = 2.5 cents → 3 half-up, 2 half-even', () => {
    const input = {
      ...base,
      invoiceTotal: 100,
      open: 100,
      discountPercent: '2.5',
      taxShares: [],
      correctTax: false,
    };
    expect(earlyDiscount(input).amount).toBe(3);
    expect(earlyDiscount({ ...input, roundingMode: 'half_even' }).amount).toBe(2);
  });

  it('refuses malformed input', () => {
    expect(() => earlyDiscount({ ...base, discountPercent: '101' })).toThrow(/0 to 100/);
    expect(() => earlyDiscount({ ...base, paymentDate: '10.02.2026' })).toThrow(/not a date/);
    expect(() => earlyDiscount({ ...base, taxShares: [{ taxAccountId: 1, tax: 12000 }] })).toThrow(/exceeds/);
  });

  it('splits exactly and never above open, for random invoices', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e8 }), { maxLength: 4 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 9999 }),
        (taxes, net, openCut, percentE2) => {
          const total = net + taxes.reduce((s, t) => s + t, 0);
          const open = Math.max(0, total - openCut);
          const result = earlyDiscount({
            ...base,
            open,
            invoiceTotal: total,
            discountPercent: (percentE2 / 100).toFixed(2),
            taxShares: taxes.map((tax, i) => ({ taxAccountId: i, tax })),
          });
          expect(result.amount).toBeLessThanOrEqual(open);
          expect(result.net + result.tax.reduce((s, t) => s + t.tax, 0)).toBe(result.amount);
          result.tax.forEach((t, i) => expect(t.tax).toBeLessThanOrEqual(taxes[i] ?? 0));
        },
      ),
    );
  });
});

describe('writeOffAllowed', () => {
  const rule = { toleranceAmount: 500, tolerancePercent: '0.5' };
  it('allows a shortfall within the amount OR within the percent of the open amount', () => {
    expect(writeOffAllowed({ ...rule, shortfall: 500, open: 11900 })).toBe(true); // 5.00 ≤ 5.00
    expect(writeOffAllowed({ ...rule, shortfall: 501, open: 11900 })).toBe(false); // > 5.00 and > 0.595
    // 0.5 % of 200,000.00 = 1,000.00: 600.00 is beyond the amount but within the percent.
    expect(writeOffAllowed({ ...rule, shortfall: 60000, open: 20000000 })).toBe(true);
    expect(writeOffAllowed({ ...rule, shortfall: 100000, open: 20000000 })).toBe(true);
    expect(writeOffAllowed({ ...rule, shortfall: 100001, open: 20000000 })).toBe(false);
  });

  it('has nothing to write off at 0, treats 0 tolerances as off, and refuses a shortfall above open', () => {
    expect(writeOffAllowed({ ...rule, shortfall: 0, open: 100 })).toBe(false);
    expect(writeOffAllowed({ toleranceAmount: 0, tolerancePercent: '0', shortfall: 1, open: 100 })).toBe(
      false,
    );
    expect(() => writeOffAllowed({ ...rule, shortfall: 101, open: 100 })).toThrow(/exceed/);
    expect(() => writeOffAllowed({ ...rule, tolerancePercent: 'x', shortfall: 1, open: 100 })).toThrow(
      /0 to 100/,
    );
  });
});
