import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { globalSearch } from '../search/global';

export function appHandlers(info: { version: string; shell: 'electron' | 'web' }): HandlerGroup<'app'> {
  return { 'app.info': () => ({ name: 'Ordo', version: info.version, shell: info.shell }) };
}

export function searchHandlers(session: CompanySession): HandlerGroup<'search'> {
  return { 'search.global': ({ query, limit }) => globalSearch(session.require(), query, limit) };
}
