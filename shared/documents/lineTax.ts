// Tax per line and per rate, rounded per line or once per rate per document, for tax-exclusive or
// tax-inclusive prices. Per-document tax is spread back over its lines so every sum ties exactly.
import { addMinor, allocate, Dec, fromMinor, type RoundingMode } from '../money';
import { type LineAmount, roundToMinor } from './lineAmount';

export type TaxRounding = 'line' | 'document';

export interface TaxPolicy {
  currency: string;
  roundingMode: RoundingMode;
  taxRounding: TaxRounding;
  pricesIncludeTax: boolean;
}

/** Lines sharing one tax rate (same rate id and same percent). */
export interface RateGroup {
  taxRateId: number | null;
  taxPercent: string;
  rate: Dec;
  lineIndexes: number[];
}

const HUNDRED = new Dec(100);

export function groupByRate(
  lines: readonly LineAmount[],
  taxRateIds: readonly (number | null)[],
): RateGroup[] {
  const groups = new Map<string, RateGroup>();
  lines.forEach((line, index) => {
    const taxRateId = taxRateIds[index] ?? null;
    // Deductions (negative lines) get a group of their own: per-document tax is then rounded once for
    // the billed lines and once for the deducted ones, so a deduction takes off exactly what was taxed.
    const key = `${taxRateId ?? '-'}|${line.taxPercent}|${line.priced < 0 ? '-' : '+'}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { taxRateId, taxPercent: line.taxPercent, rate: line.rate, lineIndexes: [index] });
    } else {
      group.lineIndexes.push(index);
    }
  });
  return [...groups.values()];
}

/**
 * Exact tax on a priced amount: on top of it (× pct / 100) or contained in it (× pct / (100 + pct)).
 * The inclusive quotient may not terminate, but a true tie at the minor unit is a short decimal that Dec
 * holds exactly, and a non-tie lies at least 1 / (2 × (100 + pct) × 10^4) of a minor unit away from one,
 * far beyond the 40th digit, so rounding the 40-digit quotient gives the same result as the exact one.
 */
function exactTax(pricedMinor: number, rate: Dec, policy: TaxPolicy): Dec {
  const priced = fromMinor(pricedMinor, policy.currency);
  const divisor = policy.pricesIncludeTax ? HUNDRED.plus(rate) : HUNDRED;
  return priced.times(rate).div(divisor);
}

function roundTax(exact: Dec, policy: TaxPolicy, path: string): number {
  return roundToMinor(exact, policy.currency, policy.roundingMode, path);
}

/** Tax of each line, in line order; the sum over a rate's lines is that rate's tax. */
export function computeLineTaxes(
  lines: readonly LineAmount[],
  groups: readonly RateGroup[],
  policy: TaxPolicy,
): number[] {
  const taxes = lines.map(() => 0);
  for (const group of groups) {
    if (policy.taxRounding === 'line') {
      for (const index of group.lineIndexes) {
        const priced = lines[index]?.priced ?? 0;
        taxes[index] = roundTax(exactTax(priced, group.rate, policy), policy, `lines.${index}.taxPercent`);
      }
      continue;
    }
    // Σ of unrounded line taxes at one rate = (Σ priced) × the rate's factor: one exact product, one rounding.
    const pricedAmounts = group.lineIndexes.map((index) => lines[index]?.priced ?? 0);
    const pricedSum = pricedAmounts.reduce((sum, priced) => addMinor(sum, priced), 0);
    const first = group.lineIndexes[0] ?? 0;
    const groupTax = roundTax(exactTax(pricedSum, group.rate, policy), policy, `lines.${first}.taxPercent`);
    if (groupTax === 0) continue;
    // Weighted by priced amount (net when exclusive, gross when inclusive): both are proportional to the
    // lines' unrounded tax at a single rate.
    allocate(
      groupTax,
      pricedAmounts.map((priced) => Math.abs(priced)),
    ).forEach((share, position) => {
      const index = group.lineIndexes[position];
      if (index !== undefined) taxes[index] = share;
    });
  }
  return taxes;
}
