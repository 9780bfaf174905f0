import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { withFieldRenamed } from '../fieldPaths';
import { approveCredit, creditQueue, rejectCredit } from './decide';
import { getExposure } from './exposure';

export function creditHandlers(session: CompanySession): HandlerGroup<'credit'> {
  return {
    'credit.exposure': ({ customerId }) => {
      const ctx = session.require();
      return withFieldRenamed('id', 'customerId', () => getExposure(ctx, customerId));
    },
    'credit.queue': () => creditQueue(session.require()),
    'credit.approve': ({ orderId, reason }) => {
      const ctx = session.require();
      return withFieldRenamed('id', 'orderId', () => approveCredit(ctx, orderId, reason));
    },
    'credit.reject': ({ orderId, reason }) => {
      const ctx = session.require();
      return withFieldRenamed('id', 'orderId', () => rejectCredit(ctx, orderId, reason));
    },
  };
}
