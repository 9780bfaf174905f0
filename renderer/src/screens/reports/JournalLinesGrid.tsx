// The lines of a journal entry: account (found by code or name), debit, credit, text.
// Tab moves between cells, Enter adds a line.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Account } from '../../../../shared/contract';
import { Amount } from '../../components/Amount';
import { gridCells } from '../../components/gridCells';
import { AccountPicker } from './AccountPicker';
import { newLine, type DraftLine } from './journalDraft';

interface JournalLinesGridProps {
  lines: DraftLine[];
  onChange: (lines: DraftLine[]) => void;
  accounts: readonly Account[];
  errors: Record<string, string>;
  totals: { debit: number; credit: number; difference: number };
}

type AmountKey = 'debit' | 'credit';

export function JournalLinesGrid({ lines, onChange, accounts, errors, totals }: JournalLinesGridProps) {
  const idPrefix = useId();
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const { cellId, errorOf, describedBy: described, errorText } = gridCells(idPrefix, errors);

  useEffect(() => {
    if (focusKey !== null) document.getElementById(cellId(focusKey, 'account'))?.focus();
    // cellId only depends on idPrefix, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);

  const update = (index: number, patch: Partial<DraftLine>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));

  function addLineAfter(index: number) {
    const line = newLine();
    onChange([...lines.slice(0, index + 1), line, ...lines.slice(index + 1)]);
    setFocusKey(line.key);
  }

  function onCellKeyDown(event: KeyboardEvent<HTMLElement>, index: number) {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      addLineAfter(index);
    }
  }

  const amountCell = (line: DraftLine, index: number, key: AmountKey, label: string) => {
    const error = errorOf(index, key);
    return (
      <td className="num">
        <input
          id={cellId(line.key, key)}
          inputMode="decimal"
          aria-label={`${label}, line ${index + 1}`}
          value={line[key]}
          onChange={(event) => update(index, { [key]: event.target.value } as Pick<DraftLine, AmountKey>)}
          onKeyDown={(event) => onCellKeyDown(event, index)}
          {...described(line, key, error)}
        />
        {errorText(line, key, error)}
      </td>
    );
  };

  return (
    <>
      <table className="grid-table journal-lines">
        <thead>
          <tr>
            <th scope="col" className="col-account">
              Account
            </th>
            <th scope="col" className="num col-amount">
              Debit
            </th>
            <th scope="col" className="num col-amount">
              Credit
            </th>
            <th scope="col">Text</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const accountError = errorOf(index, 'accountId');
            const textError = errorOf(index, 'description');
            return (
              <tr key={line.key}>
                <td>
                  <AccountPicker
                    id={cellId(line.key, 'account')}
                    label={`Account, line ${index + 1}`}
                    accounts={accounts}
                    value={line.accountId}
                    onChange={(accountId) => update(index, { accountId })}
                    onEnter={() => addLineAfter(index)}
                    invalid={accountError !== undefined}
                    describedBy={described(line, 'accountId', accountError)['aria-describedby']}
                  />
                  {errorText(line, 'accountId', accountError)}
                </td>
                {amountCell(line, index, 'debit', 'Debit')}
                {amountCell(line, index, 'credit', 'Credit')}
                <td>
                  <input
                    aria-label={`Text, line ${index + 1}`}
                    value={line.description}
                    onChange={(event) => update(index, { description: event.target.value })}
                    onKeyDown={(event) => onCellKeyDown(event, index)}
                    {...described(line, 'description', textError)}
                  />
                  {errorText(line, 'description', textError)}
                </td>
                <td className="row-action">
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Remove line ${index + 1}`}
                    disabled={lines.length <= 2}
                    onClick={() => onChange(lines.filter((_, i) => i !== index))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="num">
              <Amount minor={totals.debit} />
            </td>
            <td className="num">
              <Amount minor={totals.credit} />
            </td>
            <td colSpan={2}>
              <span
                className={totals.difference === 0 ? 'difference balanced' : 'difference unbalanced'}
                role="status"
                aria-live="polite"
              >
                Difference: <Amount minor={totals.difference} />
                {totals.difference === 0 ? ' — balanced' : ''}
              </span>
            </td>
          </tr>
        </tfoot>
      </table>
      <button type="button" onClick={() => addLineAfter(lines.length - 1)}>
        Add line
      </button>
    </>
  );
}
