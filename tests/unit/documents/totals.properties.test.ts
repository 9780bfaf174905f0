// Property tests: for random documents every sum ties exactly, and amounts and taxes match an independent
// reference computed with BigInt rationals (no decimal.js), in every rounding and tax mode.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTotals, type TotalsLine, type TotalsOptions } from '../../../shared/documents/totals';
import type { RoundingMode } from '../../../shared/money';

const RATES = [
  { taxRateId: 1, taxPercent: '20', e4: 200_000n },
  { taxRateId: 2, taxPercent: '7.7', e4: 77_000n },
  { taxRateId: 3, taxPercent: '19', e4: 190_000n },
  { taxRateId: 4, taxPercent: '5.5', e4: 55_000n },
  { taxRateId: 5, taxPercent: '0', e4: 0n },
  { taxRateId: null, taxPercent: '0', e4: 0n },
  { taxRateId: 6, taxPercent: '2.5', e4: 25_000n },
] as const;
const MINOR = { EUR: 2, JPY: 0, KWD: 3 } as const;

interface GenLine {
  kind: TotalsLine['kind'];
  quantity: number;
  priceE6: number;
  rate: number;
  discount: { type: 'none' } | { type: 'percent'; e4: number } | { type: 'amount'; permille: number };
}

const genLine: fc.Arbitrary<GenLine> = fc.record({
  kind: fc.constantFrom('product', 'text', 'fee'),
  quantity: fc.oneof(
    fc.integer({ min: 1, max: 10_000_000 }),
    fc.integer({ min: 1, max: 50 }).map((n) => n * 10_000),
  ),
  priceE6: fc.oneof(
    fc.integer({ min: 0, max: 1_000_000_000 }),
    fc.integer({ min: 0, max: 10_000 }).map((n) => n * 10_000),
  ),
  rate: fc.integer({ min: 0, max: RATES.length - 1 }),
  discount: fc.oneof(
    fc.constant({ type: 'none' as const }),
    fc.integer({ min: 0, max: 1_000_000 }).map((e4) => ({ type: 'percent' as const, e4 })),
    fc.integer({ min: 0, max: 1000 }).map((permille) => ({ type: 'amount' as const, permille })),
  ),
});

const genOptions: fc.Arbitrary<TotalsOptions> = fc.record({
  currency: fc.constantFrom('EUR', 'JPY', 'KWD'),
  roundingMode: fc.constantFrom<RoundingMode>('half_up', 'half_even'),
  taxRounding: fc.constantFrom<TotalsOptions['taxRounding']>('line', 'document'),
  pricesIncludeTax: fc.boolean(),
});

const genLines = fc.array(genLine, { minLength: 1, maxLength: 30 });

