import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertBalanced, toBase } from '../../../electron/ledger/balance';
import { OrdoError } from '../../../shared/errors';

const scale = (doc: number, base: number) => ({ docMinorUnits: doc, baseMinorUnits: base });

describe('assertBalanced', () => {
  it('accepts debits equal to credits', () => {
    expect(() => assertBalanced([{ amount: 100 }, { amount: -60 }, { amount: -40 }])).not.toThrow();
  });

  it('refuses an unbalanced entry and names the difference', () => {
    try {
      assertBalanced([{ amount: 100 }, { amount: -99 }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OrdoError);
      expect((e as OrdoError).code).toBe('UNBALANCED');
      expect((e as OrdoError).details.difference).toBe(1);
    }
  });

  it('refuses zero, fractional and single-line entries', () => {
    expect(() => assertBalanced([{ amount: 0 }, { amount: 0 }])).toThrow(/cannot be zero/);
    expect(() => assertBalanced([{ amount: 1.5 }, { amount: -1.5 }])).toThrow(/whole number/);
    expect(() => assertBalanced([{ amount: 1 }])).toThrow(/two lines/);
  });

  it('sums without float overflow near the safe-integer limit', () => {
    const big = Number.MAX_SAFE_INTEGER;
    expect(() =>
      assertBalanced([{ amount: big }, { amount: big }, { amount: -big }, { amount: -big }]),
    ).not.toThrow();
  });
});

describe('toBase', () => {
  it('converts at the rate and reports the rounding difference', () => {
    // 3 × 0.01 USD at 0.5 → 0.005 each → rounds half-up to 1 cent each, total debit 1 cent vs credit 2 cents
    const r = toBase(
      [
        { accountId: 1, amount: 1 },
        { accountId: 1, amount: 1 },
        { accountId: 2, amount: -2 },
      ],
      '0.5',
      scale(2, 2),
      'half_up',
    );
    expect(r.lines.map((l) => l.amountBase)).toEqual([1, 1, -1]);
    expect(r.roundingDifference).toBe(-1);
  });

  it('scales between currencies with different minor units (JPY → EUR, EUR → KWD)', () => {
    const jpy = toBase(
      [
        { accountId: 1, amount: 10000 },
        { accountId: 2, amount: -10000 },
      ],
      '0.0061',
      scale(0, 2),
      'half_up',
    );
    expect(jpy.lines.map((l) => l.amountBase)).toEqual([6100, -6100]);
    const kwd = toBase(
      [
        { accountId: 1, amount: 100 },
        { accountId: 2, amount: -100 },
      ],
      '0.3333',
      scale(2, 3),
      'half_up',
    );
    expect(kwd.lines.map((l) => l.amountBase)).toEqual([333, -333]);
  });

  it('half-even rounds ties to the even cent', () => {
    const r = toBase(
      [
        { accountId: 1, amount: 5 },
        { accountId: 2, amount: -5 },
      ],
      '0.5',
      scale(2, 2),
      'half_even',
    );
    expect(r.lines.map((l) => l.amountBase)).toEqual([2, -2]);
  });

  it('lines plus the rounding difference always balance in base (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 99_999_999 }),
        (debits, rateInt) => {
          const lines = [
            ...debits.map((d) => ({ accountId: 1, amount: d })),
            { accountId: 2, amount: -debits.reduce((a, b) => a + b, 0) },
          ];
          const r = toBase(lines, `0.${String(rateInt).padStart(8, '0')}`, scale(2, 2), 'half_up');
          const sum = r.lines.reduce((a, l) => a + l.amountBase, 0);
          expect(sum + r.roundingDifference).toBe(0);
          expect(Math.abs(r.roundingDifference)).toBeLessThanOrEqual(lines.length);
        },
      ),
    );
  });
});
