// Conversions between decimal major-unit amounts and the integer minor units (cents) that Ordo stores.
import { minorUnits } from './currencies';
import { Dec, decimalRounding, toDec, type RoundingMode } from './decimal';

const MAX_SAFE = new Dec(Number.MAX_SAFE_INTEGER);

export function assertSafeMinor(n: number, label = 'amount'): void {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`${label} must be a safe integer number of minor units, got ${String(n)}`);
  }
}

// Beyond 2^53 a JS number silently loses cents, so we refuse rather than store a wrong amount.
function toSafeNumber(value: Dec, label: string): number {
  if (!value.isInteger() || value.abs().gt(MAX_SAFE)) {
    throw new RangeError(`${label} ${value.toString()} does not fit in a safe integer number of minor units`);
  }
  const n = value.toNumber();
  // Normalise −0 so equality checks (Object.is, toBe) never see two different zeros.
  return n === 0 ? 0 : n;
}

export function roundDecimal(value: Dec, places: number, mode: RoundingMode = 'half_up'): Dec {
  if (!Number.isInteger(places) || places < 0) {
    throw new RangeError(`places must be a non-negative integer, got ${String(places)}`);
  }
  const rounded = toDec(value).toDecimalPlaces(places, decimalRounding[mode]);
  return rounded.isZero() ? new Dec(0) : rounded;
}

export function toMinor(amount: Dec | string, currency: string, mode: RoundingMode = 'half_up'): number {
  const units = minorUnits(currency);
  // Round before scaling: toDecimalPlaces is exact at any length, whereas times() is bounded by the
  // 40-digit precision and could round twice for very long inputs.
  const rounded = roundDecimal(toDec(amount, 'amount'), units, mode);
  return toSafeNumber(rounded.times(new Dec(10).pow(units)), `amount ${currency}`);
}

export function minorToDecimalString(minor: number, currency: string): string {
  assertSafeMinor(minor);
  const units = minorUnits(currency);
  // String() of a safe integer is always plain digits, so this is pure digit shuffling with no float maths.
  const digits = String(Math.abs(minor)).padStart(units + 1, '0');
  const body = units === 0 ? digits : `${digits.slice(0, -units)}.${digits.slice(-units)}`;
  return minor < 0 ? `-${body}` : body;
}

export function fromMinor(minor: number, currency: string): Dec {
  return new Dec(minorToDecimalString(minor, currency));
}

export function addMinor(...values: number[]): number {
  let sum = new Dec(0);
  values.forEach((value, index) => {
    assertSafeMinor(value, `addMinor argument ${index}`);
    sum = sum.plus(value);
  });
  return toSafeNumber(sum, 'sum');
}
