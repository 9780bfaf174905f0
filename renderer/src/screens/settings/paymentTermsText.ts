// Payment terms in plain words, from their fields: "Due 30 days after the invoice date; 2 % off if paid within 10 days".
import type { PaymentTerms } from '../../../../shared/contract';
import { decimalText } from '../../lib/format';

type TermsFields = Pick<PaymentTerms, 'kind' | 'days' | 'discountPercent' | 'discountDays'>;

const dayCount = (days: number) => (days === 1 ? '1 day' : `${days} days`);

const dueText: Record<PaymentTerms['kind'], (days: number) => string> = {
  net: (days) => (days === 0 ? 'Due on the invoice date' : `Due ${dayCount(days)} after the invoice date`),
  end_of_month: (days) =>
    days === 0
      ? 'Due at the end of the invoice month'
      : `Due ${dayCount(days)} after the end of the invoice month`,
};

export function termsText(terms: TermsFields, locale: string): string {
  const due = dueText[terms.kind](terms.days);
  if (terms.discountPercent === null || terms.discountDays === null) return due;
  const percent = decimalText(terms.discountPercent, locale, 4);
  return `${due}; ${percent} % off if paid within ${dayCount(terms.discountDays)}`;
}
