// #/settings/payment-terms — when invoices are due, and any discount for paying early.
import { useState } from 'react';
import type { PaymentTerms } from '../../../../shared/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ArchivedChip, StatusChip } from '../../components/StatusChip';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';
import { useArchiveToggle } from '../../lib/useArchiveToggle';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { PaymentTermsDialog } from './PaymentTermsDialog';
import { termsText } from './paymentTermsText';
import { SettingsTable } from './SettingsTable';

export function PaymentTermsSettings() {
  const { locale } = useCompanyLocale();
  const [editing, setEditing] = useState<PaymentTerms | 'new' | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  const list = useOrdoQuery('paymentTerms.list', { includeArchived });
  const archive = useOrdoMutation('paymentTerms.archive', { alsoInvalidates: ['customers'] });
  const toggleArchive = useArchiveToggle('payment terms', archive.mutateAsync);

  const columns: Column<PaymentTerms>[] = [
    {
      key: 'name',
      header: 'Name',
      cell: (t) => (
        <>
          {t.name} {t.isDefault ? <StatusChip tone="open">Default</StatusChip> : null}
        </>
      ),
    },
    // Said in words from the fields: the stored description often only repeats the name.
    { key: 'terms', header: 'Terms', overflow: 'wrap', cell: (t) => termsText(t, locale) },
    { key: 'status', header: 'Status', cell: (t) => <ArchivedChip archived={t.archived} /> },
    {
      key: 'actions',
      header: 'Actions',
      isControl: true,
      cell: (t) => (
        <span className="row-actions">
          <button type="button" aria-label={`Edit ${t.name}`} onClick={() => setEditing(t)}>
            Edit
          </button>{' '}
          <button
            type="button"
            aria-label={`${t.archived ? 'Restore' : 'Archive'} ${t.name}`}
            onClick={() => void toggleArchive(t)}
          >
            {t.archived ? 'Restore' : 'Archive'}
          </button>
        </span>
      ),
    },
  ];

  return (
    <SettingsTable
      title="Payment terms"
      addLabel="Add payment terms"
      onAdd={() => setEditing('new')}
      empty="No payment terms yet"
      list={list}
      includeArchived={includeArchived}
      onIncludeArchived={setIncludeArchived}
      render={(rows) => (
        <DataTable caption="Payment terms" columns={columns} rows={rows} rowKey={(t) => t.id} />
      )}
    >
      {editing ? (
        <PaymentTermsDialog terms={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </SettingsTable>
  );
}
