// The company file's tables. Money is INTEGER minor units beside a currency; prices and rates are decimal TEXT.
// Immutability triggers, full-text indexes and seed data live in hand-written migrations (migrations/*_custom).
import { sql } from 'drizzle-orm';
import { blob, check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = text('created_at').notNull();
const updatedAt = text('updated_at').notNull();

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

export const accounts = sqliteTable(
  'accounts',
  {
    id: integer('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    type: text('type', { enum: ['asset', 'liability', 'equity', 'income', 'expense'] }).notNull(),
    role: text('role'),
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    createdAt,
  },
  (t) => [uniqueIndex('accounts_code_unique').on(t.code), index('accounts_role_idx').on(t.role)],
);

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

export const journalEntries = sqliteTable(
  'journal_entries',
  {
    id: integer('id').primaryKey(),
    number: text('number').notNull(),
    date: text('date').notNull(),
    description: text('description').notNull(),
    currency: text('currency').notNull(),
    fxRate: text('fx_rate').notNull().default('1'),
    sourceType: text('source_type').notNull(),
    sourceId: integer('source_id'),
    postedAt: text('posted_at').notNull(),
    postedBy: integer('posted_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('journal_entries_number_unique').on(t.number),
    index('journal_entries_date_idx').on(t.date),
    index('journal_entries_source_idx').on(t.sourceType, t.sourceId),
  ],
);

/** One side of an entry. Amounts are signed minor units: debit positive, credit negative. */
export const journalLines = sqliteTable(
  'journal_lines',
  {
    id: integer('id').primaryKey(),
    entryId: integer('entry_id')
      .notNull()
      .references(() => journalEntries.id),
    lineNo: integer('line_no').notNull(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    description: text('description').notNull().default(''),
    amount: integer('amount').notNull(),
    amountBase: integer('amount_base').notNull(),
    customerId: integer('customer_id').references(() => customers.id),
    date: text('date').notNull(),
  },
  (t) => [
    index('journal_lines_entry_idx').on(t.entryId, t.lineNo),
    index('journal_lines_account_date_idx').on(t.accountId, t.date),
    // Covers the credit-exposure sum (a customer's receivable and credit lines) without reading the rows.
    index('journal_lines_customer_idx').on(t.customerId, t.accountId, t.amount),
  ],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey(),
    at: text('at').notNull(),
    userId: integer('user_id'),
    userName: text('user_name').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before'),
    after: text('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
);

// ---- Orders, credit control, stock and fulfilment -------------------------------------------------------------
// Quantities are INTEGER ten-thousandths ("e4": 1.5 pcs = 15000) so stock and order sums stay exact in SQL.

/** Every change of on-hand stock, append-only: on hand = Σ qty. */
export const stockMovements = sqliteTable(
  'stock_movements',
  {
    id: integer('id').primaryKey(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    date: text('date').notNull(),
    kind: text('kind', { enum: ['receipt', 'adjustment', 'count', 'shipment'] }).notNull(),
    qty: integer('qty').notNull(),
    reason: text('reason').notNull().default(''),
    shipmentId: integer('shipment_id'),
    createdAt,
    createdBy: integer('created_by').references(() => users.id),
  },
  // qty at the end: on hand (Σ qty per product) is read from the index alone.
  (t) => [index('stock_movements_product_idx').on(t.productId, t.id, t.qty)],
);

/** Reservations by confirmed order lines, append-only: reserved = Σ qty (+ on confirm, − on ship or cancel). */
export const stockReservations = sqliteTable(
  'stock_reservations',
  {
    id: integer('id').primaryKey(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    orderLineId: integer('order_line_id').notNull(),
    qty: integer('qty').notNull(),
    reason: text('reason', { enum: ['confirm', 'ship', 'cancel', 'edit', 'hold_released'] }).notNull(),
    createdAt,
  },
  (t) => [
    // qty at the end: reserved (Σ qty per product) is read from the index alone.
    index('stock_reservations_product_idx').on(t.productId, t.qty),
    index('stock_reservations_line_idx').on(t.orderLineId),
  ],
);

export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: ['order', 'quote'] }).notNull(),
    number: text('number'),
    /** Cached derived status (see shared/orders/status.ts); verifyOrder re-derives it from the rows. */
    status: text('status').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    quoteId: integer('quote_id'),
    orderDate: text('order_date').notNull(),
    validUntil: text('valid_until'),
    requestedDeliveryDate: text('requested_delivery_date'),
    customerReference: text('customer_reference').notNull().default(''),
    channel: text('channel').notNull(),
    billingAddress: text('billing_address', { mode: 'json' }).notNull(),
    shippingAddress: text('shipping_address', { mode: 'json' }).notNull(),
    currency: text('currency').notNull(),
    notes: text('notes').notNull().default(''),
    net: integer('net').notNull().default(0),
    tax: integer('tax').notNull().default(0),
    total: integer('total').notNull().default(0),
    discount: integer('discount').notNull().default(0),
    fees: integer('fees').notNull().default(0),
    /** Value of what is still to ship and of what was shipped (minor units), kept for credit exposure. */
    openValue: integer('open_value').notNull().default(0),
    shippedValue: integer('shipped_value').notNull().default(0),
    isConfirmed: integer('is_confirmed', { mode: 'boolean' }).notNull().default(false),
    isOnHold: integer('is_on_hold', { mode: 'boolean' }).notNull().default(false),
    isRejected: integer('is_rejected', { mode: 'boolean' }).notNull().default(false),
    isCancelled: integer('is_cancelled', { mode: 'boolean' }).notNull().default(false),
    isConverted: integer('is_converted', { mode: 'boolean' }).notNull().default(false),
    holdReasons: text('hold_reasons', { mode: 'json' }).$type<string[]>().notNull(),
    approvedAmount: integer('approved_amount'),
    confirmedAt: text('confirmed_at'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt,
    updatedAt,
  },
  (t) => [
    uniqueIndex('orders_number_unique').on(t.number),
    index('orders_status_date_idx').on(t.kind, t.status, t.orderDate, t.id),
    index('orders_kind_date_idx').on(t.kind, t.orderDate, t.id),
    // Covers the credit-exposure sum of a customer's live orders (open and shipped value).
    index('orders_customer_idx').on(
      t.customerId,
      t.isConfirmed,
      t.isCancelled,
      t.isRejected,
      t.kind,
      t.openValue,
      t.shippedValue,
    ),
    // NOCASE: the list's case-insensitive prefix search (LIKE 'term%') seeks these instead of scanning; with kind,
    // counting the hits needs no row reads.
    index('orders_reference_idx').on(sql`${t.customerReference} COLLATE NOCASE`, t.kind),
    index('orders_number_nocase_idx').on(sql`${t.number} COLLATE NOCASE`, t.kind),
  ],
);

export const orderLines = sqliteTable(
  'order_lines',
  {
    id: integer('id').primaryKey(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    position: integer('position').notNull(),
    kind: text('kind', { enum: ['product', 'text', 'fee'] }).notNull(),
    productId: integer('product_id').references(() => products.id),
    description: text('description').notNull().default(''),
    qty: integer('qty').notNull(),
    unit: text('unit').notNull().default(''),
    unitPrice: text('unit_price').notNull(),
    discountPercent: text('discount_percent'),
    discountAmount: integer('discount_amount'),
    taxRateId: integer('tax_rate_id').references(() => taxRates.id),
    taxPercent: text('tax_percent').notNull().default('0'),
    feeKind: text('fee_kind'),
    net: integer('net').notNull(),
    tax: integer('tax').notNull(),
    /** Cached sums of shipped and cancelled quantity; verifyOrder re-derives them from shipment lines. */
    shippedQty: integer('shipped_qty').notNull().default(0),
    cancelledQty: integer('cancelled_qty').notNull().default(0),
  },
  (t) => [
    index('order_lines_order_idx').on(t.orderId, t.position),
    index('order_lines_product_idx').on(t.productId),
  ],
);

/** Credit approvals and rejections, append-only: who decided, when, why, for which amount. */
export const creditDecisions = sqliteTable(
  'credit_decisions',
  {
    id: integer('id').primaryKey(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    decision: text('decision', { enum: ['approved', 'rejected'] }).notNull(),
    amount: integer('amount').notNull(),
    exposure: integer('exposure').notNull(),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull(),
    note: text('note').notNull(),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: text('decided_at').notNull(),
  },
  (t) => [index('credit_decisions_order_idx').on(t.orderId)],
);

export const shipments = sqliteTable(
  'shipments',
  {
    id: integer('id').primaryKey(),
    number: text('number'),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    status: text('status', { enum: ['open', 'shipped', 'delivered', 'cancelled'] }).notNull(),
    shipDate: text('ship_date'),
    carrier: text('carrier').notNull().default(''),
    trackingNumber: text('tracking_number').notNull().default(''),
    parcels: integer('parcels'),
    weightKg: text('weight_kg'),
    deliveredOn: text('delivered_on'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt,
    updatedAt,
  },
  (t) => [
    uniqueIndex('shipments_number_unique').on(t.number),
    index('shipments_status_idx').on(t.status, t.id),
    index('shipments_order_idx').on(t.orderId),
  ],
);

export const shipmentLines = sqliteTable(
  'shipment_lines',
  {
    id: integer('id').primaryKey(),
    shipmentId: integer('shipment_id')
      .notNull()
      .references(() => shipments.id),
    orderLineId: integer('order_line_id')
      .notNull()
      .references(() => orderLines.id),
    productId: integer('product_id').references(() => products.id),
    qty: integer('qty').notNull(),
    packedQty: integer('packed_qty').notNull().default(0),
  },
  (t) => [
    index('shipment_lines_shipment_idx').on(t.shipmentId),
    index('shipment_lines_order_line_idx').on(t.orderLineId),
  ],
);

/** Customer notifications waiting for the mail outbox (a later issue sends them). */
export const orderMessages = sqliteTable(
  'order_messages',
  {
    id: integer('id').primaryKey(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    kind: text('kind', { enum: ['order_received', 'order_shipped'] }).notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    shipmentId: integer('shipment_id'),
    createdAt,
  },
  (t) => [index('order_messages_order_idx').on(t.orderId), index('order_messages_status_idx').on(t.status)],
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
