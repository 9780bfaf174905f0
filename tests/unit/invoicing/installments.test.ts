// Installment splits: exact sums, due-date order, percent validation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitInstallments } from '../../../shared/invoicing/installments';

describe('splitInstallments', () => {
  it('splits 100.01 into 30 % and 70 %, the leftover cent to the larger remainder', () => {
    // 10001 × 0.30 = 3000.3 → 3000; 10001 × 0.70 = 7000.7 → 7000; 1 cent left → 0.7 > 0.3 → 7001.
    expect(
      splitInstallments(10001, [
        { dueDate: '2026-03-31', percent: '70' },
        { dueDate: '2026-02-28', percent: '30' },
      ]),
    ).toEqual([
      { dueDate: '2026-02-28', amount: 3000 },
      { dueDate: '2026-03-31', amount: 7001 },
    ]);
  });

  it('gives the leftover cent to the largest fractional share, the earlier installment on a tie', () => {
    const plan = ['2026-01-31', '2026-02-28', '2026-03-31'].map((dueDate) => ({
      dueDate,
      percent: '33.3333',
    }));
    plan[2] = { dueDate: '2026-03-31', percent: '33.3334' };
    // 10000 × .333333 = 3333.33, 3333.33, 3333.34 → 3333, 3333, 3333 + 1 to the largest remainder (.34).
    expect(splitInstallments(10000, plan).map((i) => i.amount)).toEqual([3333, 3333, 3334]);
    // 1.01 at 50/50: 50.5 each, a tie → the earlier due date gets the cent, whatever the input order.
    const half = (dueDate: string) => ({ dueDate, percent: '50' });
    expect(splitInstallments(101, [half('2026-02-01'), half('2026-01-01')]).map((i) => i.amount)).toEqual([
      51, 50,
    ]);
  });

  it('returns the whole total for a single due date, and handles JPY-sized totals and zero', () => {
    expect(splitInstallments(12345, { dueDate: '2026-05-31' })).toEqual([
      { dueDate: '2026-05-31', amount: 12345 },
    ]);
    expect(splitInstallments(0, [{ dueDate: '2026-05-31', percent: '100' }])).toEqual([
      { dueDate: '2026-05-31', amount: 0 },
    ]);
  });

  it('refuses percents that do not make 100, zero or malformed percents, bad dates and negative totals', () => {
    const d = '2026-01-31';
    expect(() => splitInstallments(100, [{ dueDate: d, percent: '99.99' }])).toThrow(/add up to 100/);
    expect(() =>
      splitInstallments(100, [
        { dueDate: d, percent: '100' },
        { dueDate: d, percent: '0' },
      ]),
    ).toThrow(/above 0/);
    expect(() => splitInstallments(100, [{ dueDate: d, percent: '1e2' }])).toThrow(/plain decimal/);
    expect(() => splitInstallments(100, [{ dueDate: '2026-02-30', percent: '100' }])).toThrow(
      /real YYYY-MM-DD/,
    );
    expect(() => splitInstallments(100, [])).toThrow(/at least one/);
    expect(() => splitInstallments(-1, { dueDate: d })).toThrow(/negative/);
    expect(() => splitInstallments(1.5, { dueDate: d })).toThrow(/safe integer/);
  });

  it('always sums to the total, in due-date order, each share within one unit of its exact value', () => {
    const plan = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 400 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((rows) => {
        // Weights in basis points forced to 10,000 in total: the last row takes up the slack.
        const total = rows.reduce((s, [w]) => s + w, 0);
        let used = 0;
        return rows.map(([w, day], i) => {
          const bp = i === rows.length - 1 ? 10_000 - used : Math.floor((w * 10_000) / total);
          used += bp;
          return { bp, dueDate: new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10) };
        });
      })
      .filter((rows) => rows.every((r) => r.bp > 0));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), plan, (total, rows) => {
        const result = splitInstallments(
          total,
          rows.map((r) => ({ dueDate: r.dueDate, percent: (r.bp / 100).toFixed(2) })),
        );
        expect(result.reduce((s, i) => s + i.amount, 0)).toBe(total);
        expect(result.length).toBe(rows.length);
        for (let i = 1; i < result.length; i += 1) {
          expect((result[i - 1]?.dueDate ?? '') <= (result[i]?.dueDate ?? '')).toBe(true);
        }
        for (const installment of result) expect(installment.amount).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
