// Payment score from history: days late by calendar, one-decimal average, half-up share, rating table.
import { describe, expect, it } from 'vitest';
import { creditScore, daysLate, rateCredit } from '../../../shared/credit/score';
import { Dec } from '../../../shared/money';

const paid = (dueDate: string, paidDate: string) => ({ dueDate, paidDate });

describe('creditScore', () => {
  it('has no score without history', () => {
    expect(creditScore([])).toEqual({ kind: 'no_history' });
  });

  it('counts early and on-time payments as 0 days late', () => {
    expect(daysLate(paid('2026-03-10', '2026-03-01'))).toBe(0);
    expect(daysLate(paid('2026-03-10', '2026-03-10'))).toBe(0);
    // Across a leap day: 2024-02-28 → 2024-03-01 is 2 days.
    expect(daysLate(paid('2024-02-28', '2024-03-01'))).toBe(2);
  });

  it('averages days late to one decimal and rounds the late share half up', () => {
    // Late days 0, 3, 4, 0 → 7 / 4 = 1.75 → "1.8"; 2 of 4 late = 50 %. Avg ≤ 5 but share > 20 → fair.
    expect(
      creditScore([
        paid('2026-01-10', '2026-01-09'),
        paid('2026-01-10', '2026-01-13'),
        paid('2026-01-31', '2026-02-04'),
        paid('2026-02-28', '2026-02-28'),
      ]),
    ).toEqual({ kind: 'scored', paidCount: 4, averageDaysLate: '1.8', shareLatePercent: 50, rating: 'fair' });
  });

  it('is good when always on time', () => {
    expect(creditScore([paid('2026-01-10', '2026-01-10')])).toEqual({
      kind: 'scored',
      paidCount: 1,
      averageDaysLate: '0.0',
      shareLatePercent: 0,
      rating: 'good',
    });
  });

  it('rounds a share of exactly .5 up', () => {
    // 1 late of 8 = 12.5 % → 13; late days 3 / 8 = 0.375 → "0.4". Good.
    const history = [paid('2026-01-01', '2026-01-04'), ...Array(7).fill(paid('2026-01-01', '2026-01-01'))];
    expect(creditScore(history)).toMatchObject({
      averageDaysLate: '0.4',
      shareLatePercent: 13,
      rating: 'good',
    });
  });

  it('is poor when the average passes 15 days', () => {
    // 20 + 11 = 31 days / 2 = 15.5 → poor (share 100 % would be poor anyway).
    expect(creditScore([paid('2026-01-01', '2026-01-21'), paid('2026-01-01', '2026-01-12')])).toMatchObject({
      averageDaysLate: '15.5',
      shareLatePercent: 100,
      rating: 'poor',
    });
  });

  it('refuses dates that are not calendar dates', () => {
    expect(() => creditScore([paid('2026-02-30', '2026-03-01')])).toThrow(/Invalid calendar date/);
  });
});

describe('rateCredit thresholds', () => {
  it.each([
    ['5.0', 20, 'good'],
    ['5.1', 0, 'fair'],
    ['0.0', 21, 'fair'],
    ['15.0', 50, 'fair'],
    ['15.1', 0, 'poor'],
    ['0.0', 51, 'poor'],
  ] as const)('average %s days, %i %% late → %s', (average, share, rating) => {
    expect(rateCredit(new Dec(average), share)).toBe(rating);
  });
});
