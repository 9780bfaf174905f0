// Invoices, credit notes, payments, refunds and the allocation rows between them. Posted documents and
// allocation rows are immutable (triggers in the integrity migration); open amounts are derived from the rows,
// with invoice_balances as a cache that receivables/verify proves against them.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, updatedAt } from './columns';
import { accounts, journalEntries } from './ledger';
import { customers, products } from './parties';
import { orderLines, orders } from './fulfilment';
import { paymentTerms, taxRates, users } from './settings';

export const invoices = sqliteTable(
  'invoices',
  {
    id: integer('id').primaryKey(),
    number: text('number'),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    orderId: integer('order_id').references(() => orders.id),
    isDeposit: integer('is_deposit', { mode: 'boolean' }).notNull().default(false),
    invoiceDate: text('invoice_date').notNull(),
    /** The last installment's due date. */
    dueDate: text('due_date').notNull(),
    paymentTermsId: integer('payment_terms_id').references(() => paymentTerms.id),
    /** JSON [{dueDate, percent}] when the user set installments; null: one due date from the terms. */
    installmentPlan: text('installment_plan', { mode: 'json' }).$type<
      { dueDate: string; percent: string }[]
    >(),
    earlyDiscountPercent: text('early_discount_percent'),
    earlyDiscountDeadline: text('early_discount_deadline'),
    currency: text('currency').notNull(),
    fxRate: text('fx_rate').notNull(),
    pricesIncludeTax: integer('prices_include_tax', { mode: 'boolean' }).notNull().default(false),
    discountPercent: text('discount_percent'),
    customerReference: text('customer_reference').notNull().default(''),
    notes: text('notes').notNull().default(''),
    billingAddress: text('billing_address', { mode: 'json' }).notNull(),
    net: integer('net').notNull().default(0),
    tax: integer('tax').notNull().default(0),
    discount: integer('discount').notNull().default(0),
    fees: integer('fees').notNull().default(0),
    cashRounding: integer('cash_rounding').notNull().default(0),
    total: integer('total').notNull().default(0),
    /** Base amount booked on AR when posted: what settling the invoice must relieve exactly. */
    arBase: integer('ar_base'),
    journalEntryId: integer('journal_entry_id').references(() => journalEntries.id),
    postedAt: text('posted_at'),
    postedBy: integer('posted_by').references(() => users.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt,
    updatedAt,
  },
  (t) => [
    uniqueIndex('invoices_number_unique').on(t.number),
    index('invoices_date_idx').on(t.invoiceDate, t.id),
    index('invoices_customer_idx').on(t.customerId, t.invoiceDate),
    index('invoices_order_idx').on(t.orderId),
    index('invoices_number_nocase_idx').on(sql`${t.number} COLLATE NOCASE`),
    index('invoices_entry_idx').on(t.journalEntryId),
    // The list's draft and currency filters (drafts are few among many posted invoices).
    index('invoices_draft_idx')
      .on(t.invoiceDate, t.id)
      .where(sql`${t.postedAt} IS NULL`),
    index('invoices_currency_idx').on(t.currency, t.invoiceDate, t.id),
  ],
);

export const invoiceLines = sqliteTable(
  'invoice_lines',
  {
    id: integer('id').primaryKey(),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id),
    position: integer('position').notNull(),
    /** deposit: deducts a posted deposit invoice (its amount is subtracted). */
    kind: text('kind', { enum: ['product', 'text', 'fee', 'deposit'] }).notNull(),
    productId: integer('product_id').references(() => products.id),
    orderLineId: integer('order_line_id').references(() => orderLines.id),
    depositInvoiceId: integer('deposit_invoice_id'),
    description: text('description').notNull().default(''),
    qty: integer('qty').notNull(),
    unit: text('unit').notNull().default(''),
    unitPrice: text('unit_price').notNull(),
    discountPercent: text('discount_percent'),
    discountAmount: integer('discount_amount'),
    taxRateId: integer('tax_rate_id').references(() => taxRates.id),
    taxPercent: text('tax_percent').notNull().default('0'),
    feeKind: text('fee_kind'),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    net: integer('net').notNull(),
    tax: integer('tax').notNull(),
  },
  (t) => [
    index('invoice_lines_invoice_idx').on(t.invoiceId, t.position),
    index('invoice_lines_order_line_idx').on(t.orderLineId),
  ],
);

