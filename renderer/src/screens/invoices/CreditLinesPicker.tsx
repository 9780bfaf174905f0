// Choosing the lines a credit note takes back: a tick per line, the quantity (what is left to credit, to start
// with) and whether the goods come back into stock.
import type { Invoice } from '../../../../shared/contract';
import { decimalText } from '../../lib/format';
import { creditableLines, lineQuantityPath, type CreditLineRow } from './creditNoteForm';

interface CreditLinesPickerProps {
  invoice: Invoice;
  rows: CreditLineRow[];
  onChange: (rows: CreditLineRow[]) => void;
  errors: Record<string, string>;
  locale: string;
}

export function CreditLinesPicker({ invoice, rows, onChange, errors, locale }: CreditLinesPickerProps) {
  const lines = creditableLines(invoice);
  const update = (id: number, patch: Partial<CreditLineRow>) =>
    onChange(rows.map((row) => (row.invoiceLineId === id ? { ...row, ...patch } : row)));
  if (lines.length === 0) return <p className="muted">Every line has been credited already.</p>;
  return (
    <div className={errors.lines ? 'field field-invalid' : 'field'}>
      <table className="grid-table credit-lines">
        <caption className="visually-hidden">Lines to credit</caption>
        <thead>
          <tr>
            <th scope="col">Credit</th>
            <th scope="col">Item</th>
            <th scope="col" className="num">
              Quantity
            </th>
            <th scope="col">Back into stock</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const row = rows.find((r) => r.invoiceLineId === line.id);
            if (!row) return null;
            const name = line.sku ? `${line.sku} ${line.description}` : line.description;
            const error = errors[lineQuantityPath(line.id)];
            const errorId = `credit-line-${line.id}-error`;
            return (
              <tr key={line.id}>
                <td className="center">
                  <input
                    type="checkbox"
                    aria-label={`Credit ${name}`}
                    checked={row.isChosen}
                    onChange={(event) => update(line.id, { isChosen: event.target.checked })}
                  />
                </td>
                <td>
                  {name}
                  <span className="cell-sub">
                    Billed {decimalText(line.quantity, locale, 4)}
                    {/[1-9]/.test(line.credited)
                      ? ` · credited ${decimalText(line.credited, locale, 4)}`
                      : ''}
                  </span>
                </td>
                <td className="num">
                  <input
                    inputMode="decimal"
                    aria-label={`Quantity to credit, ${name}`}
                    value={row.quantity}
                    disabled={!row.isChosen}
                    onChange={(event) => update(line.id, { quantity: event.target.value })}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                  />
                  {error ? (
                    <p id={errorId} className="field-error">
                      {error}
                    </p>
                  ) : null}
                </td>
                <td className="center">
                  {line.kind === 'product' ? (
                    <input
                      type="checkbox"
                      aria-label={`Put ${name} back into stock`}
                      checked={row.restock}
                      disabled={!row.isChosen}
                      onChange={(event) => update(line.id, { restock: event.target.checked })}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {errors.lines ? <p className="field-error">{errors.lines}</p> : null}
    </div>
  );
}
