// #/settings/users — who works in this company file, with which roles and whether a PIN guards the profile.
// Only the owner manages profiles (main refuses everyone else); the first profile is the owner.
import { useState } from 'react';
import type { UserProfile } from '../../../../shared/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { ArchivedChip } from '../../components/StatusChip';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';
import { useActingUser, useMay } from '../../lib/useActingUser';
import { useArchiveToggle } from '../../lib/useArchiveToggle';
import { SettingsTable } from './SettingsTable';
import { ProfileDialog, rolesText } from './UsersProfileDialog';

export function UsersSettings() {
  const me = useActingUser();
  const mayManage = useMay('manageUsers');
  const [editing, setEditing] = useState<UserProfile | 'new' | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  const list = useOrdoQuery('users.list', { includeArchived });
  const archive = useOrdoMutation('users.archive', { alsoInvalidates: ['company'] });
  const toggleArchive = useArchiveToggle('profile', archive.mutateAsync);

  if (!mayManage) {
    return (
      <section className="screen" aria-labelledby="screen-title">
        <h1 id="screen-title">Users</h1>
        <p className="explain">
          Only the owner manages user profiles. Switch to the owner’s profile to change them.
        </p>
      </section>
    );
  }

  const columns: Column<UserProfile>[] = [
    {
      key: 'name',
      header: 'Name',
      cell: (u) => (
        <>
          {u.name}
          {u.id === me?.id ? (
            <>
              {' '}
              <span className="muted">(you)</span>
            </>
          ) : null}
        </>
      ),
    },
    { key: 'roles', header: 'Roles', overflow: 'wrap', cell: (u) => rolesText(u.roles) },
    { key: 'pin', header: 'PIN', cell: (u) => (u.hasPin ? 'Yes' : 'No') },
    { key: 'status', header: 'Status', cell: (u) => <ArchivedChip archived={u.archived} /> },
    {
      key: 'actions',
      header: 'Actions',
      isControl: true,
      cell: (u) => (
        <span className="row-actions">
          <button type="button" aria-label={`Edit ${u.name}`} onClick={() => setEditing(u)}>
            Edit
          </button>{' '}
          {u.id === me?.id ? null : (
            <button
              type="button"
              aria-label={`${u.archived ? 'Restore' : 'Archive'} ${u.name}`}
              onClick={() => void toggleArchive(u)}
            >
              {u.archived ? 'Restore' : 'Archive'}
            </button>
          )}
        </span>
      ),
    },
  ];

  return (
    <SettingsTable
      title="Users"
      list={list}
      includeArchived={includeArchived}
      onIncludeArchived={setIncludeArchived}
      addLabel="Add profile"
      onAdd={() => setEditing('new')}
      empty="No profiles yet"
      intro={
        <p className="explain">
          Everyone who works in this company file gets a profile; every change records who made it. With more
          than one profile, Ordo asks who is working when the file opens.
        </p>
      }
      render={(rows) => (
        <DataTable caption="User profiles" columns={columns} rows={rows} rowKey={(u) => u.id} />
      )}
    >
      {editing ? (
        <ProfileDialog profile={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </SettingsTable>
  );
}
