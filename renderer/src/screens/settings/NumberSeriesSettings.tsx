// #/settings/number-series — how orders, invoices and other documents are numbered.
import { useState } from 'react';
import type { NumberSeries } from '../../../../shared/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { Loading, QueryError } from '../../components/QueryError';
import { useOrdoQuery } from '../../lib/queries';
import { NumberSeriesDialog, TokenHelp } from './NumberSeriesDialog';

export function NumberSeriesSettings() {
  const [editing, setEditing] = useState<NumberSeries | null>(null);
  const list = useOrdoQuery('numberSeries.list', {});

  const columns: Column<NumberSeries>[] = [
    { key: 'name', header: 'Name', cell: (s) => s.name },
    { key: 'pattern', header: 'Pattern', cell: (s) => <code>{s.pattern}</code> },
    {
      key: 'last',
      header: 'Last issued',
      cell: (s) => s.lastIssued ?? <span className="muted">None yet</span>,
    },
    { key: 'preview', header: 'Next document', cell: (s) => s.preview },
    // The next document already shows it; steps aside when the table is narrow.
    { key: 'next', header: 'Next number', numeric: true, isOptional: true, cell: (s) => s.nextNumber },
    { key: 'reset', header: 'Yearly reset', cell: (s) => (s.resetYearly ? 'Yes' : 'No') },
    {
      key: 'actions',
      header: 'Actions',
      isControl: true,
      cell: (s) => (
        <button type="button" aria-label={`Edit ${s.name}`} onClick={() => setEditing(s)}>
          Edit
        </button>
      ),
    },
  ];

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">Number series</h1>
      </header>
      <p className="explain">
        <TokenHelp />
      </p>
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <DataTable caption="Number series" columns={columns} rows={list.data} rowKey={(s) => s.key} />
      ) : (
        !list.error && <Loading />
      )}
      {editing ? <NumberSeriesDialog series={editing} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}
