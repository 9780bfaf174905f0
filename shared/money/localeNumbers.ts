// Learns how a locale writes numbers (separators, digits, grouping, currency symbols) from Intl itself, so
// the parser accepts exactly what the formatter produces instead of relying on a hand-kept table.

export interface NumberSymbols {
  decimal: string;
  /** Accepted group separators: the locale's own first, then look-alikes people type instead. */
  groups: readonly string[];
  /** Digits in the last group before the decimal (3), and in the groups before it (2 in en-IN). */
  primaryGroup: number;
  secondaryGroup: number;
  /** Locale digit → ASCII digit (e.g. '٣' → '3'); ASCII digits are always present. */
  digits: ReadonlyMap<string, string>;
}

// A probe, not an amount: passed as a string so Intl never sees a binary float.
const PROBE = '1234567.5';
const WHITESPACE_GROUPS = [' ', '\u00a0', '\u202f'];
const APOSTROPHE_GROUPS = ["'", '\u2019'];

const symbolCache = new Map<string, NumberSymbols>();
const tokenCache = new Map<string, readonly string[]>();

function groupAliases(group: string): string[] {
  // Keyboards produce a plain space or apostrophe where CLDR uses U+202F / U+00A0 / U+2019.
  if (WHITESPACE_GROUPS.includes(group)) return [group, ...WHITESPACE_GROUPS.filter((g) => g !== group)];
  if (APOSTROPHE_GROUPS.includes(group)) return [group, ...APOSTROPHE_GROUPS.filter((g) => g !== group)];
  return [group];
}

function localeDigits(locale: string): Map<string, string> {
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const digits = new Map<string, string>();
  for (let i = 0; i <= 9; i += 1) {
    digits.set(String(i), String(i));
    digits.set(plain.format(i), String(i));
  }
  return digits;
}

/**
 * Separators differ between plain numbers and amounts in some locales (fr-CH writes "12,5" but
 * "12.50 CHF"), so pass the currency to learn the separators used for money.
 */
export function numberSymbols(locale: string, currency?: string): NumberSymbols {
  const key = `${locale}|${currency ?? ''}`;
  const cached = symbolCache.get(key);
  if (cached) return cached;

  const options: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  if (currency !== undefined) Object.assign(options, { style: 'currency', currency });
  const parts = new Intl.NumberFormat(locale, options).formatToParts(PROBE);
  const integers = parts.filter((part) => part.type === 'integer').map((part) => part.value.length);
  const group = parts.find((part) => part.type === 'group')?.value;
  const symbols: NumberSymbols = {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    groups: group === undefined ? [] : groupAliases(group),
    primaryGroup: integers.length > 1 ? (integers.at(-1) ?? 3) : 3,
    secondaryGroup: integers.length > 2 ? (integers.at(-2) ?? 3) : 3,
    digits: localeDigits(locale),
  };
  symbolCache.set(key, symbols);
  return symbols;
}

function currencyPart(locale: string, currency: string, display: 'symbol' | 'narrowSymbol' | 'code'): string {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: display });
  return parts.formatToParts('1').find((part) => part.type === 'currency')?.value ?? currency;
}

/** Every spelling of the currency a user might type or paste, longest first so "US$" wins over "$". */
export function currencyTokens(locale: string, currency: string): readonly string[] {
  const key = `${locale}|${currency}`;
  const cached = tokenCache.get(key);
  if (cached) return cached;

  const spellings = new Set<string>([currency]);
  // English symbols are included because they are what people copy from bank statements and e-mails
  // (e.g. "¥" where ja-JP itself formats the full-width "￥").
  for (const source of [locale, 'en']) {
    for (const display of ['symbol', 'narrowSymbol', 'code'] as const) {
      spellings.add(currencyPart(source, currency, display));
    }
  }
  const tokens = [...spellings].sort((a, b) => b.length - a.length);
  tokenCache.set(key, tokens);
  return tokens;
}
