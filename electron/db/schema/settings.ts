// The company profile, user profiles, tax rates, payment terms, number series and exchange rates.
import { sql } from 'drizzle-orm';
import { blob, check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, updatedAt } from './columns';
import { accounts } from './ledger';

export const company = sqliteTable(
  'company',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    addressLine1: text('address_line1').notNull().default(''),
    addressLine2: text('address_line2').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    city: text('city').notNull().default(''),
    region: text('region').notNull().default(''),
    country: text('country').notNull().default(''),
    taxId: text('tax_id').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    website: text('website').notNull().default(''),
    baseCurrency: text('base_currency').notNull(),
    locale: text('locale').notNull(),
    bankName: text('bank_name').notNull().default(''),
    bankAccountHolder: text('bank_account_holder').notNull().default(''),
    bankIban: text('bank_iban').notNull().default(''),
    bankBic: text('bank_bic').notNull().default(''),
    roundingMode: text('rounding_mode', { enum: ['half_up', 'half_even'] })
      .notNull()
      .default('half_up'),
    taxRounding: text('tax_rounding', { enum: ['line', 'document'] })
      .notNull()
      .default('line'),
    periodLockDate: text('period_lock_date'),
    logo: blob('logo', { mode: 'buffer' }),
    logoMimeType: text('logo_mime_type'),
    createdAt,
    updatedAt,
  },
  (t) => [check('company_single_row', sql`${t.id} = 1`)],
);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
  pinHash: text('pin_hash'),
  archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
  createdAt,
});

export const taxRates = sqliteTable('tax_rates', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  ratePercent: text('rate_percent').notNull(),
  category: text('category', { enum: ['standard', 'reduced', 'zero', 'exempt', 'reverse_charge'] }).notNull(),
  accountId: integer('account_id')
    .notNull()
    .references(() => accounts.id),
  archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
  createdAt,
});

export const paymentTerms = sqliteTable('payment_terms', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['net', 'end_of_month'] }).notNull(),
  days: integer('days').notNull(),
  discountPercent: text('discount_percent'),
  discountDays: integer('discount_days'),
  isDefault: integer('is_default', { mode: 'boolean' }).notNull().default(false),
  archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
  createdAt,
});

export const numberSeries = sqliteTable('number_series', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  pattern: text('pattern').notNull(),
  resetYearly: integer('reset_yearly', { mode: 'boolean' }).notNull().default(true),
  /** A first number other than 1, chosen by the user for one period only (the others start at 1). */
  startNumber: integer('start_number').notNull().default(1),
  startPeriod: integer('start_period'),
});

/** The last number issued per series and period (period = year when the series resets yearly, else 0). */
export const numberCounters = sqliteTable(
  'number_counters',
  {
    seriesKey: text('series_key')
      .notNull()
      .references(() => numberSeries.key),
    period: integer('period').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [uniqueIndex('number_counters_series_period').on(t.seriesKey, t.period)],
);

/** The company's own exchange-rate table: base-currency units per one unit of `currency`, valid from `date`. */
export const exchangeRates = sqliteTable(
  'exchange_rates',
  {
    id: integer('id').primaryKey(),
    currency: text('currency').notNull(),
    date: text('date').notNull(),
    rate: text('rate').notNull(),
    source: text('source', { enum: ['manual', 'import'] }).notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt,
    updatedAt,
  },
  (t) => [uniqueIndex('exchange_rates_currency_date').on(t.currency, t.date)],
);
