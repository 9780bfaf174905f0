import { todayIn } from '../../shared/dates';
import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { withFieldPrefix, withFieldRenamed } from '../fieldPaths';
import {
  cancelOrder,
  confirmOrder,
  convertQuote,
  createOrder,
  duplicateOrder,
  updateOrder,
} from './lifecycle';
import { listOrderRows, orderCounts } from './list';
import { previewOrder } from './preview';
import { getOrder } from './read';

export function orderHandlers(session: CompanySession): HandlerGroup<'orders'> {
  return {
    'orders.create': (input) => createOrder(session.require(), input),
    'orders.update': ({ id, order }) => {
      const ctx = session.require();
      getOrder(ctx, id);
      return withFieldPrefix('order', () => updateOrder(ctx, id, order));
    },
    'orders.preview': (input) => {
      const ctx = session.require();
      return withFieldRenamed('id', 'customerId', () => previewOrder(ctx, input));
    },
    'orders.confirm': ({ id }) => confirmOrder(session.require(), id),
    'orders.cancel': (input) => cancelOrder(session.require(), input),
    'orders.duplicate': ({ id }) => {
      const ctx = session.require();
      return duplicateOrder(ctx, id, todayIn(ctx.clock));
    },
    'orders.convertQuote': ({ id }) => {
      const ctx = session.require();
      return convertQuote(ctx, id, todayIn(ctx.clock));
    },
    'orders.get': ({ id }) => getOrder(session.require(), id),
    'orders.list': (q) => listOrderRows(session.require(), q),
    'orders.counts': () => orderCounts(session.require()),
  };
}
