// The account cell of a journal line: a combobox that finds accounts by code or name as you type.
// Keyboard-first: "12" or "bank", ↓/↑ to move, Enter or Tab picks; Enter with the list closed adds a line.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Account } from '../../../../shared/contract';

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
  const { id, label, accounts, value, onChange, onEnter } = props;
  const listId = useId();
  /** What the user typed since the input got focus; null shows the chosen account. */
  const [text, setText] = useState<string | null>(null);
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const chosen = accounts.find((a) => String(a.id) === value);
  const matches = isOpen ? matchAccounts(accounts, text ?? '') : [];
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    const option = document.getElementById(optionId(active));
    // jsdom has no scrollIntoView; real browsers keep the active option visible.
    if (option && typeof option.scrollIntoView === 'function') option.scrollIntoView({ block: 'nearest' });
    // optionId only depends on listId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, isOpen]);

  function pick(account: Account) {
    onChange(String(account.id));
    setText(null);
    setOpen(false);
  }

  function open() {
    const index = chosen && text === null ? accounts.indexOf(chosen) : 0;
    setActive(Math.max(0, index));
    setOpen(true);
  }

  function move(delta: number) {
    if (!isOpen) return open();
    setActive((index) => Math.min(Math.max(0, matches.length - 1), Math.max(0, index + delta)));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter':
        if (event.ctrlKey || event.metaKey) return;
        event.preventDefault();
        if (!isOpen) onEnter();
        else if (matches[active]) pick(matches[active]);
        break;
      case 'Escape':
        // Closes the list only; with the list closed, Esc leaves the editor as everywhere else.
        if (isOpen) {
          event.preventDefault();
          setOpen(false);
          setText(null);
        }
        break;
      case 'Tab':
        if (isOpen && text !== null && text.trim() !== '' && matches[active]) pick(matches[active]);
        break;
    }
  }

  return (
    <div className="combo">
      <input
        id={id}
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={isOpen}
        aria-controls={isOpen ? listId : undefined}
        aria-activedescendant={isOpen && matches[active] ? optionId(active) : undefined}
        aria-invalid={props.invalid ? true : undefined}
        aria-describedby={props.describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder="Code or name"
        value={text ?? (chosen ? accountLabel(chosen) : '')}
        onFocus={(event) => event.target.select()}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (text !== null && text.trim() === '') onChange('');
          setText(null);
          setOpen(false);
        }}
      />
      {isOpen ? (
        <div className="combo-popup">
          <ul id={listId} role="listbox" aria-label="Accounts">
            {matches.map((account, index) => (
              <li
                key={account.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                // Keeps focus in the input, so the pick behaves like Enter.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(account);
                }}
                onMouseEnter={() => setActive(index)}
              >
                <code>{account.code}</code> {account.name}
              </li>
            ))}
          </ul>
          {matches.length === 0 ? <p className="muted combo-empty">No account matches “{text}”.</p> : null}
        </div>
      ) : null}
    </div>
  );
}
