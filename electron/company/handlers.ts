import type { HandlerGroup } from '../dispatch';
import type { CompanySession } from './session';

export function companyHandlers(session: CompanySession): HandlerGroup<'company'> {
  return {
    'company.create': (input) => session.create(input),
    'company.open': (input) => session.open(input.path),
    'company.openDemo': () => session.openDemo(),
    'company.current': () => session.current(),
    'company.recent': () => session.recent(),
    'company.close': () => ({ closed: session.close() }),
    'company.backup': () => session.backup(),
  };
}
