// Parsing typed amounts: locale separators, currency symbols, negative notations, and clear refusals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, formatMoney, parseDecimal, parseMoney } from '../../../shared/money';

const ok = (minor: number) => ({ ok: true, minor });
const err = (error: string) => ({ ok: false, error });

describe('parseMoney', () => {
  it.each([
    ['1.234,56 €', 'EUR', 'de-DE', 123456],
    ['1.234,56\u00a0€', 'EUR', 'de-DE', 123456],
    ['-0,05 €', 'EUR', 'de-DE', -5],
    ['(12,00)', 'EUR', 'de-DE', -1200],
    ['1.234', 'EUR', 'de-DE', 123400],
    ['1234.56', 'EUR', 'de-DE', 123456],
    ['  EUR 12,5  ', 'EUR', 'de-DE', 1250],
    ['(12.00)', 'USD', 'en-US', -1200],
    ['($1,234.50)', 'USD', 'en-US', -123450],
    ['-$0.05', 'USD', 'en-US', -5],
    ['$ 12', 'USD', 'en-US', 1200],
    ['usd 12', 'USD', 'en-US', 1200],
    ['.5', 'USD', 'en-US', 50],
    ['+3', 'USD', 'en-US', 300],
    ['-0', 'USD', 'en-US', 0],
    ['1.234', 'KWD', 'en-US', 1234],
    ['1,234,567', 'JPY', 'ja-JP', 1234567],
    ['￥1,000', 'JPY', 'ja-JP', 1000],
    ['¥1,000', 'JPY', 'ja-JP', 1000],
    ['1 234.56 CHF', 'CHF', 'fr-CH', 123456],
    ['1 234,56', 'CHF', 'fr-CH', 123456],
    ["CHF-1'234.50", 'CHF', 'de-CH', -123450],
    ['1’234.50', 'CHF', 'de-CH', 123450],
    ['12,34,567.89', 'INR', 'en-IN', 123456789],
    ['\u22121 234,50 kr', 'SEK', 'sv-SE', -123450],
    ['1234.5', 'SEK', 'sv-SE', 123450],
    ['١٢٫٥٠', 'EGP', 'ar-EG', 1250],
    ['90071992547409.91', 'USD', 'en-US', Number.MAX_SAFE_INTEGER],
  ])('%j as %s in %s → %i', (text, currency, locale, minor) => {
    expect(parseMoney(text, currency, locale)).toEqual(ok(minor));
  });

  it.each([
    ['12.345', 'EUR', 'en-US', 'EUR allows at most 2 decimals'],
    ['12,345', 'EUR', 'de-DE', 'EUR allows at most 2 decimals'],
    ['12.000', 'EUR', 'en-US', 'EUR allows at most 2 decimals'],
    ['12.5', 'JPY', 'ja-JP', 'JPY does not allow decimals'],
    ['1.2345', 'KWD', 'en-US', 'KWD allows at most 3 decimals'],
    ['abc', 'EUR', 'en-US', 'Unexpected character "a"'],
    ['', 'EUR', 'en-US', 'Enter an amount'],
    ['   ', 'EUR', 'en-US', 'Enter an amount'],
    ['€', 'EUR', 'en-US', 'Enter an amount'],
    ['1e5', 'EUR', 'en-US', 'Unexpected character "e"'],
    ['€12', 'USD', 'en-US', 'Unexpected character "€"'],
    ['1,23', 'USD', 'en-US', 'Misplaced group separator'],
    ['1.2.3', 'EUR', 'de-DE', 'Misplaced group separator'],
    ['1,234,56', 'USD', 'en-US', 'Misplaced group separator'],
    ['1.234,56', 'USD', 'en-US', 'Misplaced group separator'],
    ['1,2,3', 'EUR', 'de-DE', 'Too many decimal separators'],
    ['12.', 'USD', 'en-US', 'Digits must follow the decimal separator'],
    ['--12', 'USD', 'en-US', 'Unexpected character "-"'],
    ['(-12)', 'USD', 'en-US', 'Use either a minus sign or parentheses, not both'],
    ['(12', 'USD', 'en-US', 'Unbalanced parentheses'],
    ['90071992547409.92', 'USD', 'en-US', 'Amount is too large'],
    ['99999999999999999999999', 'JPY', 'ja-JP', 'Amount is too large'],
    ['1'.repeat(101), 'USD', 'en-US', 'Too long'],
  ])('%j as %s in %s is refused: %s', (text, currency, locale, message) => {
    expect(parseMoney(text, currency, locale)).toEqual(err(message));
  });

  it('throws for an unknown currency, a programming error rather than bad input', () => {
    expect(() => parseMoney('12', 'XYZ', 'en-US')).toThrow(/Unknown currency/);
  });
});

describe('parseDecimal', () => {
  it.each([
    ['1.234,5', 'de-DE', 4, '1234.5'],
    ['1.234,5000', 'de-DE', 4, '1234.5'],
    ['-000.10', 'en-US', 6, '-0.1'],
    ['-0', 'en-US', 4, '0'],
    ['12', 'ja-JP', 4, '12'],
    ['0,000001', 'fr-FR', 6, '0.000001'],
    ['1 234,5', 'fr-FR', 4, '1234.5'],
    ['12345678901234567890.5', 'en-US', 4, '12345678901234567890.5'],
  ])('%j in %s at scale %i → %s', (text, locale, scale, value) => {
    expect(parseDecimal(text, locale, scale)).toEqual({ ok: true, value });
  });

  it.each([
    ['1.23456', 'en-US', 4, 'At most 4 decimals allowed'],
    ['0,0000001', 'fr-FR', 6, 'At most 6 decimals allowed'],
    ['1.5', 'en-US', 0, 'Enter a whole number'],
    ['(1)', 'en-US', 4, 'Unexpected character "("'],
    ['€1', 'en-US', 4, 'Unexpected character "€"'],
    ['', 'en-US', 4, 'Enter an amount'],
  ])('%j in %s at scale %i is refused: %s', (text, locale, scale, message) => {
    expect(parseDecimal(text, locale, scale)).toEqual(err(message));
  });
});

const LOCALES = [
  'en-US',
  'de-DE',
  'fr-CH',
  'de-CH',
  'fr-FR',
  'ja-JP',
  'en-IN',
  'sv-SE',
  'nl-NL',
  'he-IL',
  'ar-EG',
];
const CURRENCIES = ['EUR', 'USD', 'JPY', 'KWD', 'CHF', 'CLF', 'INR'];

describe('round trips', () => {
  it('parseMoney(formatMoney(x)) === x for any safe amount, locale and currency', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom(...LOCALES),
        fc.boolean(),
        (minor, currency, locale, showCurrency) => {
          const text = formatMoney(minor, currency, locale, { showCurrency });
          expect(parseMoney(text, currency, locale)).toEqual(ok(minor));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('parseDecimal(formatDecimal(x)) returns the canonical decimal', () => {
    const canonical = fc
      .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 4 }))
      .map(([units, scale]) => {
        const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
        const integer = digits.slice(0, digits.length - scale);
        const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
        const magnitude = fraction === '' ? integer : `${integer}.${fraction}`;
        return units < 0n ? `-${magnitude}` : magnitude;
      });
    fc.assert(
      fc.property(canonical, fc.constantFrom(...LOCALES), (value, locale) => {
        expect(parseDecimal(formatDecimal(value, locale, 4), locale, 4)).toEqual({ ok: true, value });
      }),
    );
  });
});
