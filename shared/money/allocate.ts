// Splits an integer minor-unit total into proportional parts that always sum back to the total exactly
// (largest-remainder method), e.g. for spreading a discount or freight over invoice lines.
import { type Dec, toDec } from './decimal';
import { assertSafeMinor } from './minor';

/**
 * Scales every weight by the same power of ten so they become exact integers; the whole split then runs
 * in BigInt, where products and remainders are exact no matter how many digits the weights carry.
 */
function scaledWeights(weights: readonly (number | string | Dec)[]): bigint[] {
  const decimals = weights.map((weight, index) => {
    const value = toDec(weight, `weight ${index}`);
    if (value.isNegative() && !value.isZero()) {
      throw new RangeError(`weight ${index} must not be negative, got ${value.toString()}`);
    }
    return value.abs();
  });
  const places = decimals.reduce((max, value) => Math.max(max, value.decimalPlaces()), 0);
  // toFixed is exact in decimal.js (not bounded by precision), so dropping the point scales without loss.
  return decimals.map((value) => BigInt(value.toFixed(places).replace('.', '')));
}

export function allocate(totalMinor: number, weights: readonly (number | string | Dec)[]): number[] {
  assertSafeMinor(totalMinor, 'totalMinor');
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  const scaled = scaledWeights(weights);
  const weightSum = scaled.reduce((sum, weight) => sum + weight, 0n);
  if (weightSum === 0n) throw new RangeError('allocate needs at least one non-zero weight');

  // Work on the magnitude and re-apply the sign, so allocate(-t, w) is exactly -allocate(t, w).
  const negative = totalMinor < 0;
  const total = BigInt(Math.abs(totalMinor));
  const floors = scaled.map((weight) => (total * weight) / weightSum);
  const remainders = scaled.map((weight) => (total * weight) % weightSum);
  let leftover = total - floors.reduce((sum, part) => sum + part, 0n);

  // Largest remainder first, lowest index on ties. Zero weights have remainder 0 and leftover never
  // exceeds the count of non-zero remainders, so they can never receive an extra unit.
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const parts = [...floors];
  for (const { index } of order) {
    if (leftover === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return parts.map((part) => Number(negative ? -part : part));
}

export function splitEvenly(totalMinor: number, n: number): number[] {
  if (!Number.isSafeInteger(n) || n < 1)
    throw new RangeError(`n must be a positive integer, got ${String(n)}`);
  return allocate(totalMinor, new Array<number>(n).fill(1));
}
