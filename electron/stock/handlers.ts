import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { listLevels } from './levels';
import { adjustStock, listMovements } from './movements';

export function stockHandlers(session: CompanySession): HandlerGroup<'stock'> {
  return {
    'stock.levels': (q) => listLevels(session.require(), q),
    'stock.adjust': (input) => adjustStock(session.require(), input),
    'stock.movements': (q) => listMovements(session.require(), q),
  };
}
