// Payment terms: when an invoice falls due, until when an early-payment discount applies, and how the
// term reads on a document.
import { Dec, isPlainDecimal } from '../money';
import { addDays, endOfMonth, type IsoDate } from './isoDate';

export type PaymentTerm = ({ kind: 'net'; days: number } | { kind: 'end_of_month'; days: number }) & {
  /** Percentage as a decimal string ("2", "1.5"), never a float, since it multiplies money. */
  discountPercent?: string;
  discountDays?: number;
};

function assertDays(days: number, label: string): void {
  // Negative days would let a document fall due before it was issued.
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`${label} must be a non-negative whole number of days, got ${String(days)}`);
  }
}

function discountOf(term: PaymentTerm): { percent: Dec; days: number } | null {
  const { discountPercent, discountDays } = term;
  if (discountPercent === undefined && discountDays === undefined) return null;
  if (discountPercent === undefined || discountDays === undefined) {
    throw new RangeError('A payment discount needs both discountPercent and discountDays');
  }
  assertDays(discountDays, 'discountDays');
  const percent = isPlainDecimal(discountPercent.trim()) ? new Dec(discountPercent.trim()) : null;
  if (percent === null || percent.lte(0) || percent.gte(100)) {
    throw new RangeError(`discountPercent must be a decimal between 0 and 100, got "${discountPercent}"`);
  }
  return { percent, days: discountDays };
}

export function dueDate(documentDate: IsoDate, term: PaymentTerm): IsoDate {
  assertDays(term.days, 'days');
  switch (term.kind) {
    case 'net':
      return addDays(documentDate, term.days);
    case 'end_of_month':
      return addDays(endOfMonth(documentDate), term.days);
  }
}

/** Last day the early-payment discount applies, counted from the document date; null without a discount. */
export function discountDeadline(documentDate: IsoDate, term: PaymentTerm): IsoDate | null {
  const discount = discountOf(term);
  return discount === null ? null : addDays(documentDate, discount.days);
}

export function describeTerm(term: PaymentTerm): string {
  assertDays(term.days, 'days');
  const base =
    term.kind === 'net'
      ? `Net ${term.days}`
      : term.days === 0
        ? 'End of month'
        : `End of month + ${term.days}`;
  const discount = discountOf(term);
  if (discount === null) return base;
  const dayWord = discount.days === 1 ? 'day' : 'days';
  return `${base}, ${discount.percent.toString()}% within ${discount.days} ${dayWord}`;
}
