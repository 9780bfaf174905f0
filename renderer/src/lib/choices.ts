// Choices offered in selects across screens: locales, common currencies, document languages.
import type { Option } from '../components/Field';

export const localeOptions: readonly Option[] = [
  { value: 'en-US', label: 'English (United States) — en-US' },
  { value: 'en-GB', label: 'English (United Kingdom) — en-GB' },
  { value: 'en-IE', label: 'English (Ireland) — en-IE' },
  { value: 'de-DE', label: 'Deutsch (Deutschland) — de-DE' },
  { value: 'de-AT', label: 'Deutsch (Österreich) — de-AT' },
  { value: 'de-CH', label: 'Deutsch (Schweiz) — de-CH' },
  { value: 'fr-FR', label: 'Français (France) — fr-FR' },
  { value: 'fr-CH', label: 'Français (Suisse) — fr-CH' },
  { value: 'nl-NL', label: 'Nederlands (Nederland) — nl-NL' },
  { value: 'es-ES', label: 'Español (España) — es-ES' },
  { value: 'it-IT', label: 'Italiano (Italia) — it-IT' },
  { value: 'ja-JP', label: '日本語 (日本) — ja-JP' },
];

/** Offered first; any other ISO code can be typed. */
export const commonCurrencies = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'JPY',
  'CAD',
  'AUD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
] as const;

/** The currency a business in this locale most likely keeps its books in. */
export const currencyOfLocale: Readonly<Record<string, string>> = {
  'en-US': 'USD',
  'en-GB': 'GBP',
  'en-IE': 'EUR',
  'de-DE': 'EUR',
  'de-AT': 'EUR',
  'de-CH': 'CHF',
  'fr-FR': 'EUR',
  'fr-CH': 'CHF',
  'nl-NL': 'EUR',
  'es-ES': 'EUR',
  'it-IT': 'EUR',
  'ja-JP': 'JPY',
};

export function defaultLocale(): string {
  const preferred = typeof navigator === 'undefined' ? 'en-US' : navigator.language;
  return localeOptions.some((option) => option.value === preferred) ? preferred : 'en-US';
}

/** Keeps a value that is not in the list (e.g. a locale set elsewhere) selectable instead of silently replacing it. */
export function withCurrent(options: readonly Option[], value: string): readonly Option[] {
  return value === '' || options.some((option) => option.value === value)
    ? options
    : [{ value, label: value }, ...options];
}
