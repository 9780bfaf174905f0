// Builders shared by the totals tests: a line with defaults and options with defaults.
import type { TotalsLine, TotalsOptions } from '../../../shared/documents/totals';

export function line(overrides: Partial<TotalsLine> = {}): TotalsLine {
  return {
    kind: 'product',
    quantity: 10_000,
    unitPrice: '1',
    discountPercent: null,
    discountAmount: null,
    taxRateId: 1,
    taxPercent: '20',
    ...overrides,
  };
}

export function options(overrides: Partial<TotalsOptions> = {}): TotalsOptions {
  return {
    currency: 'EUR',
    roundingMode: 'half_up',
    taxRounding: 'line',
    pricesIncludeTax: false,
    ...overrides,
  };
}
