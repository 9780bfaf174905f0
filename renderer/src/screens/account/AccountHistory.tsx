// Every entry on the customer's account, oldest first, with what the customer owed after each one. Amounts are
// signed: plus when the customer owes more (an invoice), minus when less (a payment, a credit note).
import type { AccountHistoryRow, CustomerAccount } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { Amount } from '../../components/Amount';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Pager } from '../../components/Pager';
import { dateText } from '../../lib/format';

interface AccountHistoryProps {
  account: CustomerAccount;
  locale: string;
  offset: number;
  limit: number;
  onOffset: (offset: number) => void;
}

/** Where a row's document opens, for the kinds that have a screen. */
function documentPath(row: AccountHistoryRow): string | null {
  if (row.sourceId === null) return null;
  if (row.kind === 'invoice') return `/invoices/${row.sourceId}`;
  if (row.kind === 'payment') return `/payments/${row.sourceId}`;
  if (row.kind === 'credit_note') return `/credit-notes/${row.sourceId}`;
  return null;
}

export function AccountHistory({ account, locale, offset, limit, onOffset }: AccountHistoryProps) {
  const { history, currency } = account;
  if (history.total === 0) return <EmptyState text="Nothing on this account yet" />;
  const columns: Column<AccountHistoryRow>[] = [
    { key: 'date', header: 'Date', cell: (row) => dateText(row.date, locale) },
    {
      key: 'document',
      header: 'Document',
      cell: (row) => {
        const path = documentPath(row);
        return path ? <a href={hrefOf(path)}>{row.document}</a> : row.document;
      },
    },
    { key: 'description', header: 'Description', overflow: 'wrap', cell: (row) => row.description },
    {
      key: 'amount',
      header: 'Amount',
      numeric: true,
      cell: (row) => (
        <>
          {/* The sign is the point of this column, so a plus is written out too. */}
          {row.amount > 0 ? '+' : null}
          <Amount minor={row.amount} currency={currency} />
        </>
      ),
    },
    {
      key: 'balance',
      header: 'Balance',
      numeric: true,
      cell: (row) => <Amount minor={row.balance} currency={currency} />,
    },
  ];
  return (
    <>
      <DataTable
        caption="Account history"
        columns={columns}
        rows={history.rows}
        rowKey={(row, index) => `${row.entryId}-${index}`}
      />
      <Pager offset={offset} limit={limit} total={history.total} locale={locale} onChange={onOffset} />
    </>
  );
}
