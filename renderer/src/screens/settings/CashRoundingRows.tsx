// Cash rounding per currency as rows of currency and step (CHF 0.05): add and remove rows, errors under cells.
import { useId } from 'react';
import { gridCells } from '../../components/gridCells';
import { commonCurrencies } from '../../lib/choices';
import { newRoundingRow, type RoundingRow } from './receivablesForm';

interface CashRoundingRowsProps {
  rows: RoundingRow[];
  onChange: (rows: RoundingRow[]) => void;
  /** By "lines.<row>.currency|increment". */
  errors: Record<string, string>;
  /** Shown without the buttons that add and remove rows. */
  readOnly?: boolean;
}

export function CashRoundingRows({ rows, onChange, errors, readOnly = false }: CashRoundingRowsProps) {
  const idPrefix = useId();
  const listId = `${idPrefix}-currencies`;
  const { cellId, errorOf, describedBy, errorText } = gridCells(idPrefix, errors);
  const update = (index: number, patch: Partial<RoundingRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  function add() {
    const row = newRoundingRow();
    onChange([...rows, row]);
    // The new row's first cell takes focus once it is on screen.
    window.setTimeout(() => document.getElementById(cellId(row.key, 'currency'))?.focus());
  }

  return (
    <>
      {rows.length > 0 ? (
        <table className="grid-table cash-rounding">
          <thead>
            <tr>
              <th scope="col">Currency</th>
              <th scope="col" className="num">
                Rounding step
              </th>
              {readOnly ? null : (
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const n = index + 1;
              const currencyError = errorOf(index, 'currency');
              const incrementError = errorOf(index, 'increment');
              return (
                <tr key={row.key}>
                  <td>
                    <input
                      id={cellId(row.key, 'currency')}
                      aria-label={`Currency, row ${n}`}
                      value={row.currency}
                      maxLength={3}
                      list={listId}
                      autoComplete="off"
                      spellCheck={false}
                      onChange={(event) => update(index, { currency: event.target.value.toUpperCase() })}
                      {...describedBy(row, 'currency', currencyError)}
                    />
                    {errorText(row, 'currency', currencyError)}
                  </td>
                  <td className="num">
                    <input
                      id={cellId(row.key, 'increment')}
                      aria-label={`Rounding step, row ${n}`}
                      inputMode="decimal"
                      placeholder="0.05"
                      value={row.increment}
                      onChange={(event) => update(index, { increment: event.target.value })}
                      {...describedBy(row, 'increment', incrementError)}
                    />
                    {errorText(row, 'increment', incrementError)}
                  </td>
                  {readOnly ? null : (
                    <td>
                      <button
                        type="button"
                        aria-label={`Remove row ${n}${row.currency ? ` (${row.currency})` : ''}`}
                        onClick={() => onChange(rows.filter((_, i) => i !== index))}
                      >
                        Remove
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="muted">No currency is rounded: amounts are paid to the cent.</p>
      )}
      <datalist id={listId}>
        {commonCurrencies.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
      {readOnly ? null : (
        <button type="button" onClick={add}>
          Add currency
        </button>
      )}
    </>
  );
}
