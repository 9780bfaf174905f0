// Credit exposure: the documented sum, its guards, and linearity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExposureParts, totalExposure } from '../../../shared/credit/exposure';

const parts = (p: Partial<ExposureParts> = {}): ExposureParts => ({
  openReceivables: 0,
  confirmedNotShipped: 0,
  shippedNotInvoiced: 0,
  unappliedCredits: 0,
  ...p,
});

describe('totalExposure', () => {
  it('adds what is owed and committed and subtracts unapplied credits', () => {
    // 1,200.00 open + 300.00 confirmed + 45.50 shipped − 100.00 credit = 1,445.50
    expect(
      totalExposure({
        openReceivables: 120_000,
        confirmedNotShipped: 30_000,
        shippedNotInvoiced: 4_550,
        unappliedCredits: 10_000,
      }),
    ).toBe(144_550);
    expect(totalExposure(parts())).toBe(0);
  });

  it('goes negative when credits exceed everything else', () => {
    expect(totalExposure(parts({ openReceivables: 500, unappliedCredits: 2_000 }))).toBe(-1_500);
  });

  it('refuses negative, fractional and unsafe parts', () => {
    expect(() => totalExposure(parts({ unappliedCredits: -1 }))).toThrow(/unappliedCredits must be/);
    expect(() => totalExposure(parts({ openReceivables: 1.5 }))).toThrow(/openReceivables must be/);
    expect(() => totalExposure(parts({ confirmedNotShipped: Number.NaN }))).toThrow(/confirmedNotShipped/);
    expect(() => totalExposure(parts({ shippedNotInvoiced: 2 ** 53 }))).toThrow(/shippedNotInvoiced/);
  });

  it('refuses a sum beyond a safe integer', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(() => totalExposure(parts({ openReceivables: max, confirmedNotShipped: 1 }))).toThrow(
      /safe integer/,
    );
  });

  it('is linear: the exposure of summed parts is the sum of exposures', () => {
    const amount = fc.integer({ min: 0, max: 10 ** 12 });
    const genParts = fc.record({
      openReceivables: amount,
      confirmedNotShipped: amount,
      shippedNotInvoiced: amount,
      unappliedCredits: amount,
    });
    fc.assert(
      fc.property(genParts, genParts, (a, b) => {
        const summed: ExposureParts = {
          openReceivables: a.openReceivables + b.openReceivables,
          confirmedNotShipped: a.confirmedNotShipped + b.confirmedNotShipped,
          shippedNotInvoiced: a.shippedNotInvoiced + b.shippedNotInvoiced,
          unappliedCredits: a.unappliedCredits + b.unappliedCredits,
        };
        expect(totalExposure(summed)).toBe(totalExposure(a) + totalExposure(b));
      }),
      { numRuns: 500 },
    );
  });
});
