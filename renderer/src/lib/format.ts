// Display formatting in the company locale: amounts from integer minor units, dates, counts.
import { formatDecimal, formatMoney, minorUnits } from '../../../shared/money';

/** Never throws: a screen must not go blank because one row carries an unexpected currency. */
export function moneyText(minor: number, currency: string, locale: string): string {
  try {
    return formatMoney(minor, currency, locale);
  } catch {
    return `${minor} ${currency} (minor units)`;
  }
}

export function decimalText(value: string, locale: string, maxFraction = 6): string {
  try {
    return formatDecimal(value, locale, maxFraction);
  } catch {
    return value;
  }
}

export function countText(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** A calendar date "2026-01-31" shown per locale; it has no time zone, so it is formatted as UTC. */
export function dateText(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** An instant ("2026-01-31T10:15:00.000Z") shown in the user's own time zone. */
export function dateTimeText(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function bytesText(bytes: number, locale: string): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** A unit price kept as decimal text ("12.5"), shown as money with at least the currency's decimals. */
export function priceText(price: string, currency: string, locale: string): string {
  try {
    const digits = minorUnits(currency);
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: Math.max(digits, 6),
    }).format(price as `${number}`);
  } catch {
    return `${price} ${currency}`;
  }
}

/** Decimal text for an input in the user's locale: "12.5" → "12,5" in de-DE. No grouping, no rounding. */
export function decimalInputText(value: string, locale: string): string {
  const separator =
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return value.replace('.', separator);
}
