// The chart of accounts, posted journal entries and the hash-chained audit log.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { customers } from './parties';
import { users } from './settings';

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
    // Covers the trial balance: an account's base sum up to a date without reading the rows.
    index('journal_lines_account_date_idx').on(t.accountId, t.date, t.amountBase),
    // A customer's receivable and credit lines in date order: covers the credit-exposure sum and the account
    // history (one row per entry, newest first) without reading the rows.
    index('journal_lines_customer_idx').on(t.customerId, t.date, t.entryId, t.accountId, t.amount),
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
