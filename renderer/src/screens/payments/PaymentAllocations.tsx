// Where a payment went, row by row as main keeps them: payments to invoices, discounts, write-offs, refunds, and
// the rows that took one back. History is never edited, so a taken-back row stays, struck through and muted.
import type { AllocationRow, Payment } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { Amount } from '../../components/Amount';
import { EmptyState } from '../../components/EmptyState';
import { StatusChip } from '../../components/StatusChip';
import { dateText } from '../../lib/format';
import { allocationKindText, allocationNoun, isLiveAllocation } from './paymentWords';

interface PaymentAllocationsProps {
  payment: Payment;
  locale: string;
  /** Undefined when nothing can be taken back (a reversed payment, or a profile that may not). */
  onUnallocate: ((row: AllocationRow) => void) | undefined;
}

export function PaymentAllocations({ payment, locale, onUnallocate }: PaymentAllocationsProps) {
  if (payment.allocations.length === 0) {
    return <EmptyState text="Nothing allocated yet: all of the payment is customer credit" />;
  }
  return (
    <div className="table-wrap">
      <table className="data-table allocation-rows">
        <caption className="visually-hidden">Allocations of payment {payment.number}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">What</th>
            <th scope="col">Document</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col">Reason</th>
            {onUnallocate ? (
              <th scope="col" className="col-controls">
                Actions
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {payment.allocations.map((row) => {
            const isStruck = row.isReversed || row.reversesId !== null;
            return (
              <tr key={row.id} className={isStruck ? 'row-reversed' : undefined}>
                <td>{dateText(row.date, locale)}</td>
                <td>
                  {allocationKindText(row)}
                  {row.isReversed ? (
                    <>
                      {' '}
                      <StatusChip tone="muted">Taken back</StatusChip>
                    </>
                  ) : null}
                </td>
                <td>
                  <DocumentLink row={row} />
                </td>
                <td className="num">
                  {isStruck ? (
                    <s>
                      <Amount minor={row.amount} currency={payment.currency} />
                    </s>
                  ) : (
                    <Amount minor={row.amount} currency={payment.currency} />
                  )}
                </td>
                <td className="cell-wrap">{row.reason}</td>
                {onUnallocate ? (
                  <td className="col-controls">
                    {isLiveAllocation(row) ? (
                      <button
                        type="button"
                        aria-label={`Unallocate the ${allocationNoun[row.kind]} on ${row.invoiceNumber ?? 'the invoice'}`}
                        onClick={() => onUnallocate(row)}
                      >
                        Unallocate
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function DocumentLink({ row }: { row: AllocationRow }) {
  if (row.invoiceId !== null) {
    return <a href={hrefOf(`/invoices/${row.invoiceId}`)}>{row.invoiceNumber ?? 'Invoice'}</a>;
  }
  return <>{row.refundNumber ?? ''}</>;
}
