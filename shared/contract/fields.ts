// Reusable zod field schemas: every contract input is built from these so limits and messages are uniform.
import { z } from 'zod';
import { isCurrencyCode } from '../money';
import { isIsoDate } from '../dates';

export const MAX_MINOR = Number.MAX_SAFE_INTEGER;

export const id = z
  .number({ error: 'Expected a record id' })
  .int('Expected a whole-number id')
  .positive('Expected a record id')
  .max(MAX_MINOR, 'Id is too large');

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

export const optionalText = (label: string, max = 200) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .default('');

const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
export const optionalEmail = z
  .string({ error: 'E-mail must be text' })
  .trim()
  .max(254, 'E-mail must be at most 254 characters')
  .refine((s) => s === '' || emailPattern.test(s), 'Enter an e-mail address like name@example.com')
  .default('');

export const currency = z
  .string({ error: 'Currency must be a code like EUR' })
  .trim()
  .toUpperCase()
  .refine((c) => isCurrencyCode(c), 'Unknown currency code: use an ISO code like EUR, USD or JPY');

export const locale = z
  .string({ error: 'Locale must be a code like en-US' })
  .trim()
  .max(35)
  .refine((l) => {
    try {
      return (
        Intl.getCanonicalLocales(l).length === 1 && Intl.NumberFormat.supportedLocalesOf([l]).length === 1
      );
    } catch {
      return false;
    }
  }, 'Unknown locale: use a code like en-US, de-DE or fr-CH');

export const isoDate = z
  .string({ error: 'Date must be text like 2026-01-31' })
  .refine((s) => isIsoDate(s), 'Enter a real date as YYYY-MM-DD');

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((s) => s === '' || /^[A-Z]{2}$/.test(s), 'Country must be a two-letter code like DE or US')
  .default('');

/** Non-negative integer amount in minor units (cents). */
export const minorAmount = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number of minor units (cents)`)
    .min(0, `${label} cannot be negative`)
    .max(MAX_MINOR, `${label} is too large`);

/** A decimal written as text ("12.50"), with a bounded scale, never a float. */
export const decimalString = (
  label: string,
  opts: { scale: number; max: number; allowNegative?: boolean },
) => {
  const pattern = new RegExp(`^${opts.allowNegative ? '-?' : ''}\\d{1,15}(\\.\\d{1,${opts.scale}})?$`);
  return z
    .string({ error: `${label} must be a decimal written as text, like "12.50"` })
    .trim()
    .refine((s) => pattern.test(s), `${label} must be a number with at most ${opts.scale} decimals`)
    .refine((s) => Math.abs(Number(s.split('.')[0])) <= opts.max, `${label} must be at most ${opts.max}`);
};

export const percent = (label: string) =>
  decimalString(label, { scale: 4, max: 100 }).refine(
    (s) => !/^100\.\d*[1-9]/.test(s),
    `${label} must be between 0 and 100`,
  );

export const paging = {
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).max(MAX_MINOR).default(0),
};

export const sortDir = z.enum(['asc', 'desc']).default('asc');

export const empty = z.object({}).default({});

export interface Page<T> {
  rows: T[];
  total: number;
}
