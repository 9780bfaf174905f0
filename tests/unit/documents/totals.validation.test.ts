// Bad lines fail loudly with a field path and a message that says what to change; overflow never wraps.
import { describe, expect, it } from 'vitest';
import { computeTotals, type TotalsLine } from '../../../shared/documents/totals';
import { OrdoError } from '../../../shared/errors';
import { line, options } from './totalsFixtures';

function failure(lines: TotalsLine[], currency = 'EUR'): OrdoError {
  try {
    computeTotals(lines, options({ currency }));
  } catch (error) {
    if (error instanceof OrdoError) return error;
    throw error;
  }
  throw new Error('expected computeTotals to throw');
}

function fieldOf(error: OrdoError): string | undefined {
  return error.details.fields?.[0]?.path;
}

describe('computeTotals validation', () => {
  it('refuses a discount amount larger than the line amount, but allows an equal one', () => {
    // 3 × 0.50 = 1.50: 1.51 off is too much, 1.50 off leaves a zero line.
    const tooMuch = failure([line({ quantity: 30_000, unitPrice: '0.50', discountAmount: 151 })]);
    expect(tooMuch.code).toBe('VALIDATION');
    expect(tooMuch.message).toMatch(/Line 1: the discount is larger than the line amount/);
    expect(fieldOf(tooMuch)).toBe('lines.0.discountAmount');
    const exact = computeTotals(
      [line({ quantity: 30_000, unitPrice: '0.50', discountAmount: 150 })],
      options(),
    );
    expect(exact.lines).toEqual([{ amount: 150, discount: 150, net: 0, tax: 0, gross: 0 }]);
  });

  it('compares the discount with the exact amount, not the rounded one', () => {
    // 1 × 0.004 = 0.004 rounds to 0.00 but is still more than nothing: 0.01 off exceeds it.
    expect(fieldOf(failure([line({ unitPrice: '0.004', discountAmount: 1 })]))).toBe(
      'lines.0.discountAmount',
    );
  });

  it('takes 100 % off completely', () => {
    const totals = computeTotals([line({ unitPrice: '12.34', discountPercent: '100' })], options());
    expect(totals.lines).toEqual([{ amount: 1234, discount: 1234, net: 0, tax: 0, gross: 0 }]);
  });

  it('refuses both kinds of discount on one line', () => {
    const error = failure([line({ discountPercent: '5', discountAmount: 10 })]);
    expect(fieldOf(error)).toBe('lines.0.discountAmount');
    expect(error.message).toMatch(/either a discount percentage or an amount/);
  });

  it.each([
    ['quantity 0', line({ quantity: 0 }), 'lines.0.quantity'],
    ['negative quantity', line({ quantity: -10_000 }), 'lines.0.quantity'],
    ['fractional quantity', line({ quantity: 1.5 }), 'lines.0.quantity'],
    ['negative price', line({ unitPrice: '-1' }), 'lines.0.unitPrice'],
    ['price with 7 decimals', line({ unitPrice: '0.1234567' }), 'lines.0.unitPrice'],
    ['price in exponent form', line({ unitPrice: '1e2' }), 'lines.0.unitPrice'],
    ['discount over 100 %', line({ discountPercent: '100.0001' }), 'lines.0.discountPercent'],
    ['discount with 5 decimals', line({ discountPercent: '1.00001' }), 'lines.0.discountPercent'],
    ['negative discount amount', line({ discountAmount: -1 }), 'lines.0.discountAmount'],
    ['tax over 100 %', line({ taxPercent: '101' }), 'lines.0.taxPercent'],
    ['non-numeric tax', line({ taxPercent: 'abc' }), 'lines.0.taxPercent'],
    ['tax without a rate', line({ taxRateId: null, taxPercent: '20' }), 'lines.0.taxPercent'],
    ['bad rate id', line({ taxRateId: 0 }), 'lines.0.taxRateId'],
    ['unknown kind', line({ kind: 'bogus' as TotalsLine['kind'] }), 'lines.0.kind'],
  ])('refuses %s', (_label, bad, path) => {
    expect(fieldOf(failure([line(), bad]))?.replace('lines.1', 'lines.0')).toBe(path);
  });

  it('accepts trailing zeros beyond the scale when the value fits', () => {
    const totals = computeTotals(
      [line({ unitPrice: '1.50000000', discountPercent: '10.000000' })],
      options(),
    );
    expect(totals.lines[0]).toEqual({ amount: 150, discount: 15, net: 135, tax: 27, gross: 162 });
  });

  it('refuses an unknown currency', () => {
    expect(() => computeTotals([line()], options({ currency: 'XXX' }))).toThrow(/Unknown currency code/);
  });

  it('refuses line amounts beyond a safe integer of minor units', () => {
    // 900719925474.0991 × 10 = 9007199254740.991 EUR = 900719925474099.1 cents: fits. × 1000 does not.
    const max = Number.MAX_SAFE_INTEGER;
    const fits = computeTotals([line({ quantity: max, unitPrice: '10', taxPercent: '0' })], options());
    expect(fits.net).toBe(900719925474099);
    const error = failure([line({ quantity: max, unitPrice: '1000' })]);
    expect(error.message).toMatch(/too large to store/);
    expect(fieldOf(error)).toBe('lines.0.quantity');
    const huge = failure([line({ unitPrice: `${'9'.repeat(45)}` })]);
    expect(huge.message).toMatch(/too large to store/);
  });

  it('refuses sums beyond a safe integer instead of losing cents', () => {
    // Each line is 9·10^13 EUR = 9·10^15 cents (safe); two of them are not, nor is one plus 20 % tax.
    const big = line({ unitPrice: '90000000000000', taxPercent: '0' });
    expect(computeTotals([big], options()).total).toBe(9_000_000_000_000_000);
    expect(() => computeTotals([big, big], options())).toThrow(/safe integer/);
    expect(() => computeTotals([{ ...big, taxPercent: '20' }], options())).toThrow(/safe integer/);
  });
});