export const invoiceInstallments = sqliteTable(
  'invoice_installments',
  {
    id: integer('id').primaryKey(),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id),
    dueDate: text('due_date').notNull(),
    amount: integer('amount').notNull(),
  },
  (t) => [index('invoice_installments_invoice_idx').on(t.invoiceId, t.dueDate)],
);

/** Dispute flag history, append-only: the newest row per invoice is the current state. */
export const invoiceDisputes = sqliteTable(
  'invoice_disputes',
  {
    id: integer('id').primaryKey(),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id),
    isDisputed: integer('is_disputed', { mode: 'boolean' }).notNull(),
    reason: text('reason').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt,
  },
  (t) => [index('invoice_disputes_invoice_idx').on(t.invoiceId, t.id)],
);

/**
 * Cached settlement sums of a posted invoice (minor units of its currency) for lists and proposals;
 * receivables/verify re-derives every column from allocations and installments.
 */
export const invoiceBalances = sqliteTable(
  'invoice_balances',
  {
    invoiceId: integer('invoice_id')
      .primaryKey()
      .references(() => invoices.id),
    customerId: integer('customer_id').notNull(),
    total: integer('total').notNull(),
    paid: integer('paid').notNull().default(0),
    credited: integer('credited').notNull().default(0),
    writtenOff: integer('written_off').notNull().default(0),
    discounted: integer('discounted').notNull().default(0),
    open: integer('open').notNull(),
    /** Due date of the first installment not yet covered; null when nothing is open. */
    nextDueDate: text('next_due_date'),
    arBaseRelieved: integer('ar_base_relieved').notNull().default(0),
  },
  (t) => [
    index('invoice_balances_open_idx').on(t.customerId, t.nextDueDate),
    index('invoice_balances_due_idx').on(t.nextDueDate),
    // Credited and partly credited invoices are few: the list's filters for them read only these.
    index('invoice_balances_credited_idx')
      .on(t.invoiceId)
      .where(sql`${t.credited} > 0`),
  ],
);

