// The chart of accounts a new company starts with (rules as data). Postings find accounts by role.
import type { AccountRole, AccountType } from '../../shared/contract';

export interface SeedAccount {
  code: string;
  name: string;
  type: AccountType;
  role: AccountRole | null;
}

export const seedAccounts: SeedAccount[] = [
  { code: '1000', name: 'Cash', type: 'asset', role: 'cash' },
  { code: '1200', name: 'Bank', type: 'asset', role: 'bank' },
  { code: '1400', name: 'Accounts receivable', type: 'asset', role: 'ar' },
  { code: '2100', name: 'Customer credits and prepayments', type: 'liability', role: 'customer_credits' },
  { code: '2200', name: 'Tax payable', type: 'liability', role: 'tax_payable' },
  { code: '3000', name: "Owner's equity", type: 'equity', role: 'equity' },
  { code: '4000', name: 'Sales revenue', type: 'income', role: 'revenue' },
  { code: '4100', name: 'Fee income', type: 'income', role: 'fee_income' },
  { code: '4900', name: 'Sales discounts', type: 'income', role: 'sales_discounts' },
  { code: '6800', name: 'Bad debts written off', type: 'expense', role: 'write_offs' },
  { code: '7100', name: 'Exchange rate gains', type: 'income', role: 'fx_gain' },
  { code: '7200', name: 'Exchange rate losses', type: 'expense', role: 'fx_loss' },
  { code: '7900', name: 'Rounding differences', type: 'expense', role: 'rounding' },
];

/** Accounts that only documents (invoices, payments) may post to, so the customer ledger always ties out. */
export const controlRoles: ReadonlySet<AccountRole> = new Set(['ar', 'customer_credits']);
