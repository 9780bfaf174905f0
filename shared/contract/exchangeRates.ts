// The company's own exchange-rate table (entered or imported from CSV; never fetched at run time).
import { z } from 'zod';
import { method } from './define';
import { currency, id, isoDate, paging, type Page } from './fields';

export interface ExchangeRate {
  id: number;
  currency: string;
  date: string;
  /** Base-currency units per one unit of `currency`, as a decimal string. */
  rate: string;
  source: 'manual' | 'import';
  updatedAt: string;
}

/** A rate: a positive decimal with at most 10 decimals, like "0.9234" or "162.5". */
export const rateText = z
  .string({ error: 'The rate must be a decimal written as text, like "0.9234"' })
  .trim()
  .regex(/^\d{1,9}(\.\d{1,10})?$/, 'A rate is a positive number with at most 10 decimals, like 0.9234')
  .refine((r) => /[1-9]/.test(r), 'A rate must be more than 0');

export interface RateImportResult {
  imported: number;
  replaced: number;
}

export const exchangeRatesContract = {
  'exchangeRates.set': method(z.object({ currency, date: isoDate, rate: rateText })).returns<ExchangeRate>(),
  'exchangeRates.list': method(
    z.object({ currency: currency.optional(), ...paging }).default({ limit: 50, offset: 0 }),
  ).returns<Page<ExchangeRate>>(),
  'exchangeRates.remove': method(z.object({ id })).returns<{ removed: boolean }>(),
  /** The rate in force on a date: the latest one dated on or before it; null when there is none. */
  'exchangeRates.rateOn': method(z.object({ currency, date: isoDate })).returns<ExchangeRate | null>(),
  /** CSV with columns date, currency, rate (header optional; comma or semicolon). All lines or none. */
  'exchangeRates.import': method(
    z.object({
      csv: z.string().min(1, 'The file is empty').max(2_000_000, 'The file is too large (at most 2 MB)'),
    }),
  ).returns<RateImportResult>(),
};
