// "Paid into" (a payment) or "Paid from" (a refund): a select of the company's bank and cash accounts.
import type { Account } from '../../../../shared/contract';
import { SelectField } from '../../components/Field';
import { useOrdoQuery } from '../../lib/queries';
import { moneyAccountsOf } from './moneyAccounts';

/** The accounts money can go into or come out of, code order; empty while loading. */
export function useMoneyAccounts(): Account[] {
  const accounts = useOrdoQuery('accounts.list', { includeArchived: false });
  return moneyAccountsOf(accounts.data ?? []);
}

interface MoneyAccountFieldProps {
  label: string;
  accounts: readonly Account[];
  /** The account shown as chosen; null while none is known (main then uses its bank or cash account). */
  value: number | null;
  onChange: (accountId: number) => void;
  error: string | undefined;
}

export function MoneyAccountField({ label, accounts, value, onChange, error }: MoneyAccountFieldProps) {
  const options = accounts.map((a) => ({ value: String(a.id), label: `${a.code} ${a.name}` }));
  return (
    <SelectField
      label={label}
      value={value === null ? '' : String(value)}
      options={
        value === null ? [{ value: '', label: 'The usual bank or cash account' }, ...options] : options
      }
      onChange={(text) => {
        const id = Number(text);
        if (Number.isInteger(id) && id > 0) onChange(id);
      }}
      error={error}
    />
  );
}
