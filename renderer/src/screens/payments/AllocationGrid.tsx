// Every open invoice of the customer with what this payment settles on it: an amount to pay, an early-payment
// discount and a write-off, each a cell typed from the keyboard (Enter moves to the next invoice). Main's
// proposal fills the cells; the discount and write-off main allows are offered as one-click suggestions.
import { useId, type KeyboardEvent } from 'react';
import type { ProposalRow } from '../../../../shared/contract';
import { isIsoDate } from '../../../../shared/dates';
import { hrefOf } from '../../app/router';
import { Amount } from '../../components/Amount';
import { gridCells } from '../../components/gridCells';
import { StatusChip } from '../../components/StatusChip';
import { dateText } from '../../lib/format';
import type { AllocationCell, DraftRow } from './allocationDraft';
import { moneyInputText, readMoney } from './moneyInput';

interface AllocationGridProps {
  rows: readonly DraftRow[];
  info: ReadonlyMap<number, ProposalRow>;
  onCell: (index: number, cell: AllocationCell, value: string) => void;
  currency: string;
  locale: string;
  /** By "lines.<row>.<cell>". */
  errors: Record<string, string>;
  readOnly?: boolean;
  /** The payment's (or allocation's) date: invoices dated after it cannot be paid from it. */
  date: string;
}

const cellLabels: Record<AllocationCell, string> = {
  amount: 'Pay',
  discount: 'Discount',
  writeOff: 'Write-off',
};

export function AllocationGrid(props: AllocationGridProps) {
  const { rows, info, onCell, currency, locale, errors, readOnly = false, date } = props;
  const idPrefix = useId();
  const { cellId, errorOf, describedBy, errorText } = gridCells(idPrefix, errors);
  const money = (minor: number) => moneyInputText(minor, currency, locale);
  const isBlank = (text: string) => {
    const parsed = readMoney(text, currency, locale);
    return parsed.ok && parsed.minor === 0;
  };

  // Enter inside the editor's form would record the payment: here it moves down the column instead.
  function onCellKeyDown(event: KeyboardEvent<HTMLInputElement>, index: number, cell: AllocationCell) {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    const next = rows[index + (event.shiftKey ? -1 : 1)];
    if (next) document.getElementById(cellId(next.invoiceId, cell))?.focus();
  }

  function input(row: DraftRow, index: number, cell: AllocationCell, number: string, isLocked: boolean) {
    const error = errorOf(index, cell);
    const key = { key: row.invoiceId };
    return (
      <>
        <input
          id={cellId(row.invoiceId, cell)}
          inputMode="decimal"
          aria-label={`${cellLabels[cell]}, ${number}`}
          value={row[cell]}
          readOnly={readOnly || isLocked}
          onFocus={(event) => event.target.select()}
          onChange={(event) => onCell(index, cell, event.target.value)}
          onKeyDown={(event) => onCellKeyDown(event, index, cell)}
          {...describedBy(key, cell, error)}
        />
        {errorText(key, cell, error)}
      </>
    );
  }

  /** What pay and discount leave open on the invoice, when the company's tolerance lets it be written off. */
  function writeOffSuggestion(row: DraftRow, invoice: ProposalRow): number {
    const minorOf = (text: string) => {
      const parsed = readMoney(text, currency, locale);
      return parsed.ok ? parsed.minor : null;
    };
    const pay = minorOf(row.amount);
    const discount = minorOf(row.discount);
    if (pay === null || discount === null || pay + discount === 0) return 0;
    const shortfall = invoice.open - pay - discount;
    return shortfall > 0 && shortfall <= invoice.writeOffLimit ? shortfall : 0;
  }

  function suggestion(
    index: number,
    cell: AllocationCell,
    minor: number,
    words: (amount: string) => string,
    number: string,
  ) {
    const row = rows[index];
    if (readOnly || minor <= 0 || !row || !isBlank(row[cell])) return null;
    return (
      <button
        type="button"
        className="link-button suggestion"
        onClick={() => onCell(index, cell, money(minor))}
      >
        {words(money(minor))} <span className="visually-hidden">on {number}</span>
      </button>
    );
  }

  return (
    <div className="table-wrap">
      <table className="grid-table allocation-grid">
        <caption className="visually-hidden">Open invoices</caption>
        <thead>
          <tr>
            <th scope="col">Invoice</th>
            <th scope="col">Date</th>
            <th scope="col">Due</th>
            <th scope="col" className="num">
              Open
            </th>
            <th scope="col" className="num col-cell">
              Pay
            </th>
            <th scope="col" className="num col-cell">
              Discount
            </th>
            <th scope="col" className="num col-cell">
              Write-off
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const invoice = info.get(row.invoiceId);
            if (!invoice) return null;
            const isLater = isIsoDate(date) && invoice.invoiceDate > date;
            return (
              <tr key={row.invoiceId} className={isLater ? 'row-later' : undefined}>
                <th scope="row">
                  <a href={hrefOf(`/invoices/${invoice.invoiceId}`)}>{invoice.number}</a>
                  <InvoiceMarks invoice={invoice} isLater={isLater} />
                </th>
                <td className="cell-text">{dateText(invoice.invoiceDate, locale)}</td>
                <td className="cell-text">{dateText(invoice.dueDate, locale)}</td>
                <td className="num cell-text">
                  <Amount minor={invoice.open} currency={currency} />
                </td>
                <td className="num">{input(row, index, 'amount', invoice.number, isLater)}</td>
                <td className="num">
                  {input(row, index, 'discount', invoice.number, isLater)}
                  {isLater
                    ? null
                    : suggestion(
                        index,
                        'discount',
                        invoice.discountAvailable,
                        (amount) => `Take ${amount} discount`,
                        invoice.number,
                      )}
                </td>
                <td className="num">
                  {input(row, index, 'writeOff', invoice.number, isLater)}
                  {isLater
                    ? null
                    : suggestion(
                        index,
                        'writeOff',
                        writeOffSuggestion(row, invoice),
                        (amount) => `Write off ${amount}`,
                        invoice.number,
                      )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Words beside the number, so colour is never the only signal. */
function InvoiceMarks({ invoice, isLater }: { invoice: ProposalRow; isLater: boolean }) {
  return (
    <span className="invoice-marks">
      {isLater ? <StatusChip tone="muted">Dated later</StatusChip> : null}
      {invoice.isReferenced ? <StatusChip tone="open">Referenced</StatusChip> : null}
      {invoice.isOverdue ? <StatusChip tone="warning">Overdue</StatusChip> : null}
      {invoice.isDisputed ? <StatusChip tone="danger">Disputed</StatusChip> : null}
    </span>
  );
}
