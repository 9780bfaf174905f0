import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { withFieldPrefix } from '../fieldPaths';
import { customerAccount } from '../payments/account';
import { listCustomers, listSegments } from './list';
import { archiveCustomer, createCustomer, getCustomer, updateCustomer } from './store';

export function customerHandlers(session: CompanySession): HandlerGroup<'customers'> {
  return {
    'customers.create': (input) => createCustomer(session.require(), input),
    // The id is checked outside the prefix: an unknown customer is the top-level `id` field, not `customer.id`.
    'customers.update': ({ id, customer }) => {
      const ctx = session.require();
      getCustomer(ctx, id);
      return withFieldPrefix('customer', () => updateCustomer(ctx, id, customer));
    },
    'customers.get': ({ id }) => getCustomer(session.require(), id),
    'customers.list': (q) => listCustomers(session.require(), q),
    'customers.archive': ({ id, archived }) => archiveCustomer(session.require(), id, archived),
    'customers.segments': () => listSegments(session.require()),
    'customers.account': (input) => customerAccount(session.require(), input),
  };
}
