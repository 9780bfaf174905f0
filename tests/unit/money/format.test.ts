// Display strings exactly as Node's ICU produces them; \u00a0 is a no-break space, \u202f a narrow one.
import { describe, expect, it } from 'vitest';
import { formatDecimal, formatMoney } from '../../../shared/money';

describe('formatMoney', () => {
  it.each([
    [123456, 'USD', 'en-US', '$1,234.56'],
    [-123456, 'USD', 'en-US', '-$1,234.56'],
    [1234, 'KWD', 'en-US', 'KWD\u00a01.234'],
    [1234, 'JPY', 'en-US', '\u00a51,234'],
    [123456, 'EUR', 'de-DE', '1.234,56\u00a0€'],
    [-5, 'EUR', 'de-DE', '-0,05\u00a0€'],
    [0, 'EUR', 'de-DE', '0,00\u00a0€'],
    [1234, 'KWD', 'de-DE', '1,234\u00a0KWD'],
    [123456789, 'CHF', 'fr-CH', '1\u202f234\u202f567.89\u00a0CHF'],
    [-123456, 'CHF', 'fr-CH', '-1\u202f234.56\u00a0CHF'],
    [1234567, 'JPY', 'ja-JP', '\uffe51,234,567'],
    [-1000, 'JPY', 'ja-JP', '-\uffe51,000'],
  ])('%i %s in %s → %j', (minor, currency, locale, expected) => {
    expect(formatMoney(minor, currency, locale)).toBe(expected);
  });

  it('formats the largest safe amount without float artefacts', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'JPY', 'en-US')).toBe('\u00a59,007,199,254,740,991');
    expect(formatMoney(1, 'CLF', 'en-US')).toBe('CLF\u00a00.0001');
  });

  it('drops the currency but keeps the money separators when showCurrency is false', () => {
    expect(formatMoney(123456, 'EUR', 'de-DE', { showCurrency: false })).toBe('1.234,56');
    expect(formatMoney(-123456, 'USD', 'en-US', { showCurrency: false })).toBe('-1,234.56');
    expect(formatMoney(123456, 'CHF', 'fr-CH', { showCurrency: false })).toBe('1\u202f234.56');
    expect(formatMoney(-5, 'EUR', 'nl-NL', { showCurrency: false })).toBe('-0,05');
    expect(formatMoney(1234, 'KWD', 'en-US', { showCurrency: false })).toBe('1.234');
    expect(formatMoney(1234567, 'JPY', 'ja-JP', { showCurrency: false })).toBe('1,234,567');
  });

  it('rejects unsafe amounts and unknown currencies', () => {
    expect(() => formatMoney(0.5, 'EUR', 'en-US')).toThrow(/safe integer/);
    expect(() => formatMoney(1, 'XYZ', 'en-US')).toThrow(/Unknown currency/);
  });
});

describe('formatDecimal', () => {
  it('groups, localises the decimal separator and rounds half away from zero', () => {
    expect(formatDecimal('1234.5678', 'en-US', 2)).toBe('1,234.57');
    expect(formatDecimal('1234.5', 'de-DE', 4)).toBe('1.234,5');
    expect(formatDecimal('0.125', 'en-US', 2)).toBe('0.13');
    expect(formatDecimal('-2.5', 'de-DE', 0)).toBe('-3');
    expect(formatDecimal('1234567.123456', 'fr-CH', 6)).toBe('1\u202f234\u202f567,123456');
    expect(formatDecimal('12', 'ja-JP', 4)).toBe('12');
  });

  it('keeps digits a float would lose and never prints negative zero', () => {
    expect(formatDecimal('12345678901234567.891', 'en-US', 3)).toBe('12,345,678,901,234,567.891');
    expect(formatDecimal('-0.001', 'en-US', 2)).toBe('0');
  });

  it('rejects non-decimal input', () => {
    expect(() => formatDecimal('1e5', 'en-US', 2)).toThrow(/plain decimal/);
    expect(() => formatDecimal('1,5', 'en-US', 2)).toThrow(/plain decimal/);
    expect(() => formatDecimal('1', 'en-US', 21)).toThrow(/maxFraction/);
  });
});
