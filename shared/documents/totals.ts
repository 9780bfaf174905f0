// Document totals for orders, quotes and invoices: exact line amounts, one rounding per line total, tax per
// line or per document, and sums that tie exactly (Σ lines = totals = Σ tax rates).
import { addMinor, Dec, type RoundingMode } from '../money';
import { computeLineAmount, type TotalsLine } from './lineAmount';
import { computeLineTaxes, groupByRate, type TaxRounding } from './lineTax';

export type { TotalsLine } from './lineAmount';
export type { TaxRounding } from './lineTax';

export interface TotalsOptions {
  /** ISO 4217 code; decides the minor unit (JPY 0, EUR 2, KWD 3). */
  currency: string;
  roundingMode: RoundingMode;
  taxRounding: TaxRounding;
  pricesIncludeTax: boolean;
  /** Document discount % on goods and text lines; null or omitted: none. */
  documentDiscountPercent?: string | null;
}

/**
 * Minor units. amount − discount is the rounded line total as priced: the net when prices exclude tax,
 * the gross when they include it. Always net + tax = gross.
 */
export interface LineTotals {
  amount: number;
  discount: number;
  net: number;
  tax: number;
  gross: number;
}

export interface TaxTotal {
  taxRateId: number | null;
  /** Normalised decimal ("20.00" → "20"). */
  taxPercent: string;
  base: number;
  tax: number;
}

export interface DocumentTotals {
  lines: LineTotals[];
  /** Highest percent first, then by tax rate id (lines without a rate last). */
  taxes: TaxTotal[];
  net: number;
  tax: number;
  /** Net of the fee lines (shipping, handling…), already included in net. */
  fees: number;
  total: number;
  /** Σ line discounts, already taken off net. */
  discount: number;
}

function sumMinor(values: readonly number[]): number {
  return values.reduce((sum, value) => addMinor(sum, value), 0);
}

/** The order taxes are listed in: highest percent first, then by tax rate id, lines without a rate last. */
export function compareTaxTotals(
  a: Pick<TaxTotal, 'taxPercent' | 'taxRateId'>,
  b: Pick<TaxTotal, 'taxPercent' | 'taxRateId'>,
): number {
  const byPercent = new Dec(b.taxPercent).comparedTo(a.taxPercent);
  if (byPercent !== 0) return byPercent;
  if (a.taxRateId === b.taxRateId) return 0;
  if (a.taxRateId === null) return 1;
  if (b.taxRateId === null) return -1;
  return a.taxRateId - b.taxRateId;
}

export function computeTotals(lines: readonly TotalsLine[], options: TotalsOptions): DocumentTotals {
  const { currency, roundingMode } = options;
  const amounts = lines.map((line, index) =>
    computeLineAmount(line, index, currency, roundingMode, options.documentDiscountPercent ?? null),
  );
  const groups = groupByRate(
    amounts,
    lines.map((line) => line.taxRateId),
  );
  const taxes = computeLineTaxes(amounts, groups, options);

  const lineTotals: LineTotals[] = amounts.map((line, index) => {
    const tax = taxes[index] ?? 0;
    // Exclusive: the priced total is the net and tax comes on top; inclusive: it is the gross and
    // the tax was extracted from it. Either way net + tax = gross holds by construction.
    const net = options.pricesIncludeTax ? line.priced - tax : line.priced;
    const gross = addMinor(net, tax);
    return { amount: line.amount, discount: line.discount, net, tax, gross };
  });

  const byRate = new Map<string, TaxTotal>();
  groups
    .map((group): TaxTotal => {
      const inGroup = group.lineIndexes.map((index) => lineTotals[index]);
      return {
        taxRateId: group.taxRateId,
        taxPercent: group.taxPercent,
        base: sumMinor(inGroup.map((line) => line?.net ?? 0)),
        tax: sumMinor(inGroup.map((line) => line?.tax ?? 0)),
      };
    })
    .forEach((total) => {
      // A rate's billed and deducted groups are listed as one row.
      const key = `${total.taxRateId ?? '-'}|${total.taxPercent}`;
      const seen = byRate.get(key);
      if (seen === undefined) byRate.set(key, total);
      else
        byRate.set(key, {
          ...seen,
          base: addMinor(seen.base, total.base),
          tax: addMinor(seen.tax, total.tax),
        });
    });
  const taxTotals = [...byRate.values()].sort(compareTaxTotals);

  const net = sumMinor(lineTotals.map((line) => line.net));
  const tax = sumMinor(lineTotals.map((line) => line.tax));
  return {
    lines: lineTotals,
    taxes: taxTotals,
    net,
    tax,
    fees: sumMinor(lineTotals.filter((_, index) => lines[index]?.kind === 'fee').map((line) => line.net)),
    total: addMinor(net, tax),
    discount: sumMinor(lineTotals.map((line) => line.discount)),
  };
}
