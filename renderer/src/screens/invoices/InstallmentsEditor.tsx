// Paying in installments: rows of due date and share of the total (the shares add up to 100 %). Off, the
// invoice has one due date from its payment terms. Main splits the amounts; they show under the totals.
import { useId } from 'react';
import { CheckboxField } from '../../components/Field';
import { newInstallment, type InstallmentRow } from './invoiceForm';

interface InstallmentsEditorProps {
  isOn: boolean;
  onToggle: (isOn: boolean) => void;
  rows: InstallmentRow[];
  onChange: (rows: InstallmentRow[]) => void;
  /** The due date main works out from the terms: the first row starts from it. */
  termsDueDate: string | null;
  errors: Record<string, string>;
}

export function InstallmentsEditor(props: InstallmentsEditorProps) {
  const { rows, onChange, errors } = props;
  const idPrefix = useId();
  const errorId = (index: number, cell: string) => `${idPrefix}-${index}-${cell}-error`;

  function toggle(isOn: boolean) {
    props.onToggle(isOn);
    if (isOn && rows.length === 0) onChange([newInstallment(props.termsDueDate ?? ''), newInstallment()]);
  }

  const update = (index: number, patch: Partial<InstallmentRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const cell = (row: InstallmentRow, index: number, name: 'dueDate' | 'percent', label: string) => {
    const error = errors[`installments.${index}.${name}`];
    return (
      <td className={name === 'percent' ? 'num' : undefined}>
        <input
          type={name === 'dueDate' ? 'date' : 'text'}
          inputMode={name === 'percent' ? 'decimal' : undefined}
          aria-label={`${label}, installment ${index + 1}`}
          value={row[name]}
          onChange={(event) => update(index, { [name]: event.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId(index, name) : undefined}
        />
        {error ? (
          <p id={errorId(index, name)} className="field-error">
            {error}
          </p>
        ) : null}
      </td>
    );
  };

  return (
    <div className="installments">
      <CheckboxField
        label="Pay in installments"
        checked={props.isOn}
        onChange={toggle}
        error={errors.installments}
        hint={props.isOn ? undefined : 'One due date from the payment terms.'}
      />
      {props.isOn ? (
        <>
          <table className="grid-table installments-grid">
            <caption className="visually-hidden">Installments</caption>
            <thead>
              <tr>
                <th scope="col">Due date</th>
                <th scope="col" className="num">
                  Share %
                </th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.key}>
                  {cell(row, index, 'dueDate', 'Due date')}
                  {cell(row, index, 'percent', 'Share %')}
                  <td className="row-action">
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Remove installment ${index + 1}`}
                      disabled={rows.length <= 1}
                      onClick={() => onChange(rows.filter((_, i) => i !== index))}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => onChange([...rows, newInstallment()])}>
            Add installment
          </button>
        </>
      ) : null}
    </div>
  );
}
