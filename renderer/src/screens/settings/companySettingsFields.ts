// The fields of settings.update as a form, and which of them changed (only those are sent).
import type { CompanySettings, InputOf } from '../../../../shared/contract';

export type SettingsInput = InputOf<'settings.update'>;
export type RoundingMode = CompanySettings['roundingMode'];
export type TaxRounding = CompanySettings['taxRounding'];
/** Everything settings.update can change; the lock date and logo have their own methods. */
export type SettingsForm = Omit<CompanySettings, 'periodLockDate' | 'hasLogo' | 'updatedAt'>;

export const roundingLabels: Record<RoundingMode, string> = {
  half_up: 'Half up (2.345 → 2.35)',
  half_even: 'Half even (2.345 → 2.34)',
};

export const taxRoundingLabels: Record<TaxRounding, string> = {
  line: 'Per line',
  document: 'Per document',
};

/** What the choice means, under the field (the option texts stay short enough to read in the select). */
export const roundingHints: Record<RoundingMode, string> = {
  half_up: 'A half cent always rounds up.',
  half_even: 'Banker’s rounding: a half cent rounds to the even cent.',
};

export const taxRoundingHints: Record<TaxRounding, string> = {
  line: 'The tax of each line is rounded, then added up.',
  document: 'The tax of each rate is rounded once, on the document total.',
};

export function formOfSettings(s: CompanySettings): SettingsForm {
  return {
    name: s.name,
    addressLine1: s.addressLine1,
    addressLine2: s.addressLine2,
    postalCode: s.postalCode,
    city: s.city,
    region: s.region,
    country: s.country,
    taxId: s.taxId,
    email: s.email,
    phone: s.phone,
    website: s.website,
    baseCurrency: s.baseCurrency,
    locale: s.locale,
    bankName: s.bankName,
    bankAccountHolder: s.bankAccountHolder,
    bankIban: s.bankIban,
    bankBic: s.bankBic,
    roundingMode: s.roundingMode,
    taxRounding: s.taxRounding,
  };
}

export function changedSettings(initial: SettingsForm, form: SettingsForm): SettingsInput {
  const changed = Object.entries(form).filter(([key, value]) => initial[key as keyof SettingsForm] !== value);
  return Object.fromEntries(changed) as Partial<SettingsForm>;
}

export const settingsFieldNames: ReadonlySet<string> = new Set([
  'name',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'region',
  'country',
  'taxId',
  'email',
  'phone',
  'website',
  'baseCurrency',
  'locale',
  'bankName',
  'bankAccountHolder',
  'bankIban',
  'bankBic',
  'roundingMode',
  'taxRounding',
] satisfies (keyof SettingsForm)[]);
