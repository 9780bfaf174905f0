// Locale-aware display of money and decimal quantities. Amounts reach Intl as exact decimal strings, so
// formatting can never show a float artefact or round a cent differently from the ledger.
import { minorUnits } from './currencies';
import { isPlainDecimal } from './decimal';
import { minorToDecimalString } from './minor';

export interface FormatMoneyOptions {
  /** Default true; false prints the bare number with the separators the locale uses for money. */
  showCurrency?: boolean;
}

// Building an Intl.NumberFormat costs far more than using one, and lists format thousands of cells.
const formatters = new Map<string, Intl.NumberFormat>();

function cachedFormatter(key: string, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

const LAYOUT_ONLY = /^[\s\u200e\u200f\u061c]*$/;

export function formatMoney(
  minor: number,
  currency: string,
  locale: string,
  opts: FormatMoneyOptions = {},
): string {
  const units = minorUnits(currency);
  const formatter = cachedFormatter(`money|${locale}|${currency}`, locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: units,
    maximumFractionDigits: units,
  });
  // A string argument is formatted exactly by Intl (ES2023); a number would pass through binary floats.
  const amount = minorToDecimalString(minor, currency) as `${number}`;
  if (opts.showCurrency ?? true) return formatter.format(amount);

  // Dropping the symbol from the currency format (rather than using a decimal format) keeps the money
  // separators: fr-CH writes "1 234.50 CHF" but plain numbers as "1 234,5".
  const parts = formatter.formatToParts(amount);
  const nearCurrency = (index: number): boolean =>
    parts[index - 1]?.type === 'currency' || parts[index + 1]?.type === 'currency';
  return parts
    .filter((part, index) => {
      if (part.type === 'currency') return false;
      return !(part.type === 'literal' && LAYOUT_ONLY.test(part.value) && nearCurrency(index));
    })
    .map((part) => part.value)
    .join('')
    .trim();
}

/** For quantities and unit prices; rounds half away from zero (Intl's halfExpand) beyond maxFraction. */
export function formatDecimal(value: string, locale: string, maxFraction: number): string {
  if (!isPlainDecimal(value)) throw new TypeError(`value must be a plain decimal string, got "${value}"`);
  if (!Number.isInteger(maxFraction) || maxFraction < 0 || maxFraction > 20) {
    throw new RangeError(`maxFraction must be an integer from 0 to 20, got ${String(maxFraction)}`);
  }
  const formatter = cachedFormatter(`decimal|${locale}|${maxFraction}`, locale, {
    minimumFractionDigits: 0,
    maximumFractionDigits: maxFraction,
    // Without this "-0.001" at 2 decimals would print as "-0".
    signDisplay: 'negative',
  });
  return formatter.format(value as `${number}`);
}