function decimalText(scaled: bigint, places: number): string {
  const digits = scaled.toString().padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** Rounds num / den (both ≥ 0) to an integer, ties up or to even. */
function roundDiv(num: bigint, den: bigint, mode: RoundingMode): bigint {
  const quotient = num / den;
  const twice = (num % den) * 2n;
  if (twice > den || (twice === den && (mode === 'half_up' || quotient % 2n === 1n))) return quotient + 1n;
  return quotient;
}

/** Amounts in 10^-10 major units: quantity (4 decimals) × price (6 decimals) is an exact integer there. */
function reference(gen: GenLine, options: TotalsOptions) {
  const scale = 10n ** BigInt(10 - MINOR[options.currency as keyof typeof MINOR]);
  const exact = BigInt(gen.quantity) * BigInt(gen.priceE6);
  const amount = roundDiv(exact, scale, options.roundingMode);
  let priced = amount;
  let discountAmount: number | null = null;
  if (gen.discount.type === 'percent') {
    priced = roundDiv(
      exact * (1_000_000n - BigInt(gen.discount.e4)),
      scale * 1_000_000n,
      options.roundingMode,
    );
  } else if (gen.discount.type === 'amount') {
    const off = ((exact / scale) * BigInt(gen.discount.permille)) / 1000n;
    discountAmount = Number(off);
    priced = roundDiv(exact - off * scale, scale, options.roundingMode);
  }
  const rate = RATES[gen.rate] ?? RATES[0];
  const line: TotalsLine = {
    kind: gen.kind,
    quantity: gen.quantity,
    unitPrice: decimalText(BigInt(gen.priceE6), 6),
    discountPercent: gen.discount.type === 'percent' ? decimalText(BigInt(gen.discount.e4), 4) : null,
    discountAmount,
    taxRateId: rate.taxRateId,
    taxPercent: rate.taxPercent,
  };
  return { line, amount, priced, rate };
}

function exactTax(priced: bigint, rateE4: bigint, options: TotalsOptions): bigint {
  const divisor = options.pricesIncludeTax ? 1_000_000n + rateE4 : 1_000_000n;
  return roundDiv(priced * rateE4, divisor, options.roundingMode);
}

describe('computeTotals properties', () => {
  it('ties every sum exactly and matches the BigInt reference', () => {
    fc.assert(
      fc.property(genLines, genOptions, (gens, options) => {
        const refs = gens.map((gen) => reference(gen, options));
        const totals = computeTotals(
          refs.map((ref) => ref.line),
          options,
        );
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

        totals.lines.forEach((line, index) => {
          const ref = refs[index];
          expect(BigInt(line.amount)).toBe(ref?.amount);
          expect(BigInt(line.amount - line.discount)).toBe(ref?.priced);
          expect(line.net + line.tax).toBe(line.gross);
          expect(options.pricesIncludeTax ? line.gross : line.net).toBe(line.amount - line.discount);
          for (const value of Object.values(line)) {
            expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
          }
          if (options.taxRounding === 'line' && ref) {
            expect(BigInt(line.tax)).toBe(exactTax(ref.priced, ref.rate.e4, options));
          }
        });

        expect(sum(totals.lines.map((l) => l.net))).toBe(totals.net);
        expect(sum(totals.lines.map((l) => l.tax))).toBe(totals.tax);
        expect(sum(totals.lines.map((l) => l.discount))).toBe(totals.discount);
        expect(sum(totals.taxes.map((t) => t.base))).toBe(totals.net);
        expect(sum(totals.taxes.map((t) => t.tax))).toBe(totals.tax);
        expect(totals.net + totals.tax).toBe(totals.total);
        expect(totals.total).toBeGreaterThanOrEqual(0);
        expect(totals.fees).toBe(
          sum(totals.lines.filter((_, i) => gens[i]?.kind === 'fee').map((l) => l.net)),
        );

        // One tax row per rate used, sorted by percent descending then id (no rate last).
        const used = new Set(refs.map((ref) => ref.rate));
        expect(totals.taxes).toHaveLength(used.size);
        const order = [...used]
          .sort((a, b) => Number(b.e4 - a.e4) || (a.taxRateId ?? Infinity) - (b.taxRateId ?? Infinity))
          .map((rate) => [rate.taxRateId, rate.taxPercent]);
        expect(totals.taxes.map((t) => [t.taxRateId, t.taxPercent])).toEqual(order);

        if (options.taxRounding === 'document') {
          for (const rate of used) {
            const priced = refs.filter((ref) => ref.rate === rate).reduce((s, ref) => s + ref.priced, 0n);
            const row = totals.taxes.find((t) => t.taxRateId === rate.taxRateId);
            expect(BigInt(row?.tax ?? -1)).toBe(exactTax(priced, rate.e4, options));
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('per-document and per-line tax differ by at most one minor unit per line', () => {
    fc.assert(
      fc.property(genLines, genOptions, (gens, options) => {
        const lines = gens.map((gen) => reference(gen, options).line);
        const perLine = computeTotals(lines, { ...options, taxRounding: 'line' });
        const perDocument = computeTotals(lines, { ...options, taxRounding: 'document' });
        expect(Math.abs(perLine.tax - perDocument.tax)).toBeLessThanOrEqual(lines.length);
        // Rounding the tax differently never changes what the customer was priced.
        const priced = perLine.lines.map((l) => l.amount - l.discount);
        expect(perDocument.lines.map((l) => l.amount - l.discount)).toEqual(priced);
        if (options.pricesIncludeTax) expect(perDocument.total).toBe(perLine.total);
        else expect(perDocument.net).toBe(perLine.net);
      }),
      { numRuns: 400 },
    );
  });

  it('line order does not change the totals (only the tie-breaks between lines)', () => {
    fc.assert(
      fc.property(genLines, genOptions, (gens, options) => {
        const lines = gens.map((gen) => reference(gen, options).line);
        const forward = computeTotals(lines, options);
        const backward = computeTotals([...lines].reverse(), options);
        expect(backward.taxes).toEqual(forward.taxes.map((t) => ({ ...t })));
        // `fees` is the net of the fee lines: when per-document tax hands its odd cents out by line order, a fee
        // line may get or lose one of them, so it can move by at most one cent per rate; everything else is fixed.
        expect({ ...backward, lines: [], fees: 0 }).toEqual({ ...forward, lines: [], fees: 0 });
        expect(Math.abs(backward.fees - forward.fees)).toBeLessThanOrEqual(forward.taxes.length);
      }),
      { numRuns: 200 },
    );
  });
});
