// Major ↔ minor unit conversion, rounding modes and safe-integer guards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDecimal } from '../../../shared/money';
import {
  addMinor,
  assertSafeMinor,
  Dec,
  fromMinor,
  minorToDecimalString,
  roundDecimal,
  toDec,
  toMinor,
} from '../../../shared/money';

describe('toMinor', () => {
  it('scales by the currency exponent', () => {
    expect(toMinor('123.45', 'EUR')).toBe(12345);
    expect(toMinor('1000', 'JPY')).toBe(1000);
    expect(toMinor('1.234', 'KWD')).toBe(1234);
    expect(toMinor('0.0001', 'CLF')).toBe(1);
    expect(toMinor(new Dec('-7.5'), 'USD')).toBe(-750);
  });

  it('rounds half up (away from zero) by default and half even on request', () => {
    expect(toMinor('0.125', 'EUR')).toBe(13);
    expect(toMinor('0.125', 'EUR', 'half_even')).toBe(12);
    expect(toMinor('0.135', 'EUR', 'half_even')).toBe(14);
    expect(toMinor('2.5', 'JPY')).toBe(3);
    expect(toMinor('2.5', 'JPY', 'half_even')).toBe(2);
    expect(toMinor('3.5', 'JPY', 'half_even')).toBe(4);
    expect(toMinor('1.0005', 'KWD')).toBe(1001);
    expect(toMinor('1.0005', 'KWD', 'half_even')).toBe(1000);
  });

  it('mirrors rounding for negative amounts', () => {
    expect(toMinor('-0.125', 'EUR')).toBe(-13);
    expect(toMinor('-0.125', 'EUR', 'half_even')).toBe(-12);
    expect(toMinor('-2.5', 'JPY')).toBe(-3);
    expect(toMinor('-2.5', 'JPY', 'half_even')).toBe(-2);
  });

  it('never returns negative zero', () => {
    expect(Object.is(toMinor('-0.004', 'EUR'), 0)).toBe(true);
  });

  it('rounds exactly even beyond the 40-digit working precision', () => {
    expect(toMinor(`0.125${'0'.repeat(40)}1`, 'EUR', 'half_even')).toBe(13);
  });

  it('rejects amounts that do not fit a safe integer and non-decimal strings', () => {
    expect(toMinor('90071992547409.91', 'EUR')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toMinor('90071992547409.92', 'EUR')).toThrow(/safe integer/);
    expect(() => toMinor('1e5', 'EUR')).toThrow(/plain decimal/);
    expect(() => toMinor('NaN', 'EUR')).toThrow(/plain decimal/);
    expect(() => toMinor('12', 'XYZ')).toThrow(/Unknown currency/);
  });
});

describe('fromMinor and minorToDecimalString', () => {
  it.each([
    [12345, 'EUR', '123.45'],
    [-5, 'EUR', '-0.05'],
    [0, 'EUR', '0.00'],
    [1000, 'JPY', '1000'],
    [-1000, 'JPY', '-1000'],
    [1234, 'KWD', '1.234'],
    [7, 'KWD', '0.007'],
    [1, 'CLF', '0.0001'],
    [Number.MAX_SAFE_INTEGER, 'USD', '90071992547409.91'],
  ])('%i %s → %s', (minor, currency, text) => {
    expect(minorToDecimalString(minor, currency)).toBe(text);
    expect(fromMinor(minor, currency).equals(new Dec(text))).toBe(true);
  });

  it('rejects non-integers and unsafe integers', () => {
    expect(() => fromMinor(1.5, 'EUR')).toThrow(/safe integer/);
    expect(() => minorToDecimalString(2 ** 53, 'EUR')).toThrow(/safe integer/);
    expect(() => assertSafeMinor(Number.NaN, 'price')).toThrow('price must be a safe integer');
  });

  it('round-trips through toMinor for any safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom('EUR', 'JPY', 'KWD', 'CLF'), (minor, currency) => {
        expect(toMinor(fromMinor(minor, currency), currency)).toBe(minor);
        expect(toMinor(minorToDecimalString(minor, currency), currency, 'half_even')).toBe(minor);
      }),
    );
  });
});

describe('addMinor', () => {
  it('sums exactly and checks the result', () => {
    expect(addMinor()).toBe(0);
    expect(addMinor(10, 20, -5)).toBe(25);
    expect(addMinor(Number.MAX_SAFE_INTEGER, -1, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => addMinor(Number.MAX_SAFE_INTEGER, 1)).toThrow(/safe integer/);
    expect(() => addMinor(1, 0.5)).toThrow('addMinor argument 1 must be a safe integer');
  });

  it('equals the BigInt sum whenever that is safe', () => {
    const safe = fc.integer({ min: -(2 ** 50), max: 2 ** 50 });
    fc.assert(
      fc.property(fc.array(safe, { maxLength: 8 }), (values) => {
        const exact = values.reduce((sum, v) => sum + BigInt(v), 0n);
        expect(addMinor(...values)).toBe(Number(exact));
      }),
    );
  });
});

describe('roundDecimal', () => {
  it('rounds to the requested places with either mode', () => {
    expect(roundDecimal(new Dec('1.23456'), 4).toString()).toBe('1.2346');
    expect(roundDecimal(new Dec('1.00005'), 4, 'half_even').toString()).toBe('1');
    expect(roundDecimal(new Dec('-2.345'), 2, 'half_up').toString()).toBe('-2.35');
    expect(roundDecimal(new Dec('-2.345'), 2, 'half_even').toString()).toBe('-2.34');
    expect(roundDecimal(new Dec('-0.001'), 2).isNegative()).toBe(false);
    expect(() => roundDecimal(new Dec(1), -1)).toThrow(/places/);
  });

  it('is not affected by the global decimal.js configuration', () => {
    expect(toDec('0.1').plus('0.2').toString()).toBe('0.3');
    expect(new Dec(1).div(3).toString()).toBe(`0.${'3'.repeat(40)}`);
    expect(new Dec('1e-30').toString()).toBe(`0.${'0'.repeat(29)}1`);
  });
});

describe('canonicalDecimal', () => {
  it('gives one spelling per value', () => {
    expect(['012.50', '7.50', '-0', '0.000', '100', '0.0001'].map(canonicalDecimal)).toEqual([
      '12.5',
      '7.5',
      '0',
      '0',
      '100',
      '0.0001',
    ]);
  });
});
