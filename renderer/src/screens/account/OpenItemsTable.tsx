// The customer's open invoices as of the account's date: number (to the invoice), dates, days overdue, open.
// Main lists the oldest-due ones when there are very many; the total always covers them all.
import type { CustomerAccount, OpenItem } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { Amount } from '../../components/Amount';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { StatusChip } from '../../components/StatusChip';
import { countText, dateText } from '../../lib/format';

export function OpenItemsTable({ account, locale }: { account: CustomerAccount; locale: string }) {
  if (account.openItems.length === 0) return <EmptyState text="No open items: every invoice is settled" />;
  const columns: Column<OpenItem>[] = [
    {
      key: 'number',
      header: 'Invoice',
      cell: (item) => (
        <>
          <a href={hrefOf(`/invoices/${item.invoiceId}`)}>{item.number}</a>
          {item.isDisputed ? (
            <>
              {' '}
              <StatusChip tone="danger">Disputed</StatusChip>
            </>
          ) : null}
        </>
      ),
    },
    { key: 'date', header: 'Date', cell: (item) => dateText(item.invoiceDate, locale) },
    { key: 'due', header: 'Due', cell: (item) => dateText(item.dueDate, locale) },
    {
      key: 'overdue',
      header: 'Days overdue',
      numeric: true,
      cell: (item) =>
        item.daysOverdue > 0 ? (
          <span className="overdue">{countText(item.daysOverdue, locale)}</span>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      key: 'total',
      header: 'Total',
      numeric: true,
      cell: (item) => <Amount minor={item.total} currency={account.currency} />,
    },
    {
      key: 'open',
      header: 'Open',
      numeric: true,
      cell: (item) => <Amount minor={item.open} currency={account.currency} />,
    },
  ];
  const isCut = account.openCount > account.openItems.length;
  return (
    <>
      {isCut ? (
        <p className="muted">
          The {countText(account.openItems.length, locale)} oldest-due of{' '}
          {countText(account.openCount, locale)} open items are listed; the total covers all of them.
        </p>
      ) : null}
      <DataTable
        caption="Open items"
        columns={columns}
        rows={account.openItems}
        rowKey={(item) => item.invoiceId}
        footer={
          <tr>
            <th scope="row" colSpan={5}>
              Total open
            </th>
            <td className="num">
              <Amount minor={account.openTotal} currency={account.currency} />
            </td>
          </tr>
        }
      />
    </>
  );
}
