import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { approveCredit, creditQueue, rejectCredit } from './decide';
import { getExposure } from './exposure';

export function creditHandlers(session: CompanySession): HandlerGroup<'credit'> {
  return {
    'credit.exposure': ({ customerId }) => getExposure(session.require(), customerId),
    'credit.queue': () => creditQueue(session.require()),
    'credit.approve': ({ orderId, reason }) => approveCredit(session.require(), orderId, reason),
    'credit.reject': ({ orderId, reason }) => rejectCredit(session.require(), orderId, reason),
  };
}
