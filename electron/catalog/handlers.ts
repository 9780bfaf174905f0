import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { withFieldPrefix } from '../fieldPaths';
import { archiveProduct, createProduct, getProduct, listProducts, updateProduct } from './products';

export function productHandlers(session: CompanySession): HandlerGroup<'products'> {
  return {
    'products.create': (input) => createProduct(session.require(), input),
    'products.update': ({ id, product }) =>
      withFieldPrefix('product', () => updateProduct(session.require(), id, product)),
    'products.get': ({ id }) => getProduct(session.require(), id),
    'products.list': (q) => listProducts(session.require(), q),
    'products.archive': ({ id, archived }) => archiveProduct(session.require(), id, archived),
  };
}
