// A customer's payment score from paid invoices: average days late and share paid late. It advises next
// to the credit limit; it never blocks an order.
import { daysBetween, type IsoDate } from '../dates';
import { Dec, roundDecimal } from '../money';

export type CreditRating = 'good' | 'fair' | 'poor';

export interface PaidItem {
  dueDate: IsoDate;
  paidDate: IsoDate;
}

export type CreditScore =
  | { kind: 'no_history' }
  | {
      kind: 'scored';
      paidCount: number;
      /** One decimal, rounded half up: "3.5", "0.0". */
      averageDaysLate: string;
      /** 0..100, rounded half up. */
      shareLatePercent: number;
      rating: CreditRating;
    };

/**
 * Checked worst first; the first matching row wins and 'fair' is what remains. Applied to the rounded
 * figures shown beside the rating, so a reader can always tell why a customer got it.
 */
export const creditRatingRules: readonly {
  rating: CreditRating;
  matches: (averageDaysLate: Dec, shareLatePercent: number) => boolean;
}[] = [
  { rating: 'poor', matches: (average, share) => average.gt(15) || share > 50 },
  { rating: 'good', matches: (average, share) => average.lte(5) && share <= 20 },
];

export function rateCredit(averageDaysLate: Dec, shareLatePercent: number): CreditRating {
  return creditRatingRules.find((rule) => rule.matches(averageDaysLate, shareLatePercent))?.rating ?? 'fair';
}

/** Calendar days paid after the due date; paying early or on time counts as 0. */
export function daysLate(item: PaidItem): number {
  return Math.max(0, daysBetween(item.dueDate, item.paidDate));
}

export function creditScore(history: readonly PaidItem[]): CreditScore {
  if (history.length === 0) return { kind: 'no_history' };
  const late = history.map(daysLate);
  const totalDaysLate = late.reduce((sum, days) => sum + days, 0);
  const lateCount = late.filter((days) => days > 0).length;

  const average = roundDecimal(new Dec(totalDaysLate).div(history.length), 1, 'half_up');
  const share = roundDecimal(new Dec(lateCount).times(100).div(history.length), 0, 'half_up').toNumber();
  return {
    kind: 'scored',
    paidCount: history.length,
    averageDaysLate: average.toFixed(1),
    shareLatePercent: share,
    rating: rateCredit(average, share),
  };
}
