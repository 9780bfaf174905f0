// Largest-remainder allocation: exact sums, fairness bounds, sign symmetry and deterministic tie-breaks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, Dec, splitEvenly } from '../../../shared/money';

describe('allocate', () => {
  it('gives the leftover units to the largest remainders', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(100, [1, 2])).toEqual([33, 67]);
    expect(allocate(1000, [50, 30, 20])).toEqual([500, 300, 200]);
    expect(allocate(10, ['0.3', '0.3', '0.4'])).toEqual([3, 3, 4]);
    expect(allocate(11, ['0.3', '0.3', '0.4'])).toEqual([3, 3, 5]);
  });

  it('breaks ties by the lowest index', () => {
    expect(allocate(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocate(5, [0, '0.5', 0.5])).toEqual([0, 3, 2]);
  });

  it('applies the sign symmetrically to negative totals', () => {
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(-1, [1, 1])).toEqual([-1, 0]);
  });

  it('gives zero weights nothing and refuses all-zero, negative or missing weights', () => {
    expect(allocate(7, [0, 1, 0])).toEqual([0, 7, 0]);
    expect(allocate(0, [1, 2])).toEqual([0, 0]);
    expect(() => allocate(7, [0, 0])).toThrow(/non-zero weight/);
    expect(() => allocate(7, [])).toThrow(/at least one weight/);
    expect(() => allocate(7, [1, -1])).toThrow(/must not be negative/);
    expect(() => allocate(7, [Number.NaN])).toThrow(/finite/);
    expect(() => allocate(1.5, [1])).toThrow(/safe integer/);
  });

  it('accepts Dec weights and stays exact with very long decimals', () => {
    const third = `0.${'3'.repeat(50)}`;
    expect(allocate(100, [new Dec(third), new Dec(third), new Dec(third)])).toEqual([34, 33, 33]);
    expect(allocate(Number.MAX_SAFE_INTEGER, [1, 1])).toEqual([4503599627370496, 4503599627370495]);
  });
});

describe('splitEvenly', () => {
  it('spreads the remainder over the first parts', () => {
    expect(splitEvenly(10, 3)).toEqual([4, 3, 3]);
    expect(splitEvenly(-10, 4)).toEqual([-3, -3, -2, -2]);
    expect(splitEvenly(5, 1)).toEqual([5]);
    expect(() => splitEvenly(5, 0)).toThrow(/positive integer/);
  });
});

// Weights are generated as integer thousandths so the exact share can be checked with BigInt.
const thousandths = fc.nat({ max: 1_000_000 });
const asDecimalString = (n: number): string => `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}`;
const weightLists = fc
  .array(thousandths, { minLength: 1, maxLength: 12 })
  .filter((weights) => weights.some((w) => w > 0));

describe('allocate properties', () => {
  it('parts sum to the total and each is within one unit of the exact share', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), weightLists, (total, weights) => {
        const parts = allocate(total, weights.map(asDecimalString));
        const weightSum = weights.reduce((sum, w) => sum + BigInt(w), 0n);
        expect(parts.reduce((sum, p) => sum + BigInt(p), 0n)).toBe(BigInt(total));
        parts.forEach((part, i) => {
          // |part − total·w/W| < 1  ⇔  |part·W − total·w| < W
          const diff = BigInt(part) * weightSum - BigInt(total) * BigInt(weights[i] ?? 0);
          expect(diff < 0n ? -diff : diff).toBeLessThan(weightSum);
        });
      }),
    );
  });

  it('parts are non-negative for non-negative totals and zero for zero weights', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), weightLists, (total, weights) => {
        const parts = allocate(total, weights);
        parts.forEach((part, i) => {
          expect(part).toBeGreaterThanOrEqual(0);
          if (weights[i] === 0) expect(part).toBe(0);
        });
      }),
    );
  });

  it('negating the total negates every part and scaling weights changes nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), weightLists, (total, weights) => {
        const parts = allocate(total, weights);
        expect(allocate(-total, weights)).toEqual(parts.map((p) => 0 - p));
        expect(
          allocate(
            total,
            weights.map((w) => w * 7),
          ),
        ).toEqual(parts);
      }),
    );
  });
});
