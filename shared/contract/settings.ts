// Company settings, tax rates, payment terms and number series.
import { z } from 'zod';
import { method } from './define';
import {
  countryCode,
  currency,
  empty,
  id,
  isoDate,
  locale,
  optionalEmail,
  optionalText,
  percent,
  requiredText,
} from './fields';

export const roundingModes = ['half_up', 'half_even'] as const;
export const taxRoundingModes = ['line', 'document'] as const;

export interface CompanySettings {
  name: string;
  addressLine1: string;
  addressLine2: string;
  postalCode: string;
  city: string;
  region: string;
  country: string;
  taxId: string;
  email: string;
  phone: string;
  website: string;
  baseCurrency: string;
  locale: string;
  bankName: string;
  bankAccountHolder: string;
  bankIban: string;
  bankBic: string;
  roundingMode: (typeof roundingModes)[number];
  taxRounding: (typeof taxRoundingModes)[number];
  periodLockDate: string | null;
  hasLogo: boolean;
  updatedAt: string;
}

export const companySettingsInput = z.object({
  name: requiredText('Company name'),
  addressLine1: optionalText('Address line 1'),
  addressLine2: optionalText('Address line 2'),
  postalCode: optionalText('Postal code', 20),
  city: optionalText('City', 100),
  region: optionalText('Region', 100),
  country: countryCode,
  taxId: optionalText('Tax id', 50),
  email: optionalEmail,
  phone: optionalText('Phone', 50),
  website: optionalText('Website', 200),
  baseCurrency: currency,
  locale,
  bankName: optionalText('Bank name', 100),
  bankAccountHolder: optionalText('Account holder', 100),
  bankIban: optionalText('IBAN', 42),
  bankBic: optionalText('BIC', 11),
  roundingMode: z.enum(roundingModes),
  taxRounding: z.enum(taxRoundingModes),
});

export const logoMimeTypes = ['image/png', 'image/jpeg'] as const;
export const MAX_LOGO_BYTES = 1024 * 1024;

export const taxCategories = ['standard', 'reduced', 'zero', 'exempt', 'reverse_charge'] as const;
export interface TaxRate {
  id: number;
  name: string;
  ratePercent: string;
  category: (typeof taxCategories)[number];
  accountId: number;
  archived: boolean;
}
const taxRateFields = {
  name: requiredText('Name', 100),
  ratePercent: percent('Rate'),
  category: z.enum(taxCategories, { error: 'Choose a category' }),
};

export const termKinds = ['net', 'end_of_month'] as const;
export interface PaymentTerms {
  id: number;
  name: string;
  kind: (typeof termKinds)[number];
  days: number;
  discountPercent: string | null;
  discountDays: number | null;
  isDefault: boolean;
  archived: boolean;
  description: string;
}
const days = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} cannot be negative`)
    .max(365, `${label} must be at most 365`);

const termsFields = z
  .object({
    name: requiredText('Name', 100),
    kind: z.enum(termKinds, { error: 'Choose net or end of month' }),
    days: days('Days'),
    discountPercent: percent('Discount').nullable().default(null),
    discountDays: days('Discount days').nullable().default(null),
    isDefault: z.boolean().default(false),
  })
  .superRefine((t, ctx) => {
    if ((t.discountPercent === null) !== (t.discountDays === null)) {
      const path = t.discountPercent === null ? 'discountPercent' : 'discountDays';
      ctx.addIssue({
        code: 'custom',
        path: [path],
        message: 'Give both the discount % and its days, or neither',
      });
    }
    if (t.discountPercent !== null && !/[1-9]/.test(t.discountPercent)) {
      ctx.addIssue({ code: 'custom', path: ['discountPercent'], message: 'Discount must be more than 0' });
    }
    if (t.discountDays !== null && t.kind === 'net' && t.discountDays > t.days) {
      ctx.addIssue({
        code: 'custom',
        path: ['discountDays'],
        message: 'Discount days cannot exceed the payment days',
      });
    }
  });

export const seriesKeys = [
  'order',
  'shipment',
  'invoice',
  'credit_note',
  'reminder',
  'journal',
  'payment',
  'refund',
] as const;
export type SeriesKey = (typeof seriesKeys)[number];
export interface NumberSeries {
  key: SeriesKey;
  name: string;
  pattern: string;
  resetYearly: boolean;
  nextNumber: number;
  /** The last number issued in the current period, or null when none was issued yet. */
  lastIssued: string | null;
  preview: string;
}

export const settingsContract = {
  'settings.get': method(empty).returns<CompanySettings>(),
  'settings.update': method(companySettingsInput.partial()).returns<CompanySettings>(),
  'settings.setLogo': method(
    z.object({
      image: z
        .object({
          mimeType: z.enum(logoMimeTypes, { error: 'The logo must be a PNG or JPEG image' }),
          dataBase64: z
            .string()
            .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 4, 'The logo must be at most 1 MB')
            .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The logo data is not valid base64'),
        })
        .nullable(),
    }),
  ).returns<CompanySettings>(),
  'settings.getLogo': method(empty).returns<{ mimeType: string; dataBase64: string } | null>(),
  'settings.setPeriodLock': method(z.object({ date: isoDate.nullable() })).returns<CompanySettings>(),

  'taxRates.list': method(
    z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
  ).returns<TaxRate[]>(),
  'taxRates.create': method(z.object(taxRateFields)).returns<TaxRate>(),
  'taxRates.update': method(z.object({ id, ...taxRateFields })).returns<TaxRate>(),
  'taxRates.archive': method(z.object({ id, archived: z.boolean().default(true) })).returns<TaxRate>(),

  'paymentTerms.list': method(
    z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
  ).returns<PaymentTerms[]>(),
  'paymentTerms.create': method(termsFields).returns<PaymentTerms>(),
  'paymentTerms.update': method(z.object({ id }).and(termsFields)).returns<PaymentTerms>(),
  'paymentTerms.archive': method(
    z.object({ id, archived: z.boolean().default(true) }),
  ).returns<PaymentTerms>(),

  'numberSeries.list': method(empty).returns<NumberSeries[]>(),
  'numberSeries.update': method(
    z.object({
      key: z.enum(seriesKeys),
      pattern: z
        .string()
        .trim()
        .min(1, 'Pattern is required')
        .max(40, 'Pattern must be at most 40 characters')
        .optional(),
      resetYearly: z.boolean().optional(),
      nextNumber: z.number().int().min(1, 'Next number must be at least 1').max(999_999_999).optional(),
    }),
  ).returns<NumberSeries>(),
};
