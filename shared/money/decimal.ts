// A private decimal.js constructor for money maths, so no code path depends on (or can disturb) the
// library's global configuration.
import Decimal from 'decimal.js';

// toExpNeg/toExpPos keep toString() in plain notation for every amount we handle, never "1e+21".
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = Decimal;

export type RoundingMode = 'half_up' | 'half_even';

// decimal.js's ROUND_HALF_UP rounds ties away from zero, which is what accounting calls "half up"
// (−0.125 → −0.13), so negative amounts mirror positive ones.
export const decimalRounding: Readonly<Record<RoundingMode, Decimal.Rounding>> = Object.freeze({
  half_up: Decimal.ROUND_HALF_UP,
  half_even: Decimal.ROUND_HALF_EVEN,
});

const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** True for plain decimal notation such as "-12.50": no exponent, hex, grouping, NaN or Infinity. */
export function isPlainDecimal(text: string): boolean {
  return PLAIN_DECIMAL.test(text);
}

/**
 * Converts trusted input to a Dec, accepting only plain decimal notation: decimal.js would otherwise also
 * take "1e5", "0x1F", "Infinity" and "NaN", none of which may ever reach a ledger.
 */
export function toDec(value: Dec | string | number, label = 'value'): Dec {
  if (value instanceof Dec) {
    if (!value.isFinite()) throw new RangeError(`${label} must be a finite number, got ${value.toString()}`);
    // Re-wrapping binds the value to Dec's settings even if it was built by another decimal.js constructor.
    return new Dec(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${label} must be a finite number, got ${value}`);
    return new Dec(value);
  }
  const text = value.trim();
  if (!isPlainDecimal(text)) throw new TypeError(`${label} must be a plain decimal string, got "${value}"`);
  return new Dec(text);
}

/** One spelling per value ("012.50" → "12.5", "7.50" → "7.5", "-0" → "0"), so equal decimals compare equal. */
export function canonicalDecimal(text: string): string {
  const value = toDec(text);
  return value.isZero() ? '0' : value.toFixed();
}
