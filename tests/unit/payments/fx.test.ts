// Realised FX gain/loss per allocation, across currencies with different minor units.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realisedFx } from '../../../shared/payments/fx';

const usd = { currency: 'USD', baseCurrency: 'EUR' };

describe('realisedFx', () => {
  it('books a gain when the payment rate is higher (USD → EUR, 0.92 → 0.95)', () => {
    // 1,000.00 USD: AR 920.00 EUR relieved, 950.00 EUR received → 30.00 gain.
    expect(realisedFx({ ...usd, amount: 100000, invoiceRate: '0.92', payment: { rate: '0.95' } })).toEqual({
      arBase: 92000,
      cashBase: 95000,
      difference: 3000,
      kind: 'gain',
    });
    // 123.45 USD: 113.574 → 113.57 on AR; 117.2775 → 117.28 cash → 3.71 gain.
    expect(
      realisedFx({ ...usd, amount: 12345, invoiceRate: '0.92', payment: { rate: '0.95' } }),
    ).toMatchObject({
      arBase: 11357,
      cashBase: 11728,
      difference: 371,
    });
  });

  it('books a loss when the payment rate is lower (0.95 → 0.92)', () => {
    expect(realisedFx({ ...usd, amount: 100000, invoiceRate: '0.95', payment: { rate: '0.92' } })).toEqual({
      arBase: 95000,
      cashBase: 92000,
      difference: -3000,
      kind: 'loss',
    });
  });

  it('handles a JPY invoice paid in EUR, the base currency', () => {
    // ¥10,000 booked at 0.0062 → 62.00 EUR; the customer pays 60.00 EUR for it → 2.00 loss.
    const jpy = { amount: 10000, currency: 'JPY', baseCurrency: 'EUR', invoiceRate: '0.0062' };
    expect(realisedFx({ ...jpy, payment: { base: 6000 } })).toEqual({
      arBase: 6200,
      cashBase: 6000,
      difference: -200,
      kind: 'loss',
    });
    // The same as a rate: 0.0060 EUR per yen.
    expect(realisedFx({ ...jpy, payment: { rate: '0.006' } }).difference).toBe(-200);
    // ¥12,345 at 0.00615 → 75.92175 → 75.92 EUR.
    expect(realisedFx({ ...jpy, amount: 12345, invoiceRate: '0.00615', payment: { base: 7592 } }).kind).toBe(
      'none',
    );
  });

  it('handles KWD (3 decimals) into EUR (2)', () => {
    // 1.234 KWD: × 2.98 = 3.67732 → 3.68 EUR on AR; × 3.01 = 3.71434 → 3.71 cash → 0.03 gain.
    expect(
      realisedFx({
        amount: 1234,
        currency: 'KWD',
        baseCurrency: 'EUR',
        invoiceRate: '2.98',
        payment: { rate: '3.01' },
      }),
    ).toMatchObject({ arBase: 368, cashBase: 371, difference: 3, kind: 'gain' });
  });

  it('clears the invoice exactly on the settling allocation when given the AR base still open', () => {
    // 0.03 USD booked at 0.5 → 1.5 → 0.02 EUR on AR. Paid 0.01 three times at 0.5: each 0.005 → 0.01.
    // Without care AR would be relieved 0.03 against 0.02 booked; the last allocation relieves what is left.
    const part = { ...usd, amount: 1, invoiceRate: '0.5', payment: { rate: '0.5' } };
    expect(realisedFx(part)).toMatchObject({ arBase: 1, cashBase: 1, difference: 0 });
    expect(realisedFx({ ...part, arBaseRemaining: 0 })).toMatchObject({
      arBase: 0,
      cashBase: 1,
      difference: 1,
    });
  });

  it('refuses negative amounts and bad rates', () => {
    expect(() => realisedFx({ ...usd, amount: -1, invoiceRate: '1', payment: { rate: '1' } })).toThrow(
      /negative/,
    );
    expect(() => realisedFx({ ...usd, amount: 1, invoiceRate: '0', payment: { rate: '1' } })).toThrow(
      /above 0/,
    );
    expect(() => realisedFx({ ...usd, amount: 1, invoiceRate: '1', payment: { base: -1 } })).toThrow(
      /negative/,
    );
  });

  it('difference = cash − AR, none at equal rates, and swapping the rates flips the sign', () => {
    const rate = fc.integer({ min: 1, max: 9_999_999 }).map((n) => (n / 1e6).toFixed(6));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), rate, rate, (amount, ri, rp) => {
        const a = realisedFx({ ...usd, amount, invoiceRate: ri, payment: { rate: rp } });
        const b = realisedFx({ ...usd, amount, invoiceRate: rp, payment: { rate: ri } });
        expect(a.difference).toBe(a.cashBase - a.arBase);
        expect(a.difference + b.difference).toBe(0);
        expect(realisedFx({ ...usd, amount, invoiceRate: ri, payment: { rate: ri } }).kind).toBe('none');
      }),
    );
  });
});
