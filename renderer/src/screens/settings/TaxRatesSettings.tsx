// #/settings/tax-rates — the rates products and invoice lines use.
import { useState } from 'react';
import type { TaxRate } from '../../../../shared/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ArchivedChip } from '../../components/StatusChip';
import { decimalText } from '../../lib/format';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';
import { useArchiveToggle } from '../../lib/useArchiveToggle';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { SettingsTable } from './SettingsTable';
import { categoryLabels, TaxRateDialog } from './TaxRateDialog';

export function TaxRatesSettings() {
  const { locale } = useCompanyLocale();
  const [editing, setEditing] = useState<TaxRate | 'new' | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  const list = useOrdoQuery('taxRates.list', { includeArchived });
  const archive = useOrdoMutation('taxRates.archive', { alsoInvalidates: ['products'] });
  const toggleArchive = useArchiveToggle('tax rate', archive.mutateAsync);

  const columns: Column<TaxRate>[] = [
    { key: 'name', header: 'Name', cell: (r) => r.name },
    { key: 'rate', header: 'Rate', numeric: true, cell: (r) => `${decimalText(r.ratePercent, locale, 4)} %` },
    { key: 'category', header: 'Category', cell: (r) => categoryLabels[r.category] },
    { key: 'status', header: 'Status', cell: (r) => <ArchivedChip archived={r.archived} /> },
    {
      key: 'actions',
      header: 'Actions',
      isControl: true,
      cell: (r) => (
        <span className="row-actions">
          <button type="button" aria-label={`Edit ${r.name}`} onClick={() => setEditing(r)}>
            Edit
          </button>{' '}
          <button
            type="button"
            aria-label={`${r.archived ? 'Restore' : 'Archive'} ${r.name}`}
            onClick={() => void toggleArchive(r)}
          >
            {r.archived ? 'Restore' : 'Archive'}
          </button>
        </span>
      ),
    },
  ];

  return (
    <SettingsTable
      title="Tax rates"
      list={list}
      includeArchived={includeArchived}
      onIncludeArchived={setIncludeArchived}
      addLabel="Add tax rate"
      onAdd={() => setEditing('new')}
      empty="No tax rates yet"
      render={(rows) => <DataTable caption="Tax rates" columns={columns} rows={rows} rowKey={(r) => r.id} />}
    >
      {editing ? (
        <TaxRateDialog rate={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </SettingsTable>
  );
}
