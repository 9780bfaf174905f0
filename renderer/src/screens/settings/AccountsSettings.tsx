// #/settings/accounts — the chart of accounts. System accounts carry a role that postings rely on.
import { useState } from 'react';
import type { Account, AccountRole } from '../../../../shared/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ArchivedChip } from '../../components/StatusChip';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';
import { useArchiveToggle } from '../../lib/useArchiveToggle';
import { AccountDialog, accountTypeLabels } from './AccountDialog';
import { SettingsTable } from './SettingsTable';

const roleLabels: Record<AccountRole, string> = {
  ar: 'Customer receivables',
  bank: 'Bank',
  cash: 'Cash',
  revenue: 'Sales',
  sales_discounts: 'Sales discounts',
  fee_income: 'Fee income',
  tax_payable: 'Tax payable',
  customer_credits: 'Customer credits',
  write_offs: 'Write-offs',
  fx_gain: 'Exchange rate gains',
  fx_loss: 'Exchange rate losses',
  rounding: 'Rounding',
  equity: 'Owner’s equity',
};

export function AccountsSettings() {
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  const list = useOrdoQuery('accounts.list', { includeArchived });
  const archive = useOrdoMutation('accounts.archive', { alsoInvalidates: ['ledger'] });
  const toggleArchive = useArchiveToggle('account', archive.mutateAsync);

  const columns: Column<Account>[] = [
    { key: 'code', header: 'Code', cell: (a) => <code>{a.code}</code> },
    { key: 'name', header: 'Name', overflow: 'wrap', cell: (a) => a.name },
    { key: 'type', header: 'Type', cell: (a) => accountTypeLabels[a.type] },
    { key: 'role', header: 'System role', cell: (a) => (a.role ? roleLabels[a.role] : '') },
    { key: 'status', header: 'Status', cell: (a) => <ArchivedChip archived={a.archived} /> },
    {
      key: 'actions',
      header: 'Actions',
      isControl: true,
      cell: (a) => (
        <span className="row-actions">
          <button type="button" aria-label={`Edit ${a.code} ${a.name}`} onClick={() => setEditing(a)}>
            Edit
          </button>{' '}
          <button
            type="button"
            aria-label={`${a.archived ? 'Restore' : 'Archive'} ${a.code} ${a.name}`}
            onClick={() => void toggleArchive(a)}
          >
            {a.archived ? 'Restore' : 'Archive'}
          </button>
        </span>
      ),
    },
  ];

  return (
    <SettingsTable
      title="Chart of accounts"
      addLabel="Add account"
      onAdd={() => setEditing('new')}
      empty="No accounts yet"
      list={list}
      includeArchived={includeArchived}
      onIncludeArchived={setIncludeArchived}
      intro={
        <p className="muted">
          Accounts with a system role are used by Ordo’s own postings and cannot be archived.
        </p>
      }
      render={(rows) => <DataTable caption="Accounts" columns={columns} rows={rows} rowKey={(a) => a.id} />}
    >
      {editing ? (
        <AccountDialog account={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </SettingsTable>
  );
}
