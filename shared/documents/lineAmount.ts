// One document line before tax: validates its inputs and works out the exact line amount and discount,
// rounding only the results to the currency's minor unit.
import { fieldError } from '../errors';
import { Dec, fromMinor, isPlainDecimal, minorUnits, type RoundingMode, roundDecimal } from '../money';
import { quantityToDec } from '../quantity';

export interface TotalsLine {
  /** deposit: deducts an earlier deposit invoice; its amounts come out negative. */
  kind: 'product' | 'text' | 'fee' | 'deposit';
  /** e4 integer (ten-thousandths), > 0. */
  quantity: number;
  /** Decimal string, ≥ 0, up to 6 decimals. */
  unitPrice: string;
  /** 0..100, up to 4 decimals; at most one of discountPercent / discountAmount. */
  discountPercent: string | null;
  /** Minor units, ≥ 0, taken off the line amount. */
  discountAmount: number | null;
  taxRateId: number | null;
  /** "20", "7.7", "0"; must be "0" when taxRateId is null. */
  taxPercent: string;
}

/** A line's price side in minor units: amount − discount = priced (net when exclusive, gross when inclusive). */
export interface LineAmount {
  amount: number;
  discount: number;
  priced: number;
  /** Normalised tax percent ("20.00" → "20") and its value. */
  taxPercent: string;
  rate: Dec;
}

const MAX_SAFE = new Dec(Number.MAX_SAFE_INTEGER);
const HUNDRED = new Dec(100);

function decimalField(text: string, path: string, label: string, maxPlaces: number, max?: Dec): Dec {
  const trimmed = text.trim();
  if (!isPlainDecimal(trimmed)) {
    throw fieldError(path, `${label} must be a plain decimal number such as "12.50", got "${text}"`);
  }
  const value = new Dec(trimmed);
  if (value.isNegative() && !value.isZero()) throw fieldError(path, `${label} must not be negative`);
  if (value.decimalPlaces() > maxPlaces) {
    throw fieldError(path, `${label} may have at most ${maxPlaces} decimals, got "${text}"`);
  }
  if (max !== undefined && value.gt(max)) {
    throw fieldError(path, `${label} must be at most ${max.toString()}, got "${text}"`);
  }
  return value.isZero() ? new Dec(0) : value;
}

/**
 * Rounds an exact major-unit amount to minor units, refusing anything that would not be a safe integer
 * (beyond 2^53 a number silently loses cents).
 */
export function roundToMinor(value: Dec, currency: string, mode: RoundingMode, path: string): number {
  const minor = roundDecimal(value, minorUnits(currency), mode).times(new Dec(10).pow(minorUnits(currency)));
  if (minor.abs().gt(MAX_SAFE)) {
    throw fieldError(path, 'The amount is too large to store; reduce the quantity or the price');
  }
  const n = minor.toNumber();
  return n === 0 ? 0 : n;
}

const LINE_KINDS: readonly string[] = ['product', 'text', 'fee', 'deposit'];

function validateShape(line: TotalsLine, path: string): void {
  if (!LINE_KINDS.includes(line.kind)) {
    throw fieldError(
      `${path}.kind`,
      `Line kind must be product, text, fee or deposit, got "${String(line.kind)}"`,
    );
  }
  if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
    throw fieldError(
      `${path}.quantity`,
      `Quantity must be more than 0 (in ten-thousandths), got ${String(line.quantity)}`,
    );
  }
  if (line.discountPercent !== null && line.discountAmount !== null) {
    throw fieldError(`${path}.discountAmount`, 'Enter either a discount percentage or an amount, not both');
  }
  if (
    line.discountAmount !== null &&
    (!Number.isSafeInteger(line.discountAmount) || line.discountAmount < 0)
  ) {
    throw fieldError(`${path}.discountAmount`, 'Discount amount must be a whole number of minor units ≥ 0');
  }
  if (line.taxRateId !== null && (!Number.isSafeInteger(line.taxRateId) || line.taxRateId <= 0)) {
    throw fieldError(`${path}.taxRateId`, `Tax rate id must be a positive integer`);
  }
}

/**
 * Line amount = quantity × unit price, exact. Amounts carry at most 10 decimals (4 + 6) and discounts 16, so
 * any value whose minor units fit a safe integer has at most 32 significant digits: Dec's 40-digit
 * precision never rounds here. Only the results are rounded, once each, to minor units.
 */
export function computeLineAmount(
  line: TotalsLine,
  index: number,
  currency: string,
  mode: RoundingMode,
  /** Document discount 0..100 on goods and text lines (fees and deposits keep their price). */
  documentDiscountPercent: string | null = null,
): LineAmount {
  const path = `lines.${index}`;
  validateShape(line, path);
  const price = decimalField(line.unitPrice, `${path}.unitPrice`, 'Unit price', 6);
  const rate = decimalField(line.taxPercent, `${path}.taxPercent`, 'Tax percent', 4, HUNDRED);
  if (line.taxRateId === null && !rate.isZero()) {
    throw fieldError(`${path}.taxPercent`, 'A line without a tax rate must have tax percent "0"');
  }

  const exactAmount = quantityToDec(line.quantity).times(price);
  let exactDiscount = new Dec(0);
  if (line.discountPercent !== null) {
    const percent = decimalField(line.discountPercent, `${path}.discountPercent`, 'Discount', 4, HUNDRED);
    exactDiscount = exactAmount.times(percent).div(HUNDRED);
  } else if (line.discountAmount !== null) {
    exactDiscount = fromMinor(line.discountAmount, currency);
    if (exactDiscount.gt(exactAmount)) {
      throw fieldError(
        `${path}.discountAmount`,
        `Line ${index + 1}: the discount is larger than the line amount; lower the discount`,
      );
    }
  }

  if (documentDiscountPercent !== null && (line.kind === 'product' || line.kind === 'text')) {
    const percent = decimalField(documentDiscountPercent, 'discountPercent', 'Document discount', 4, HUNDRED);
    exactDiscount = exactDiscount.plus(exactAmount.minus(exactDiscount).times(percent).div(HUNDRED));
  }
  // Discount is derived as amount − priced so the three always agree in minor units; rounding is
  // monotonic, so it can never come out negative or larger than the amount.
  const amount = roundToMinor(exactAmount, currency, mode, `${path}.quantity`);
  const priced = roundToMinor(exactAmount.minus(exactDiscount), currency, mode, `${path}.quantity`);
  if (line.kind === 'deposit') {
    // Rounded as a positive amount and negated: half-up rounds ties away from zero, so the deduction
    // mirrors the deposit invoice's own line exactly.
    return {
      amount: -priced,
      discount: 0,
      priced: priced === 0 ? 0 : -priced,
      taxPercent: rate.toString(),
      rate,
    };
  }
  return { amount, discount: amount - priced, priced, taxPercent: rate.toString(), rate };
}
