// The customer's unapplied credit by where it came from (a payment or a credit note), oldest first, each with
// "Apply to invoice" and "Refund".
import type { CreditSource, CustomerAccount } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { Amount } from '../../components/Amount';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { dateText } from '../../lib/format';

interface CreditSourcesTableProps {
  account: CustomerAccount;
  locale: string;
  /** Undefined: not offered (no open invoice, the account shown as of another day, or a profile that may not). */
  onApply: ((source: CreditSource) => void) | undefined;
  onRefund: ((source: CreditSource) => void) | undefined;
}

const sourcePaths: Record<CreditSource['sourceType'], string> = {
  payment: '/payments',
  credit_note: '/credit-notes',
};

export const sourceWords: Record<CreditSource['sourceType'], string> = {
  payment: 'Payment',
  credit_note: 'Credit note',
};

export function CreditSourcesTable({ account, locale, onApply, onRefund }: CreditSourcesTableProps) {
  if (account.credits.length === 0) return <EmptyState text="No unapplied credit" />;
  const columns: Column<CreditSource>[] = [
    {
      key: 'source',
      header: 'From',
      cell: (s) => (
        <a href={hrefOf(`${sourcePaths[s.sourceType]}/${s.sourceId}`)}>
          {sourceWords[s.sourceType]} {s.number}
        </a>
      ),
    },
    { key: 'date', header: 'Date', cell: (s) => dateText(s.date, locale) },
    {
      key: 'amount',
      header: 'Amount',
      numeric: true,
      cell: (s) => <Amount minor={s.amount} currency={account.currency} />,
    },
    {
      key: 'unapplied',
      header: 'Unapplied',
      numeric: true,
      cell: (s) => <Amount minor={s.unapplied} currency={account.currency} />,
    },
  ];
  if (onApply || onRefund) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      isControl: true,
      cell: (s) => (
        <span className="row-actions">
          {onApply ? (
            <button
              type="button"
              aria-label={`Apply credit from ${s.number} to an invoice`}
              onClick={() => onApply(s)}
            >
              Apply to invoice
            </button>
          ) : null}
          {onRefund ? (
            <button type="button" aria-label={`Refund credit from ${s.number}`} onClick={() => onRefund(s)}>
              Refund
            </button>
          ) : null}
        </span>
      ),
    });
  }
  return (
    <DataTable
      caption="Unapplied credit"
      columns={columns}
      rows={account.credits}
      rowKey={(s) => `${s.sourceType}-${s.sourceId}`}
      footer={
        <tr>
          <th scope="row" colSpan={3}>
            Total unapplied
          </th>
          <td className="num">
            <Amount minor={account.unappliedTotal} currency={account.currency} />
          </td>
          {onApply || onRefund ? <td className="col-controls" /> : null}
        </tr>
      }
    />
  );
}
