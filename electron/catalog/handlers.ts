import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { withFieldPrefix } from '../fieldPaths';
import { archiveProduct, createProduct, getProduct, listProducts, updateProduct } from './products';

export function productHandlers(session: CompanySession): HandlerGroup<'products'> {
  return {
    'products.create': (input) => createProduct(session.require(), input),
    // The id is checked outside the prefix: an unknown product is the top-level `id` field, not `product.id`.
    'products.update': ({ id, product }) => {
      const ctx = session.require();
      getProduct(ctx, id);
      return withFieldPrefix('product', () => updateProduct(ctx, id, product));
    },
    'products.get': ({ id }) => getProduct(session.require(), id),
    'products.list': (q) => listProducts(session.require(), q),
    'products.archive': ({ id, archived }) => archiveProduct(session.require(), id, archived),
  };
}
