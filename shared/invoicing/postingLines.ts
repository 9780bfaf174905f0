// The journal lines of a posted invoice (Dr AR gross / Cr revenue per account / Cr tax per rate), in
// document and base currency, with the base rounding difference as an explicit line.
import {
  assertSafeMinor,
  Dec,
  decimalRounding,
  isPlainDecimal,
  minorUnits,
  type RoundingMode,
} from '../money';

export interface RevenueTotal {
  accountId: number;
  /** Net in minor units of the document currency (Σ of computeTotals line nets booked to this account). */
  net: number;
}

export interface TaxTotalByRate {
  taxRateId: number | null;
  /** The tax-payable account of this rate. */
  accountId: number;
  tax: number;
}

export type PostingRole = 'ar' | 'revenue' | 'tax' | 'rounding';

/**
 * Signed minor units: debit positive, credit negative (the sign convention of electron/ledger). Only the
 * AR line carries the customer.
 */
export interface PostingLine {
  role: PostingRole;
  accountId: number;
  taxRateId: number | null;
  customerId: number | null;
  amount: number;
  amountBase: number;
}

export interface Conversion {
  currency: string;
  baseCurrency: string;
  /** Base-currency units per one unit of document currency, a plain decimal string above 0. */
  fxRate: string;
  roundingMode: RoundingMode;
}

export interface InvoicePostingInput extends Omit<Conversion, 'roundingMode'> {
  roundingMode?: RoundingMode;
  customerId: number;
  arAccountId: number;
  /** Receives the base-currency rounding difference (amount 0 in document currency). */
  roundingAccountId: number;
  /** One row per revenue account. */
  revenue: readonly RevenueTotal[];
  /** One row per tax rate. */
  taxes: readonly TaxTotalByRate[];
}

export interface Posting extends Conversion {
  customerId: number;
  arAccountId: number;
  roundingAccountId: number;
  /** AR, revenue and tax lines (zero amounts left out), then the rounding line when base needed one. */
  lines: PostingLine[];
}

/**
 * round(amount × fxRate × 10^(base minor units − document minor units)), each line on its own, in the
 * company's rounding mode (ties away from zero for half-up, so signs mirror). Identical to the ledger's
 * toBase, so an entry re-converted by postEntry gets the same base amounts.
 */
export function convertToBase(
  amount: number,
  c: Omit<Conversion, 'roundingMode'>,
  mode: RoundingMode,
): number {
  assertSafeMinor(amount);
  const rate = c.fxRate.trim();
  if (!isPlainDecimal(rate) || new Dec(rate).lte(0)) {
    throw new RangeError(`fxRate must be a plain decimal above 0, got "${c.fxRate}"`);
  }
  const scale = new Dec(10).pow(minorUnits(c.baseCurrency) - minorUnits(c.currency));
  const base = new Dec(amount).times(rate).times(scale).toDecimalPlaces(0, decimalRounding[mode]);
  const n = base.toNumber();
  if (!Number.isSafeInteger(n)) throw new RangeError(`Base amount of ${amount} is too large`);
  return n === 0 ? 0 : n;
}

export type DocLine = Omit<PostingLine, 'amountBase'>;

/** Converts document lines to base and appends the rounding line that makes base balance too. */
export function balancePosting(lines: readonly DocLine[], head: Omit<Posting, 'lines'>): Posting {
  const docSum = lines.reduce((sum, line) => sum + BigInt(line.amount), 0n);
  if (docSum !== 0n) throw new RangeError(`Document lines do not balance: off by ${docSum.toString()}`);
  const converted = lines
    .filter((line) => line.amount !== 0)
    .map((line) => ({ ...line, amountBase: convertToBase(line.amount, head, head.roundingMode) }));
  const baseSum = converted.reduce((sum, line) => sum + BigInt(line.amountBase), 0n);
  if (baseSum !== 0n) {
    converted.push({
      role: 'rounding',
      accountId: head.roundingAccountId,
      taxRateId: null,
      customerId: null,
      amount: 0,
      amountBase: Number(-baseSum),
    });
  }
  return { ...head, lines: converted };
}

function assertUnique<T>(rows: readonly T[], key: (row: T) => unknown, what: string): void {
  const seen = new Set<unknown>();
  for (const row of rows) {
    if (seen.has(key(row)))
      throw new RangeError(`${what} ${String(key(row))} is listed twice; group it first`);
    seen.add(key(row));
  }
}

/**
 * The posting of an invoice. Revenue and tax may be negative per row (e.g. a deposit deduction line),
 * but the gross must not be: a negative invoice is a credit note. A zero invoice yields no lines.
 */
export function invoicePostingLines(input: InvoicePostingInput): Posting {
  assertUnique(input.revenue, (r) => r.accountId, 'Revenue account');
  assertUnique(input.taxes, (t) => t.taxRateId, 'Tax rate');
  input.revenue.forEach((r) => assertSafeMinor(r.net, `net of account ${r.accountId}`));
  input.taxes.forEach((t) => assertSafeMinor(t.tax, `tax of rate ${String(t.taxRateId)}`));
  const gross = [...input.revenue.map((r) => r.net), ...input.taxes.map((t) => t.tax)].reduce(
    (sum, v) => sum + BigInt(v),
    0n,
  );
  if (gross < 0n) throw new RangeError(`An invoice cannot total below 0 (got ${gross.toString()})`);
  assertSafeMinor(Number(gross), 'invoice total');
  const customerId = input.customerId;
  const ar: DocLine = {
    role: 'ar',
    accountId: input.arAccountId,
    taxRateId: null,
    customerId,
    amount: Number(gross),
  };
  const lines: DocLine[] = [
    ar,
    ...input.revenue.map((r): DocLine => ({
      role: 'revenue',
      accountId: r.accountId,
      taxRateId: null,
      customerId: null,
      amount: -r.net,
    })),
    ...input.taxes.map((t): DocLine => ({
      role: 'tax',
      accountId: t.accountId,
      taxRateId: t.taxRateId,
      customerId: null,
      amount: -t.tax,
    })),
  ].map((line) => ({ ...line, amount: line.amount === 0 ? 0 : line.amount }));
  const { revenue: _r, taxes: _t, roundingMode, ...head } = input;
  return balancePosting(lines, { ...head, roundingMode: roundingMode ?? 'half_up' });
}
