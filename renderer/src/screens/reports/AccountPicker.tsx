// The account cell of a journal line: a combobox that finds accounts by code or name as you type.
// Keyboard-first: "12" or "bank", ↓/↑ to move, Enter or Tab picks; Enter with the list closed adds a line.
import type { Account } from '../../../../shared/contract';
import { Combobox } from '../../components/Combobox';

interface AccountPickerProps {
  id: string;
  /** The accessible name, e.g. "Account, line 2". */
  label: string;
  accounts: readonly Account[];
  /** The chosen account's id, '' when none. */
  value: string;
  onChange: (accountId: string) => void;
  /** Enter while the list is closed: the grid adds a line. */
  onEnter: () => void;
  invalid?: boolean;
  describedBy?: string | undefined;
}

export const accountLabel = (account: Pick<Account, 'code' | 'name'>) => `${account.code} ${account.name}`;

/** Accounts whose code starts with the query come first, then those whose name contains it. */
export function matchAccounts(accounts: readonly Account[], query: string): Account[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...accounts];
  const byCode = accounts.filter((a) => a.code.toLowerCase().startsWith(q));
  const byName = accounts.filter((a) => !byCode.includes(a) && accountLabel(a).toLowerCase().includes(q));
  return [...byCode, ...byName];
}

export function AccountPicker(props: AccountPickerProps) {
  const { accounts, value, onChange } = props;
  const chosen = accounts.find((a) => String(a.id) === value);
  return (
    <Combobox<Account>
      id={props.id}
      ariaLabel={props.label}
      listLabel="Accounts"
      options={(text) => matchAccounts(accounts, text)}
      optionKey={(account) => account.id}
      renderOption={(account) => (
        <>
          <code>{account.code}</code> {account.name}
        </>
      )}
      chosenText={chosen ? accountLabel(chosen) : ''}
      chosenKey={chosen?.id ?? null}
      onPick={(account) => onChange(String(account.id))}
      onClear={() => onChange('')}
      onEnter={props.onEnter}
      emptyText={(text) => `No account matches “${text}”.`}
      placeholder="Code or name"
      invalid={props.invalid}
      describedBy={props.describedBy}
    />
  );
}
