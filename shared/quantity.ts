// Quantities as exact integers in ten-thousandths ("e4"): "1.5" is 15000. SQL can sum them exactly and
// no binary float ever touches a quantity that multiplies money.
import { Dec, isPlainDecimal } from './money';

export const QTY_SCALE = 4;
const QTY_FACTOR = 10 ** QTY_SCALE;
const MAX_QUANTITY = new Dec(Number.MAX_SAFE_INTEGER).div(QTY_FACTOR);

function assertSafeQuantity(e4: number, label: string): void {
  if (!Number.isSafeInteger(e4)) {
    throw new RangeError(`${label} must be a whole number of ten-thousandths, got ${String(e4)}`);
  }
}

/**
 * "1.5" → 15000. Plain decimal notation only (no exponent, grouping or locale separators: use the money
 * module's parseDecimal for user input first). Trailing zeros beyond four decimals are harmless ("1.50000").
 */
export function parseQuantity(text: string): number {
  const trimmed = text.trim();
  if (!isPlainDecimal(trimmed)) {
    throw new TypeError(`Quantity must be a plain decimal number such as "1.5", got "${text}"`);
  }
  const value = new Dec(trimmed);
  if (value.decimalPlaces() > QTY_SCALE) {
    throw new RangeError(`Quantity "${text}" has more than ${QTY_SCALE} decimals`);
  }
  // Checked before scaling so the multiplication below is always exact within Dec's precision.
  if (value.abs().gt(MAX_QUANTITY)) {
    throw new RangeError(`Quantity "${text}" is too large`);
  }
  const e4 = value.times(QTY_FACTOR).toNumber();
  return e4 === 0 ? 0 : e4;
}

/** 15000 → "1.5", 20000 → "2", -1 → "-0.0001": shortest exact decimal, never "-0". */
export function formatQuantity(e4: number): string {
  assertSafeQuantity(e4, 'quantity');
  // Digit shuffling on the integer's own text: no division, so nothing can round.
  const digits = String(Math.abs(e4)).padStart(QTY_SCALE + 1, '0');
  const whole = digits.slice(0, -QTY_SCALE);
  const fraction = digits.slice(-QTY_SCALE).replace(/0+$/, '');
  const body = fraction === '' ? whole : `${whole}.${fraction}`;
  return e4 < 0 ? `-${body}` : body;
}

export function quantityToDec(e4: number): Dec {
  return new Dec(formatQuantity(e4));
}
