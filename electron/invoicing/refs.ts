// Looking up what an input refers to, with a NOT_FOUND error beside the field that named it.
import type { Customer } from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import type { CompanyContext } from '../context';
import { getCustomer } from '../customers/store';
import { withFieldRenamed } from '../fieldPaths';

export function notFound(path: string, message: string): OrdoError {
  return new OrdoError('NOT_FOUND', message, { fields: [{ path, message }] });
}

/** The customer named by a field other than `id` (getCustomer reports an unknown one as `id`). */
export function customerAt(ctx: CompanyContext, id: number, path = 'customerId'): Customer {
  return withFieldRenamed('id', path, () => getCustomer(ctx, id));
}
