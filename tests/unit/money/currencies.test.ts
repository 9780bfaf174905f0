// ISO 4217 table: exponents that matter for cash maths, and refusal of unknown or non-monetary codes.
import { describe, expect, it } from 'vitest';
import { currencyCodes, isCurrencyCode, minorUnits } from '../../../shared/money';

describe('minorUnits', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['CHF', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['ISK', 0],
    ['VND', 0],
    ['XOF', 0],
    ['XAF', 0],
    ['CLP', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['OMR', 3],
    ['JOD', 3],
    ['TND', 3],
    ['LYD', 3],
    ['IQD', 3],
    ['CLF', 4],
    ['UYW', 4],
    ['XCG', 2],
    ['ZWG', 2],
    ['SLE', 2],
  ])('%s has %i decimals', (code, units) => {
    expect(minorUnits(code)).toBe(units);
  });

  it('throws a clear error for unknown, lower-case, withdrawn and non-monetary codes', () => {
    expect(() => minorUnits('XYZ')).toThrow('Unknown currency code "XYZ"');
    expect(() => minorUnits('eur')).toThrow(/Unknown currency code/);
    expect(() => minorUnits('HRK')).toThrow(/Unknown currency code/);
    expect(() => minorUnits('XAU')).toThrow(/Unknown currency code/);
    expect(() => minorUnits('toString')).toThrow(/Unknown currency code/);
  });
});

describe('currencyCodes', () => {
  it('lists each active code once, as three upper-case letters, in sorted order', () => {
    expect(currencyCodes.length).toBe(164);
    expect(new Set(currencyCodes).size).toBe(currencyCodes.length);
    expect(currencyCodes.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
    expect([...currencyCodes].sort()).toEqual([...currencyCodes]);
    expect(Object.isFrozen(currencyCodes)).toBe(true);
  });

  it('agrees with isCurrencyCode and knows each code to Intl', () => {
    for (const code of currencyCodes) {
      expect(isCurrencyCode(code)).toBe(true);
      expect(
        new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().currency,
      ).toBe(code);
    }
    expect(isCurrencyCode('ABC')).toBe(false);
    expect(isCurrencyCode('constructor')).toBe(false);
  });
});
