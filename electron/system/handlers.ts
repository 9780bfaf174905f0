import type { UserProfile } from '../../shared/contract';
import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { globalSearch } from '../search/global';

export function appHandlers(info: { version: string; shell: 'electron' | 'web' }): HandlerGroup<'app'> {
  return { 'app.info': () => ({ name: 'Ordo', version: info.version, shell: info.shell }) };
}

function listUsers(session: CompanySession): UserProfile[] {
  const rows = session
    .require()
    .sqlite.prepare('SELECT id, name, roles FROM users WHERE archived = 0 ORDER BY id')
    .all() as { id: number; name: string; roles: string }[];
  return rows.map((r) => ({ id: r.id, name: r.name, roles: JSON.parse(r.roles) as string[] }));
}

export function userHandlers(session: CompanySession): HandlerGroup<'users'> {
  return {
    'users.current': () => {
      const me = session.require().user;
      const found = listUsers(session).find((u) => u.id === me.id);
      return found ?? { id: me.id, name: me.name, roles: [] };
    },
    'users.list': () => listUsers(session),
  };
}

export function searchHandlers(session: CompanySession): HandlerGroup<'search'> {
  return { 'search.global': ({ query, limit }) => globalSearch(session.require(), query, limit) };
}
