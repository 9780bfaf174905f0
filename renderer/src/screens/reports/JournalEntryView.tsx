// #/reports/journal/:id — one posted entry with its lines. Posted entries cannot change.
import type { JournalLine } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { Amount } from '../../components/Amount';
import { DataTable, type Column } from '../../components/DataTable';
import { Loading, QueryError } from '../../components/QueryError';
import { dateText, dateTimeText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { sourceTypeLabel } from './sourceTypeLabel';
import { AmountCell } from './AmountCell';

export function JournalEntryView({ id }: { id: number }) {
  const { locale } = useCompanyLocale();
  const entry = useOrdoQuery('ledger.getEntry', { id });
  if (entry.error) return <QueryError error={entry.error} onRetry={() => void entry.refetch()} />;
  if (!entry.data) return <Loading />;
  const e = entry.data;

  const columns: Column<JournalLine>[] = [
    { key: 'line', header: 'Line', numeric: true, cell: (l) => l.lineNo },
    {
      key: 'account',
      header: 'Account',
      cell: (l) => (
        <a href={hrefOf(`/reports/ledger/${l.accountId}`)}>{`${l.accountCode} ${l.accountName}`}</a>
      ),
    },
    { key: 'text', header: 'Text', cell: (l) => l.description },
    {
      key: 'debit',
      header: 'Debit',
      numeric: true,
      cell: (l) => <AmountCell minor={l.debit} currency={e.currency} />,
    },
    {
      key: 'credit',
      header: 'Credit',
      numeric: true,
      cell: (l) => <AmountCell minor={l.credit} currency={e.currency} />,
    },
  ];

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <a className="back-link" href={hrefOf('/reports/journal')}>
            ← Journal
          </a>
          <h1 id="screen-title">Journal entry {e.number}</h1>
        </div>
        <div className="screen-actions">
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </header>
      <dl className="facts">
        <dt>Date</dt>
        <dd>{dateText(e.date, locale)}</dd>
        <dt>Description</dt>
        <dd>{e.description}</dd>
        <dt>Source</dt>
        <dd>{sourceTypeLabel(e.sourceType)}</dd>
        <dt>Currency</dt>
        <dd>{e.fxRate && e.fxRate !== '1' ? `${e.currency} at rate ${e.fxRate}` : e.currency}</dd>
        <dt>Posted</dt>
        <dd>
          {dateTimeText(e.postedAt, locale)} by {e.postedBy}
        </dd>
      </dl>
      <DataTable
        caption={`Lines of journal entry ${e.number}`}
        columns={columns}
        rows={e.lines}
        rowKey={(l) => l.lineNo}
        footer={
          <tr>
            <th scope="row" colSpan={3}>
              Total
            </th>
            <td className="num">
              <Amount minor={e.total} currency={e.currency} />
            </td>
            <td className="num">
              <Amount minor={e.total} currency={e.currency} />
            </td>
          </tr>
        }
      />
      <p className="muted">
        Posted entries cannot be changed. To correct one, post a new entry that reverses it.
      </p>
    </section>
  );
}
