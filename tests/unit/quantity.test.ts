// Quantities as integers in ten-thousandths: parsing, canonical formatting and exact round trips.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuantity, parseQuantity, QTY_SCALE, quantityToDec } from '../../shared/quantity';

describe('parseQuantity', () => {
  it('scales decimals to ten-thousandths', () => {
    expect(QTY_SCALE).toBe(4);
    expect(parseQuantity('1.5')).toBe(15000);
    expect(parseQuantity('2')).toBe(20000);
    expect(parseQuantity('-0.25')).toBe(-2500);
    expect(parseQuantity('0.0001')).toBe(1);
    expect(parseQuantity('12.3456')).toBe(123456);
    expect(parseQuantity(' 3 ')).toBe(30000);
    expect(parseQuantity('.5')).toBe(5000);
    expect(parseQuantity('+7')).toBe(70000);
  });

  it('normalises zero and accepts harmless trailing zeros', () => {
    expect(Object.is(parseQuantity('-0'), 0)).toBe(true);
    expect(Object.is(parseQuantity('-0.0000'), 0)).toBe(true);
    expect(parseQuantity('1.50000')).toBe(15000);
  });

  it('refuses more than four decimals', () => {
    expect(() => parseQuantity('1.00001')).toThrow(/more than 4 decimals/);
    expect(() => parseQuantity('0.12345')).toThrow(/more than 4 decimals/);
  });

  it('refuses non-numeric and exponent forms', () => {
    for (const text of [
      '',
      'abc',
      '1e3',
      '1E-2',
      '0x10',
      'NaN',
      'Infinity',
      '1,5',
      '1 000',
      '--1',
      '1.2.3',
    ]) {
      expect(() => parseQuantity(text), text).toThrow(/plain decimal/);
    }
  });

  it('refuses results beyond a safe integer', () => {
    // MAX_SAFE_INTEGER = 9007199254740991 e4 = 900719925474.0991
    expect(parseQuantity('900719925474.0991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseQuantity('-900719925474.0991')).toBe(-Number.MAX_SAFE_INTEGER);
    expect(() => parseQuantity('900719925474.0992')).toThrow(/too large/);
    expect(() => parseQuantity('1'.repeat(30))).toThrow(/too large/);
  });
});

describe('formatQuantity', () => {
  it('prints the shortest exact decimal', () => {
    expect(formatQuantity(15000)).toBe('1.5');
    expect(formatQuantity(20000)).toBe('2');
    expect(formatQuantity(-1)).toBe('-0.0001');
    expect(formatQuantity(123456)).toBe('12.3456');
    expect(formatQuantity(100)).toBe('0.01');
    expect(formatQuantity(0)).toBe('0');
    expect(formatQuantity(-0)).toBe('0');
    expect(formatQuantity(Number.MAX_SAFE_INTEGER)).toBe('900719925474.0991');
  });

  it('refuses non-integers and unsafe integers', () => {
    expect(() => formatQuantity(1.5)).toThrow(/whole number/);
    expect(() => formatQuantity(Number.NaN)).toThrow(/whole number/);
    expect(() => formatQuantity(2 ** 53)).toThrow(/whole number/);
  });
});

describe('quantityToDec', () => {
  it('gives the exact decimal', () => {
    expect(quantityToDec(15000).toString()).toBe('1.5');
    expect(quantityToDec(-2500).toString()).toBe('-0.25');
    expect(quantityToDec(1).times(3).toString()).toBe('0.0003');
  });
});

describe('quantity properties', () => {
  const safe = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });

  it('format then parse returns the same integer', () => {
    fc.assert(
      fc.property(safe, (e4) => {
        expect(parseQuantity(formatQuantity(e4))).toBe(e4);
        expect(quantityToDec(e4).times(10_000).toNumber()).toBe(e4);
      }),
      { numRuns: 1000 },
    );
  });

  it('parse then format is canonical for any decimal with up to four places', () => {
    const text = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 900_719_925_473n }), fc.integer({ min: 0, max: 9999 }))
      .map(([negative, whole, fraction]) => {
        const body = `${whole}.${String(fraction).padStart(4, '0')}`;
        return negative ? `-${body}` : body;
      });
    fc.assert(
      fc.property(text, (input) => {
        const e4 = parseQuantity(input);
        const canonical = formatQuantity(e4);
        expect(parseQuantity(canonical)).toBe(e4);
        expect(canonical).not.toMatch(/\.\d*0$|^-0$|^-?0\d/);
      }),
      { numRuns: 1000 },
    );
  });
});