export const creditNotes = sqliteTable(
  'credit_notes',
  {
    id: integer('id').primaryKey(),
    number: text('number'),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    date: text('date').notNull(),
    mode: text('mode', { enum: ['all', 'lines', 'amount'] }).notNull(),
    reason: text('reason').notNull().default(''),
    restock: integer('restock', { mode: 'boolean' }).notNull().default(false),
    currency: text('currency').notNull(),
    fxRate: text('fx_rate').notNull(),
    net: integer('net').notNull().default(0),
    tax: integer('tax').notNull().default(0),
    total: integer('total').notNull().default(0),
    journalEntryId: integer('journal_entry_id').references(() => journalEntries.id),
    postedAt: text('posted_at'),
    postedBy: integer('posted_by').references(() => users.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt,
    updatedAt,
  },
  (t) => [
    uniqueIndex('credit_notes_number_unique').on(t.number),
    index('credit_notes_invoice_idx').on(t.invoiceId),
    index('credit_notes_customer_idx').on(t.customerId, t.date),
    index('credit_notes_entry_idx').on(t.journalEntryId),
  ],
);

export const creditNoteLines = sqliteTable(
  'credit_note_lines',
  {
    id: integer('id').primaryKey(),
    creditNoteId: integer('credit_note_id')
      .notNull()
      .references(() => creditNotes.id),
    invoiceLineId: integer('invoice_line_id').references(() => invoiceLines.id),
    description: text('description').notNull().default(''),
    productId: integer('product_id').references(() => products.id),
    qty: integer('qty').notNull().default(0),
    restockQty: integer('restock_qty').notNull().default(0),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    taxRateId: integer('tax_rate_id').references(() => taxRates.id),
    net: integer('net').notNull(),
    tax: integer('tax').notNull(),
  },
  (t) => [
    index('credit_note_lines_note_idx').on(t.creditNoteId),
    index('credit_note_lines_invoice_line_idx').on(t.invoiceLineId),
  ],
);

export const payments = sqliteTable(
  'payments',
  {
    id: integer('id').primaryKey(),
    number: text('number').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    date: text('date').notNull(),
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    fxRate: text('fx_rate').notNull(),
    method: text('method', { enum: ['bank_transfer', 'card', 'cash', 'cheque'] }).notNull(),
    bankAccountId: integer('bank_account_id')
      .notNull()
      .references(() => accounts.id),
    reference: text('reference').notNull().default(''),
    memo: text('memo').notNull().default(''),
    journalEntryId: integer('journal_entry_id')
      .notNull()
      .references(() => journalEntries.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt,
  },
  (t) => [
    uniqueIndex('payments_number_unique').on(t.number),
    index('payments_customer_idx').on(t.customerId, t.date),
    index('payments_date_idx').on(t.date, t.id),
    index('payments_entry_idx').on(t.journalEntryId),
  ],
);

/** A payment's reversal (bounced cheque, wrong customer): its own row and entry; the payment stays as it was. */
export const paymentReversals = sqliteTable('payment_reversals', {
  paymentId: integer('payment_id')
    .primaryKey()
    .references(() => payments.id),
  date: text('date').notNull(),
  reason: text('reason').notNull(),
  journalEntryId: integer('journal_entry_id')
    .notNull()
    .references(() => journalEntries.id),
  createdBy: integer('created_by').references(() => users.id),
  createdAt,
});

export const refunds = sqliteTable(
  'refunds',
  {
    id: integer('id').primaryKey(),
    number: text('number').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    date: text('date').notNull(),
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    fxRate: text('fx_rate').notNull(),
    method: text('method', { enum: ['bank_transfer', 'card', 'cash', 'cheque'] }).notNull(),
    bankAccountId: integer('bank_account_id')
      .notNull()
      .references(() => accounts.id),
    reference: text('reference').notNull().default(''),
    journalEntryId: integer('journal_entry_id')
      .notNull()
      .references(() => journalEntries.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt,
  },
  (t) => [
    uniqueIndex('refunds_number_unique').on(t.number),
    index('refunds_customer_idx').on(t.customerId, t.date),
    index('refunds_entry_idx').on(t.journalEntryId),
  ],
);

/**
 * Append-only settlement rows. kind apply: credit from a source (a payment or a credit note's excess) settles
 * an invoice or is paid out by a refund; writeoff / discount settle an invoice without using the source.
 * A reversal is a new row with the negated amounts and reverses_id set. Amounts in the customer's currency.
 */
export const allocations = sqliteTable(
  'allocations',
  {
    id: integer('id').primaryKey(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind', { enum: ['apply', 'writeoff', 'discount'] }).notNull(),
    sourceType: text('source_type', { enum: ['payment', 'credit_note'] }).notNull(),
    sourceId: integer('source_id').notNull(),
    invoiceId: integer('invoice_id').references(() => invoices.id),
    refundId: integer('refund_id').references(() => refunds.id),
    date: text('date').notNull(),
    amount: integer('amount').notNull(),
    /** Base relieved from AR (invoice side; 0 for refunds). */
    arBase: integer('ar_base').notNull(),
    /** Base taken from the source's unapplied credit (0 for write-offs and discounts). */
    sourceBase: integer('source_base').notNull(),
    /** kind discount: part of it was booked back against the invoice's tax accounts. */
    taxCorrected: integer('tax_corrected', { mode: 'boolean' }).notNull().default(false),
    reversesId: integer('reverses_id'),
    reason: text('reason').notNull().default(''),
    journalEntryId: integer('journal_entry_id')
      .notNull()
      .references(() => journalEntries.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt,
  },
  (t) => [
    index('allocations_invoice_idx').on(t.invoiceId, t.kind, t.sourceType, t.amount, t.date),
    index('allocations_source_idx').on(t.sourceType, t.sourceId, t.kind, t.date, t.amount),
    index('allocations_customer_idx').on(t.customerId, t.date),
    uniqueIndex('allocations_reverses_unique').on(t.reversesId),
  ],
);

/** Company receivables settings (one row): write-off tolerance, discount tax correction. */
export const receivablesSettings = sqliteTable('receivables_settings', {
  id: integer('id').primaryKey(),
  /** Major units as decimal text ("5.00"), applied in each invoice's own currency. */
  writeOffToleranceAmount: text('write_off_tolerance_amount').notNull().default('0'),
  writeOffTolerancePercent: text('write_off_tolerance_percent').notNull().default('0'),
  discountTaxCorrection: integer('discount_tax_correction', { mode: 'boolean' }).notNull().default(true),
  updatedAt,
});

/** Optional cash rounding per currency (e.g. CHF to 0.05): invoices get a rounding line. */
export const cashRounding = sqliteTable('cash_rounding', {
  currency: text('currency').primaryKey(),
  /** Increment in major units as decimal text ("0.05"). */
  increment: text('increment').notNull(),
});
