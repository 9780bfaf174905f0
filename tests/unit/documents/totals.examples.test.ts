// Worked examples with hand-computed numbers: every expected value is derived in the comment beside it.
import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../../shared/documents/totals';
import { line, options } from './totalsFixtures';

describe('computeTotals worked examples', () => {
  // Three lines of 1 × 0.13 at 19 %, tax-exclusive, EUR.
  const lines = [1, 2, 3].map(() => line({ unitPrice: '0.13', taxPercent: '19' }));

  it('per line: each 0.13 × 19 % = 0.0247 → 0.02, so tax 0.06 and total 0.45', () => {
    const totals = computeTotals(lines, options({ taxRounding: 'line' }));
    expect(totals.lines).toEqual(
      [1, 2, 3].map(() => ({ amount: 13, discount: 0, net: 13, tax: 2, gross: 15 })),
    );
    expect(totals.taxes).toEqual([{ taxRateId: 1, taxPercent: '19', base: 39, tax: 6 }]);
    expect(totals).toMatchObject({ net: 39, tax: 6, total: 45, fees: 0, discount: 0 });
  });

  it('per document: 0.39 × 19 % = 0.0741 → 0.07, one cent more, spread back as 3 + 2 + 2', () => {
    // allocate(7, [13, 13, 13]): floors 2, 2, 2; equal remainders, so the spare cent goes to the first line.
    const totals = computeTotals(lines, options({ taxRounding: 'document' }));
    expect(totals.lines.map((l) => l.tax)).toEqual([3, 2, 2]);
    expect(totals.lines.map((l) => l.gross)).toEqual([16, 15, 15]);
    expect(totals.taxes).toEqual([{ taxRateId: 1, taxPercent: '19', base: 39, tax: 7 }]);
    expect(totals).toMatchObject({ net: 39, tax: 7, total: 46 });
  });

  it('tax-inclusive: one line of 3 × 9.99 incl. 19 %', () => {
    // gross 29.97; tax = 29.97 × 19 / 119 = 569.43 / 119 = 4.785126… → 4.79; net = 29.97 − 4.79 = 25.18.
    const totals = computeTotals(
      [line({ quantity: 30_000, unitPrice: '9.99', taxPercent: '19' })],
      options({ pricesIncludeTax: true }),
    );
    expect(totals.lines).toEqual([{ amount: 2997, discount: 0, net: 2518, tax: 479, gross: 2997 }]);
    expect(totals.taxes).toEqual([{ taxRateId: 1, taxPercent: '19', base: 2518, tax: 479 }]);
    expect(totals).toMatchObject({ net: 2518, tax: 479, total: 2997 });
  });

  it('tax-inclusive: three lines of 9.99 incl. 19 %, per line vs per document', () => {
    const three = [1, 2, 3].map(() => line({ unitPrice: '9.99', taxPercent: '19' }));
    // Per line: 9.99 × 19 / 119 = 1.595042… → 1.60 each: tax 4.80, net 3 × 8.39 = 25.17, total stays 29.97.
    const perLine = computeTotals(three, options({ pricesIncludeTax: true }));
    expect(perLine.lines.map((l) => [l.net, l.tax, l.gross])).toEqual([
      [839, 160, 999],
      [839, 160, 999],
      [839, 160, 999],
    ]);
    expect(perLine).toMatchObject({ net: 2517, tax: 480, total: 2997 });
    // Per document: 29.97 × 19 / 119 → 4.79, allocated by gross 160 + 160 + 159 (first lines win ties).
    const perDocument = computeTotals(three, options({ pricesIncludeTax: true, taxRounding: 'document' }));
    expect(perDocument.lines.map((l) => [l.net, l.tax, l.gross])).toEqual([
      [839, 160, 999],
      [839, 160, 999],
      [840, 159, 999],
    ]);
    expect(perDocument).toMatchObject({ net: 2518, tax: 479, total: 2997 });
  });

  it('JPY has no minor unit: 1.5 × ¥99 at 8 % and 3 × ¥333 at 10 %', () => {
    // 1.5 × 99 = 148.5 → ¥149 (half up); 149 × 8 % = 11.92 → ¥12; gross 161.
    // 3 × 333 = 999; 999 × 10 % = 99.9 → ¥100; gross 1099. Net 1148 + tax 112 = 1260.
    const totals = computeTotals(
      [
        line({ quantity: 15_000, unitPrice: '99', taxRateId: 2, taxPercent: '8' }),
        line({ quantity: 30_000, unitPrice: '333', taxRateId: 1, taxPercent: '10' }),
      ],
      options({ currency: 'JPY' }),
    );
    expect(totals.lines).toEqual([
      { amount: 149, discount: 0, net: 149, tax: 12, gross: 161 },
      { amount: 999, discount: 0, net: 999, tax: 100, gross: 1099 },
    ]);
    // Sorted by percent, highest first.
    expect(totals.taxes).toEqual([
      { taxRateId: 1, taxPercent: '10', base: 999, tax: 100 },
      { taxRateId: 2, taxPercent: '8', base: 149, tax: 12 },
    ]);
    expect(totals).toMatchObject({ net: 1148, tax: 112, total: 1260 });
  });

  it('KWD has three decimals: 2 × 1.23456 less 10 % at 5 %', () => {
    // amount 2.46912 → 2.469; discount 0.246912; net 2.222208 → 2.222; discount shown = 2.469 − 2.222 = 0.247.
    // tax 2.222 × 5 % = 0.1111 → 0.111; gross 2.333.
    const totals = computeTotals(
      [line({ quantity: 20_000, unitPrice: '1.23456', discountPercent: '10', taxPercent: '5' })],
      options({ currency: 'KWD' }),
    );
    expect(totals.lines).toEqual([{ amount: 2469, discount: 247, net: 2222, tax: 111, gross: 2333 }]);
    expect(totals).toMatchObject({ net: 2222, tax: 111, total: 2333, discount: 247 });
  });

  it('discount percent and discount amount', () => {
    // Line 1: 3 × 19.99 = 59.97; 12.5 % = 7.49625; net 52.47375 → 52.47; discount 59.97 − 52.47 = 7.50;
    //         tax 52.47 × 20 % = 10.494 → 10.49.
    // Line 2: 2.5 × 40.00 = 100.00; minus 15.00 → 85.00; tax 17.00.
    // Net 137.47, tax 27.49, total 164.96, discounts 7.50 + 15.00 = 22.50.
    const totals = computeTotals(
      [
        line({ quantity: 30_000, unitPrice: '19.99', discountPercent: '12.5' }),
        line({ quantity: 25_000, unitPrice: '40.00', discountAmount: 1500 }),
      ],
      options(),
    );
    expect(totals.lines).toEqual([
      { amount: 5997, discount: 750, net: 5247, tax: 1049, gross: 6296 },
      { amount: 10000, discount: 1500, net: 8500, tax: 1700, gross: 10200 },
    ]);
    expect(totals).toMatchObject({ net: 13747, tax: 2749, total: 16496, discount: 2250 });
  });

  it('half up and half even differ on exact ties', () => {
    // Line A: 1 × 0.125 at 0 %: 0.125 → 0.13 half up, 0.12 half even.
    // Line B: 2 × 0.125 = 0.25 at 10 %: tax 0.025 → 0.03 half up, 0.02 half even.
    const tied = [
      line({ unitPrice: '0.125', taxRateId: 2, taxPercent: '0' }),
      line({ quantity: 20_000, unitPrice: '0.125', taxPercent: '10' }),
    ];
    const up = computeTotals(tied, options({ roundingMode: 'half_up' }));
    expect(up.lines.map((l) => [l.net, l.tax])).toEqual([
      [13, 0],
      [25, 3],
    ]);
    expect(up).toMatchObject({ net: 38, tax: 3, total: 41 });
    const even = computeTotals(tied, options({ roundingMode: 'half_even' }));
    expect(even.lines.map((l) => [l.net, l.tax])).toEqual([
      [12, 0],
      [25, 2],
    ]);
    expect(even).toMatchObject({ net: 37, tax: 2, total: 39 });
  });

  describe('several rates and a shipping fee at its own rate', () => {
    // 1: 2 × 49.90 = 99.80 at 19 % → 18.962 → 18.96
    // 2: 3 × 7.45 = 22.35 at 7 % → 1.5645 → 1.56
    // 3: free text 1 × 5.05 at 7 % → 0.3535 → 0.35
    // 4: fee 1 × 4.95 at 10 % → 0.495 → 0.50
    const mixed = [
      line({ quantity: 20_000, unitPrice: '49.90', taxRateId: 1, taxPercent: '19' }),
      line({ quantity: 30_000, unitPrice: '7.45', taxRateId: 2, taxPercent: '7' }),
      line({ kind: 'text', unitPrice: '5.05', taxRateId: 2, taxPercent: '7' }),
      line({ kind: 'fee', unitPrice: '4.95', taxRateId: 3, taxPercent: '10' }),
    ];

    it('per line: 7 % tax is 1.56 + 0.35 = 1.91', () => {
      // Net 99.80 + 22.35 + 5.05 + 4.95 = 132.15; tax 18.96 + 1.56 + 0.35 + 0.50 = 21.37; total 153.52.
      const totals = computeTotals(mixed, options());
      expect(totals.lines.map((l) => l.tax)).toEqual([1896, 156, 35, 50]);
      expect(totals.taxes).toEqual([
        { taxRateId: 1, taxPercent: '19', base: 9980, tax: 1896 },
        { taxRateId: 3, taxPercent: '10', base: 495, tax: 50 },
        { taxRateId: 2, taxPercent: '7', base: 2740, tax: 191 },
      ]);
      expect(totals).toMatchObject({ net: 13215, tax: 2137, total: 15352, fees: 495, discount: 0 });
    });

    it('per document: 7 % tax is 27.40 × 7 % = 1.918 → 1.92, spread back as 1.57 + 0.35', () => {
      // allocate(192, [2235, 505]): exact 156.61 and 35.39 → floors 156 + 35, spare cent to the .61 remainder.
      const totals = computeTotals(mixed, options({ taxRounding: 'document' }));
      expect(totals.lines.map((l) => l.tax)).toEqual([1896, 157, 35, 50]);
      expect(totals.taxes.map((t) => t.tax)).toEqual([1896, 50, 192]);
      expect(totals).toMatchObject({ net: 13215, tax: 2138, total: 15353, fees: 495 });
    });
  });

  it('lists a used rate with zero base, normalises the percent and puts lines without a rate last', () => {
    const totals = computeTotals(
      [
        line({ unitPrice: '0', taxRateId: 4, taxPercent: '20.00' }),
        line({ unitPrice: '10', taxRateId: null, taxPercent: '0' }),
        line({ unitPrice: '10', taxRateId: 7, taxPercent: '0.0' }),
        line({ unitPrice: '10', taxRateId: 2, taxPercent: '20' }),
      ],
      options({ taxRounding: 'document' }),
    );
    expect(totals.taxes).toEqual([
      { taxRateId: 2, taxPercent: '20', base: 1000, tax: 200 },
      { taxRateId: 4, taxPercent: '20', base: 0, tax: 0 },
      { taxRateId: 7, taxPercent: '0', base: 1000, tax: 0 },
      { taxRateId: null, taxPercent: '0', base: 1000, tax: 0 },
    ]);
    expect(totals).toMatchObject({ net: 3000, tax: 200, total: 3200 });
  });

  it('returns zeros for an empty document', () => {
    expect(computeTotals([], options())).toEqual({
      lines: [],
      taxes: [],
      net: 0,
      tax: 0,
      fees: 0,
      total: 0,
      discount: 0,
    });
  });
});
