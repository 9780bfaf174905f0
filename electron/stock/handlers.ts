import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { withFieldRenamed } from '../fieldPaths';
import { listLevels } from './levels';
import { adjustStock, listMovements } from './movements';

export function stockHandlers(session: CompanySession): HandlerGroup<'stock'> {
  return {
    'stock.levels': (q) => listLevels(session.require(), q),
    'stock.adjust': (input) => {
      const ctx = session.require();
      return withFieldRenamed('id', 'productId', () => adjustStock(ctx, input));
    },
    'stock.movements': (q) => {
      const ctx = session.require();
      return withFieldRenamed('id', 'productId', () => listMovements(ctx, q));
    },
  };
}
