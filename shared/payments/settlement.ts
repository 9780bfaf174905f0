// Early-payment discount (with its optional tax correction) and the small-underpayment write-off rule.
import { isIsoDate, type IsoDate } from '../dates';
import { allocate, assertSafeMinor, Dec, decimalRounding, isPlainDecimal, type RoundingMode } from '../money';

export interface EarlyDiscountInput {
  /** Open amount of the invoice before this payment. */
  open: number;
  invoiceTotal: number;
  /** Percent as a decimal string ("2"), from the payment term. */
  discountPercent: string;
  /** Last day the discount applies; null when the invoice has none. */
  discountDeadline: IsoDate | null;
  paymentDate: IsoDate;
  /** The invoice's tax per rate, ≥ 0. */
  taxShares: readonly { taxAccountId: number; tax: number }[];
  /** The company books the discount's tax share back against the tax accounts. */
  correctTax: boolean;
  roundingMode?: RoundingMode;
}

export interface EarlyDiscount {
  isEligible: boolean;
  /** Gross discount: net + Σ tax. */
  amount: number;
  /** To sales discounts. Without tax correction it is the whole amount. */
  net: number;
  /** To each tax account (debit); empty without tax correction. */
  tax: { taxAccountId: number; tax: number }[];
}

function percentOf(text: string, label: string): Dec {
  const trimmed = text.trim();
  if (!isPlainDecimal(trimmed) || new Dec(trimmed).lt(0) || new Dec(trimmed).gt(100)) {
    throw new RangeError(`${label} must be a decimal from 0 to 100, got "${text}"`);
  }
  return new Dec(trimmed);
}

function assertAmount(value: number, label: string): void {
  assertSafeMinor(value, label);
  if (value < 0) throw new RangeError(`${label} must be ≥ 0, got ${value}`);
}

/**
 * Eligible when paid on or before the deadline. Amount = round(invoiceTotal × percent / 100) in the
 * company's rounding mode, capped at the open amount. With tax correction the amount is split in the
 * invoice's own net : tax-per-rate proportion by the largest remainder, so net + Σ tax = amount exactly
 * (2 % of 119.00 at 19 % → 2.38 = 2.00 net + 0.38 tax).
 */
export function earlyDiscount(input: EarlyDiscountInput): EarlyDiscount {
  assertAmount(input.open, 'open');
  assertAmount(input.invoiceTotal, 'invoiceTotal');
  input.taxShares.forEach((share) => assertAmount(share.tax, `tax of account ${share.taxAccountId}`));
  const percent = percentOf(input.discountPercent, 'discountPercent');
  if (!isIsoDate(input.paymentDate)) throw new RangeError(`paymentDate "${input.paymentDate}" is not a date`);
  if (input.discountDeadline !== null && !isIsoDate(input.discountDeadline)) {
    throw new RangeError(`discountDeadline "${input.discountDeadline}" is not a date`);
  }
  const taxTotal = input.taxShares.reduce((sum, share) => sum + share.tax, 0);
  if (taxTotal > input.invoiceTotal) throw new RangeError('The invoice tax exceeds the invoice total');
  const isEligible = input.discountDeadline !== null && input.paymentDate <= input.discountDeadline;
  const full = new Dec(input.invoiceTotal)
    .times(percent)
    .div(100)
    .toDecimalPlaces(0, decimalRounding[input.roundingMode ?? 'half_up'])
    .toNumber();
  const amount = isEligible ? Math.min(full, input.open) : 0;
  if (!input.correctTax || amount === 0 || input.invoiceTotal === 0) {
    return { isEligible, amount, net: amount, tax: [] };
  }
  const [net = 0, ...taxParts] = allocate(amount, [
    input.invoiceTotal - taxTotal,
    ...input.taxShares.map((share) => share.tax),
  ]);
  const tax = input.taxShares.map((share, i) => ({
    taxAccountId: share.taxAccountId,
    tax: taxParts[i] ?? 0,
  }));
  return { isEligible, amount, net, tax };
}

export interface WriteOffInput {
  /** What would stay open after this payment (and any discount). */
  shortfall: number;
  /** Open amount of the invoice before this payment. */
  open: number;
  /** Company tolerance in minor units; 0 disables this rule. */
  toleranceAmount: number;
  /** Company tolerance as a percent of the open amount before the payment ("0.5"); "0" disables it. */
  tolerancePercent: string;
}

/**
 * True when 0 < shortfall and it is within the amount tolerance OR within the percent tolerance of the
 * open amount before the payment (either suffices; both inclusive, compared exactly, no rounding).
 */
export function writeOffAllowed(input: WriteOffInput): boolean {
  assertAmount(input.shortfall, 'shortfall');
  assertAmount(input.open, 'open');
  assertAmount(input.toleranceAmount, 'toleranceAmount');
  const percent = percentOf(input.tolerancePercent, 'tolerancePercent');
  if (input.shortfall > input.open) throw new RangeError('The shortfall cannot exceed the open amount');
  if (input.shortfall === 0) return false;
  if (input.shortfall <= input.toleranceAmount) return true;
  return new Dec(input.shortfall).times(100).lte(new Dec(input.open).times(percent));
}
