// Payment terms: due dates, discount deadlines and their printed description.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDates,
  describeTerm,
  discountDeadline,
  dueDate,
  fromDayNumber,
  toDayNumber,
  type PaymentTerm,
} from '../../../shared/dates';

describe('dueDate', () => {
  it.each<[string, PaymentTerm, string]>([
    ['2026-01-15', { kind: 'net', days: 30 }, '2026-02-14'],
    ['2026-01-31', { kind: 'net', days: 30 }, '2026-03-02'],
    ['2028-02-01', { kind: 'net', days: 28 }, '2028-02-29'],
    ['2026-12-20', { kind: 'net', days: 14 }, '2027-01-03'],
    ['2026-03-05', { kind: 'net', days: 0 }, '2026-03-05'],
    ['2026-01-10', { kind: 'end_of_month', days: 15 }, '2026-02-15'],
    ['2026-01-31', { kind: 'end_of_month', days: 15 }, '2026-02-15'],
    ['2026-02-01', { kind: 'end_of_month', days: 0 }, '2026-02-28'],
    ['2028-02-10', { kind: 'end_of_month', days: 30 }, '2028-03-30'],
    ['2026-12-05', { kind: 'end_of_month', days: 10 }, '2027-01-10'],
  ])('%s with %j is due %s', (documentDate, term, expected) => {
    expect(dueDate(documentDate, term)).toBe(expected);
  });

  it('refuses negative or fractional days and invalid dates', () => {
    expect(() => dueDate('2026-01-01', { kind: 'net', days: -1 })).toThrow(/non-negative whole number/);
    expect(() => dueDate('2026-01-01', { kind: 'net', days: 1.5 })).toThrow(/non-negative whole number/);
    expect(() => dueDate('2026-02-30', { kind: 'net', days: 1 })).toThrow(/Invalid calendar date/);
  });

  it('is never before the document date for non-negative days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') }),
        fc.constantFrom('net' as const, 'end_of_month' as const),
        fc.integer({ min: 0, max: 3650 }),
        (day, kind, days) => {
          const documentDate = fromDayNumber(day);
          const due = dueDate(documentDate, { kind, days });
          expect(compareDates(due, documentDate)).toBeGreaterThanOrEqual(0);
          if (kind === 'net') expect(toDayNumber(due) - day).toBe(days);
        },
      ),
    );
  });
});

describe('discountDeadline', () => {
  it('counts discount days from the document date', () => {
    const term: PaymentTerm = { kind: 'net', days: 30, discountPercent: '2', discountDays: 10 };
    expect(discountDeadline('2026-01-25', term)).toBe('2026-02-04');
    const eom: PaymentTerm = { kind: 'end_of_month', days: 30, discountPercent: '3', discountDays: 8 };
    expect(discountDeadline('2026-01-25', eom)).toBe('2026-02-02');
  });

  it('is null without a discount and throws on a half-specified or out-of-range one', () => {
    expect(discountDeadline('2026-01-25', { kind: 'net', days: 30 })).toBeNull();
    expect(() => discountDeadline('2026-01-25', { kind: 'net', days: 30, discountPercent: '2' })).toThrow(
      /both discountPercent and discountDays/,
    );
    expect(() =>
      discountDeadline('2026-01-25', { kind: 'net', days: 30, discountPercent: '0', discountDays: 10 }),
    ).toThrow(/between 0 and 100/);
    expect(() =>
      discountDeadline('2026-01-25', { kind: 'net', days: 30, discountPercent: '2%', discountDays: 10 }),
    ).toThrow(/between 0 and 100/);
  });
});

describe('describeTerm', () => {
  it.each<[PaymentTerm, string]>([
    [{ kind: 'net', days: 30 }, 'Net 30'],
    [{ kind: 'net', days: 0 }, 'Net 0'],
    [{ kind: 'end_of_month', days: 15 }, 'End of month + 15'],
    [{ kind: 'end_of_month', days: 0 }, 'End of month'],
    [{ kind: 'net', days: 30, discountPercent: '2', discountDays: 10 }, 'Net 30, 2% within 10 days'],
    [{ kind: 'net', days: 30, discountPercent: '1.50', discountDays: 1 }, 'Net 30, 1.5% within 1 day'],
    [
      { kind: 'end_of_month', days: 30, discountPercent: '3', discountDays: 14 },
      'End of month + 30, 3% within 14 days',
    ],
  ])('%j reads %j', (term, text) => {
    expect(describeTerm(term)).toBe(text);
  });
});
