// Calendar-date arithmetic on 'YYYY-MM-DD' strings, checked by hand and against Date.UTC as an oracle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  endOfMonth,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  todayIn,
  yearOf,
} from '../../../shared/dates';

const MIN_DAY = toDayNumber('0000-01-01');
const MAX_DAY = toDayNumber('9999-12-31');
const anyDay = fc.integer({ min: MIN_DAY, max: MAX_DAY });
const anyDate = anyDay.map(fromDayNumber);

describe('isIsoDate', () => {
  it.each(['2026-01-01', '2028-02-29', '2000-02-29', '2026-12-31', '0000-01-01', '9999-12-31'])(
    'accepts %s',
    (d) => {
      expect(isIsoDate(d)).toBe(true);
    },
  );

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-01',
    '26-01-01',
    '2026-01-01T00:00:00Z',
    ' 2026-01-01',
    '2026/01/01',
    '',
  ])('rejects %j', (d) => {
    expect(isIsoDate(d)).toBe(false);
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2026-01-01', 20454],
    ['0000-01-01', -719528],
  ])('%s is day %i', (date, day) => {
    expect(toDayNumber(date)).toBe(day);
    expect(fromDayNumber(day)).toBe(date);
  });

  it('throws on invalid dates and out-of-range results', () => {
    expect(() => toDayNumber('2026-02-29')).toThrow('Invalid calendar date "2026-02-29"');
    expect(() => fromDayNumber(MAX_DAY + 1)).toThrow(/outside the supported range/);
    expect(() => fromDayNumber(1.5)).toThrow(/integer/);
  });

  it('round-trips every day from year 0 to 9999', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const date = fromDayNumber(day);
        expect(isIsoDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it('matches Date.UTC on the proleptic Gregorian calendar', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
        const oracle = new Date(0);
        oracle.setUTCFullYear(y, m - 1, d);
        expect(toDayNumber(date)).toBe(oracle.getTime() / 86_400_000);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('addDays and daysBetween', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-15', 0)).toBe('2026-01-15');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  it('addDays(addDays(d, n), -n) === d', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -100_000, max: 100_000 }), (day, n) => {
        fc.pre(day + n >= MIN_DAY && day + n <= MAX_DAY);
        const date = fromDayNumber(day);
        const moved = addDays(date, n);
        expect(addDays(moved, -n)).toBe(date);
        expect(daysBetween(date, moved)).toBe(n);
      }),
    );
  });
});

describe('addMonths and endOfMonth', () => {
  it('clamps to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(endOfMonth('2028-02-01')).toBe('2028-02-29');
    expect(endOfMonth('2026-12-31')).toBe('2026-12-31');
  });

  it('never produces an invalid date and lands in the right month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') }),
        fc.integer({ min: -1200, max: 1200 }),
        (day, months) => {
          const date = fromDayNumber(day);
          const result = addMonths(date, months);
          expect(isIsoDate(result)).toBe(true);
          const monthIndex = (d: string) => yearOf(d) * 12 + Number(d.slice(5, 7));
          expect(monthIndex(result) - monthIndex(date)).toBe(months);
          expect(Number(result.slice(8))).toBeLessThanOrEqual(Number(date.slice(8)));
        },
      ),
    );
  });
});

describe('compareDates and yearOf', () => {
  it('orders dates and reads the year', () => {
    expect(compareDates('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareDates)).toEqual([
      '2025-12-31',
      '2026-01-15',
      '2026-03-01',
    ]);
    expect(() => compareDates('2026-02-30', '2026-01-01')).toThrow(/Invalid calendar date/);
    expect(yearOf('2026-07-04')).toBe(2026);
  });
});

describe('todayIn', () => {
  const clock = (iso: string) => ({ now: () => new Date(iso) });

  it('gives the calendar date of the instant in the requested time zone', () => {
    expect(todayIn(clock('2026-01-01T02:00:00Z'), 'UTC')).toBe('2026-01-01');
    expect(todayIn(clock('2026-01-01T02:00:00Z'), 'America/New_York')).toBe('2025-12-31');
    expect(todayIn(clock('2026-01-01T02:00:00Z'), 'Asia/Tokyo')).toBe('2026-01-01');
    expect(todayIn(clock('2026-06-30T23:30:00Z'), 'Europe/Berlin')).toBe('2026-07-01');
    expect(todayIn(clock('2028-02-29T12:00:00Z'), 'Pacific/Kiritimati')).toBe('2028-03-01');
  });

  it('uses the system zone when none is given', () => {
    const now = new Date('2026-05-05T12:00:00Z');
    const expected = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(now)
      .filter((p) => p.type !== 'literal')
      .map((p) => p.value)
      .join('-');
    expect(todayIn({ now: () => now })).toBe(expected);
  });

  it('rejects an unknown time zone', () => {
    expect(() => todayIn(clock('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
  });
});
