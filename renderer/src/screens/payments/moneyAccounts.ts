// Which accounts money can be paid into or out of (the company's bank and cash accounts), and which one a payment
// or refund uses unless someone picks another: the bank, or the cash account for cash. Main checks the choice again.
import type { Account, PaymentMethod } from '../../../../shared/contract';

/** Asset accounts for money: the bank and cash roles, or none (a second bank account); never receivables. */
export function moneyAccountsOf(accounts: readonly Account[]): Account[] {
  return accounts
    .filter(
      (a) => a.type === 'asset' && !a.archived && (a.role === null || a.role === 'bank' || a.role === 'cash'),
    )
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The bank account, or the cash account for cash; null while neither is known (main then picks it). */
export function defaultMoneyAccount(accounts: readonly Account[], method: PaymentMethod): number | null {
  const role = method === 'cash' ? 'cash' : 'bank';
  return accounts.find((a) => a.role === role)?.id ?? null;
}
