// Customers (with contacts and addresses) and the product catalogue.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, updatedAt } from './columns';
import { paymentTerms, taxRates } from './settings';

export const customers = sqliteTable(
  'customers',
  {
    id: integer('id').primaryKey(),
    number: text('number').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    website: text('website').notNull().default(''),
    taxId: text('tax_id').notNull().default(''),
    currency: text('currency').notNull(),
    paymentTermsId: integer('payment_terms_id').references(() => paymentTerms.id),
    creditLimit: integer('credit_limit'),
    creditStop: integer('credit_stop', { mode: 'boolean' }).notNull().default(false),
    overdueToleranceDays: integer('overdue_tolerance_days').notNull().default(0),
    language: text('language').notNull().default('en'),
    segment: text('segment').notNull().default(''),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
    notes: text('notes').notNull().default(''),
    billingLine1: text('billing_line1').notNull().default(''),
    billingLine2: text('billing_line2').notNull().default(''),
    billingPostalCode: text('billing_postal_code').notNull().default(''),
    billingCity: text('billing_city').notNull().default(''),
    billingRegion: text('billing_region').notNull().default(''),
    billingCountry: text('billing_country').notNull().default(''),
    shippingSameAsBilling: integer('shipping_same_as_billing', { mode: 'boolean' }).notNull().default(true),
    shippingLine1: text('shipping_line1').notNull().default(''),
    shippingLine2: text('shipping_line2').notNull().default(''),
    shippingPostalCode: text('shipping_postal_code').notNull().default(''),
    shippingCity: text('shipping_city').notNull().default(''),
    shippingRegion: text('shipping_region').notNull().default(''),
    shippingCountry: text('shipping_country').notNull().default(''),
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    createdAt,
    updatedAt,
  },
  (t) => [
    uniqueIndex('customers_number_unique').on(t.number),
    index('customers_name_idx').on(sql`${t.name} COLLATE NOCASE`, t.id),
    index('customers_archived_name_idx').on(t.archived, sql`${t.name} COLLATE NOCASE`, t.id),
    check('customers_credit_limit_nonneg', sql`${t.creditLimit} IS NULL OR ${t.creditLimit} >= 0`),
  ],
);

export const customerContacts = sqliteTable(
  'customer_contacts',
  {
    id: integer('id').primaryKey(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    role: text('role').notNull().default(''),
    isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('customer_contacts_customer_idx').on(t.customerId, t.position)],
);

export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey(),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    unit: text('unit').notNull().default('pcs'),
    price: text('price').notNull(),
    taxRateId: integer('tax_rate_id').references(() => taxRates.id),
    barcode: text('barcode').notNull().default(''),
    isStockTracked: integer('is_stock_tracked', { mode: 'boolean' }).notNull().default(true),
    allowNegativeStock: integer('allow_negative_stock', { mode: 'boolean' }).notNull().default(false),
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    createdAt,
    updatedAt,
  },
  (t) => [
    uniqueIndex('products_sku_unique').on(sql`${t.sku} COLLATE NOCASE`),
    index('products_barcode_idx').on(t.barcode),
    index('products_name_idx').on(sql`${t.name} COLLATE NOCASE`, t.id),
  ],
);
