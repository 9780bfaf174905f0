// Calendar dates as 'YYYY-MM-DD' strings with integer day arithmetic: no Date instants, so no time zone
// or daylight-saving shift can ever move an invoice or due date by a day.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Civil {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parseCivil(text: string): Civil | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [, y = '', m = '', d = ''] = match;
  const civil = { year: Number(y), month: Number(m), day: Number(d) };
  if (civil.month < 1 || civil.month > 12) return undefined;
  if (civil.day < 1 || civil.day > daysInMonth(civil.year, civil.month)) return undefined;
  return civil;
}

function civilOf(date: IsoDate): Civil {
  const civil = parseCivil(date);
  if (civil === undefined)
    throw new RangeError(`Invalid calendar date "${date}": expected a real YYYY-MM-DD date`);
  return civil;
}

function format({ year, month, day }: Civil): IsoDate {
  // Four-digit years only: anything else would not sort or compare correctly as a string.
  if (year < 0 || year > 9999) throw new RangeError(`Year ${year} is outside the supported range 0000-9999`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function assertInteger(n: number, label: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${label} must be an integer, got ${String(n)}`);
}

export function isIsoDate(text: string): text is IsoDate {
  return parseCivil(text) !== undefined;
}

/** Days since 1970-01-01, by Howard Hinnant's days_from_civil (eras of 400 years starting in March). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = civilOf(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Inverse of toDayNumber (Hinnant's civil_from_days). */
export function fromDayNumber(dayNumber: number): IsoDate {
  assertInteger(dayNumber, 'dayNumber');
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return format({ year, month, day });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  assertInteger(days, 'days');
  return fromDayNumber(toDayNumber(date) + days);
}

/** Keeps the day of month where possible and clamps to the month end: Jan 31 + 1 month = Feb 28/29. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertInteger(months, 'months');
  const { year, month, day } = civilOf(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  return format({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = civilOf(date);
  return format({ year, month, day: daysInMonth(year, month) });
}

/** Negative, zero or positive like Array.prototype.sort expects; fixed-width ISO strings sort as text. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  civilOf(a);
  civilOf(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** b − a in days: positive when b is later. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function yearOf(date: IsoDate): number {
  return civilOf(date).year;
}

/**
 * The calendar date an instant falls on in a time zone (the system zone when omitted), e.g. to stamp
 * "today" on a new invoice. The clock is injected so tests and the demo mode can fix time.
 */
export function todayIn(clock: { now(): Date }, timeZone?: string): IsoDate {
  const formatter = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    calendar: 'gregory',
    numberingSystem: 'latn',
  });
  // Assemble from parts rather than trusting en-CA's pattern, which has changed between ICU releases.
  const parts = formatter.formatToParts(clock.now());
  const value = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? Number.NaN);
  const civil = { year: value('year'), month: value('month'), day: value('day') };
  const date = format(civil);
  if (!isIsoDate(date))
    throw new RangeError(`Cannot derive a calendar date from ${clock.now().toISOString()}`);
  return date;
}
