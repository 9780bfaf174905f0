// Before a shipment leaves: no line ships more than its order still has open, and per product the shipment takes
// no more than is on hand less what OTHER orders reserved (this order's own reservations are its to take).
import { OrdoError } from '../../shared/errors';
import { formatQuantity } from '../../shared/quantity';
import { checkShipment } from '../../shared/stock/availability';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { reservedFor } from '../orders/write';
import { rawLevel } from '../stock/levels';
import type { LineRow } from './read';

interface OrderLineFacts {
  id: number;
  qty: number;
  shippedQty: number;
  cancelledQty: number;
}

export function assertShipmentFits(
  ctx: CompanyContext,
  lines: LineRow[],
  orderLines: Map<number, OrderLineFacts>,
): void {
  const byProduct = new Map<
    number,
    { requested: number; own: number; firstIndex: number; description: string }
  >();
  lines.forEach((l, i) => {
    const ol = orderLines.get(l.orderLineId);
    if (!ol) throw new OrdoError('CONFLICT', 'A line of this shipment is no longer on the order');
    const remaining = ol.qty - ol.shippedQty - ol.cancelledQty;
    if (l.qty > remaining) {
      const max = formatQuantity(Math.max(0, remaining));
      throw new OrdoError('VALIDATION', `At most ${max} of ${l.description} remain to ship`, {
        fields: [{ path: `lines.${i}.quantity`, message: `At most ${max}` }],
      });
    }
    if (l.productId === null) return;
    const p = byProduct.get(l.productId) ?? {
      requested: 0,
      own: 0,
      firstIndex: i,
      description: l.description,
    };
    p.requested += l.qty;
    p.own += reservedFor(ctx, ol.id);
    byProduct.set(l.productId, p);
  });
  for (const [productId, p] of byProduct) {
    const product = stmt(
      ctx.sqlite,
      'SELECT unit, is_stock_tracked AS t, allow_negative_stock AS n FROM products WHERE id = ?',
    ).get(productId) as { unit: string; t: number; n: number };
    const level = rawLevel(ctx, productId);
    const check = checkShipment({
      requested: p.requested,
      remainingOnOrder: p.requested,
      onHand: level.onHand - Math.max(0, level.reserved - p.own),
      allowNegativeStock: product.n === 1,
      isStockTracked: product.t === 1,
    });
    if (!check.ok) {
      const max = formatQuantity(check.max);
      throw new OrdoError(
        'INSUFFICIENT_STOCK',
        `Only ${max} ${product.unit} of ${p.description} can ship now (on hand, less what other orders reserved)`,
        { fields: [{ path: `lines.${p.firstIndex}.quantity`, message: `At most ${max}` }] },
      );
    }
  }
}
