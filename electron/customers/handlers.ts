import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { withFieldPrefix } from '../fieldPaths';
import { listCustomers, listSegments } from './list';
import { archiveCustomer, createCustomer, getCustomer, updateCustomer } from './store';

export function customerHandlers(session: CompanySession): HandlerGroup<'customers'> {
  return {
    'customers.create': (input) => createCustomer(session.require(), input),
    'customers.update': ({ id, customer }) =>
      withFieldPrefix('customer', () => updateCustomer(session.require(), id, customer)),
    'customers.get': ({ id }) => getCustomer(session.require(), id),
    'customers.list': (q) => listCustomers(session.require(), q),
    'customers.archive': ({ id, archived }) => archiveCustomer(session.require(), id, archived),
    'customers.segments': () => listSegments(session.require()),
  };
}
