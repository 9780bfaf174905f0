// Chart of accounts, journal entries, trial balance and account ledger.
import { z } from 'zod';
import { method } from './define';
import { empty, id, isoDate, minorAmount, optionalText, paging, requiredText, type Page } from './fields';

export const accountTypes = ['asset', 'liability', 'equity', 'income', 'expense'] as const;
export type AccountType = (typeof accountTypes)[number];

/** System roles: postings find their account by role, so renaming or renumbering an account is safe. */
export const accountRoles = [
  'ar',
  'bank',
  'cash',
  'revenue',
  'sales_discounts',
  'fee_income',
  'tax_payable',
  'customer_credits',
  'write_offs',
  'fx_gain',
  'fx_loss',
  'rounding',
  'equity',
] as const;
export type AccountRole = (typeof accountRoles)[number];

export interface Account {
  id: number;
  code: string;
  name: string;
  type: AccountType;
  role: AccountRole | null;
  archived: boolean;
  isUsed: boolean;
}

export interface JournalLine {
  lineNo: number;
  accountId: number;
  accountCode: string;
  accountName: string;
  description: string;
  debit: number;
  credit: number;
  debitBase: number;
  creditBase: number;
  customerId: number | null;
}

export interface JournalEntrySummary {
  id: number;
  number: string;
  date: string;
  description: string;
  currency: string;
  total: number;
  sourceType: string;
  postedAt: string;
  postedBy: string;
}

export interface JournalEntry extends JournalEntrySummary {
  fxRate: string;
  lines: JournalLine[];
}

export interface TrialBalanceRow {
  accountId: number;
  code: string;
  name: string;
  type: AccountType;
  debit: number;
  credit: number;
}
export interface TrialBalance {
  asOf: string;
  currency: string;
  rows: TrialBalanceRow[];
  totalDebit: number;
  totalCredit: number;
}

export interface AccountLedgerRow {
  entryId: number;
  number: string;
  date: string;
  description: string;
  debit: number;
  credit: number;
  balance: number;
}
export interface AccountLedger extends Page<AccountLedgerRow> {
  account: Account;
  currency: string;
  openingBalance: number;
  closingBalance: number;
}

const accountCode = z
  .string({ error: 'Code must be text' })
  .trim()
  .regex(/^[0-9A-Za-z.-]{1,12}$/, 'Code is 1 to 12 letters, digits, dots or dashes');

const journalLineInput = z
  .object({
    accountId: id,
    debit: minorAmount('Debit').default(0),
    credit: minorAmount('Credit').default(0),
    description: optionalText('Line text'),
  })
  .refine((l) => (l.debit === 0) !== (l.credit === 0), {
    message: 'Each line has either a debit or a credit',
    path: ['debit'],
  });

export const ledgerContract = {
  'accounts.list': method(
    z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
  ).returns<Account[]>(),
  'accounts.create': method(
    z.object({ code: accountCode, name: requiredText('Name', 100), type: z.enum(accountTypes) }),
  ).returns<Account>(),
  'accounts.update': method(
    z.object({ id, code: accountCode, name: requiredText('Name', 100) }),
  ).returns<Account>(),
  'accounts.archive': method(z.object({ id, archived: z.boolean().default(true) })).returns<Account>(),

  'ledger.postEntry': method(
    z.object({
      date: isoDate,
      description: requiredText('Description', 200),
      lines: z
        .array(journalLineInput)
        .min(2, 'An entry needs at least two lines')
        .max(500, 'At most 500 lines'),
    }),
  ).returns<JournalEntry>(),
  'ledger.entries': method(
    z
      .object({ from: isoDate.optional(), to: isoDate.optional(), ...paging })
      .default({ limit: 50, offset: 0 }),
  ).returns<Page<JournalEntrySummary>>(),
  'ledger.getEntry': method(z.object({ id })).returns<JournalEntry>(),
  'ledger.trialBalance': method(z.object({ asOf: isoDate })).returns<TrialBalance>(),
  'ledger.accountLedger': method(
    z.object({ accountId: id, from: isoDate.optional(), to: isoDate.optional(), ...paging }),
  ).returns<AccountLedger>(),
  'ledger.summary': method(empty).returns<{ entries: number; lastEntryDate: string | null }>(),
};
