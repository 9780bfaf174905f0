import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { listAudit, verifyAudit } from './log';

export function auditHandlers(session: CompanySession): HandlerGroup<'audit'> {
  return {
    'audit.verify': () => verifyAudit(session.require()),
    'audit.list': (q) => listAudit(session.require(), q),
  };
}
