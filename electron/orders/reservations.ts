// Brings each line's reservation (Σ of its rows in stock_reservations) to what it should be: the quantity still
// to ship while the order is confirmed and live, else nothing. Only differences are appended, never edited.
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { addReservation } from './write';

type Reason = 'confirm' | 'ship' | 'cancel' | 'edit' | 'hold_released';

export function syncReservations(ctx: CompanyContext, orderId: number, reason: Reason): void {
  const order = stmt(
    ctx.sqlite,
    'SELECT is_confirmed AS c, is_cancelled AS x, is_rejected AS r, kind FROM orders WHERE id = ?',
  ).get(orderId) as { c: number; x: number; r: number; kind: string };
  const live = order.kind === 'order' && order.c === 1 && order.x === 0 && order.r === 0;
  // Every line, not only product lines: one that became free text (or changed product) on an edit still
  // holds rows under its former product, and those must be given back. Untracked products are read too:
  // one whose tracking was turned off gives back what it still holds.
  const lines = stmt(
    ctx.sqlite,
    `SELECT l.id, l.kind, l.product_id AS productId, l.qty, l.shipped_qty AS shipped, l.cancelled_qty AS cancelled,
       coalesce(p.is_stock_tracked, 0) AS tracked
     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id
     WHERE l.order_id = ?`,
  ).all(orderId) as {
    id: number;
    kind: string;
    productId: number | null;
    qty: number;
    shipped: number;
    cancelled: number;
    tracked: number;
  }[];
  const heldByProduct = stmt(
    ctx.sqlite,
    `SELECT product_id AS productId, sum(qty) AS qty FROM stock_reservations WHERE order_line_id = ?
     GROUP BY product_id`,
  );
  for (const l of lines) {
    const product = l.kind === 'product' ? l.productId : null;
    const held = heldByProduct.all(l.id) as { productId: number; qty: number }[];
    // Reserved per product, since stock levels sum reservations by product_id.
    for (const h of held) if (h.productId !== product) addReservation(ctx, h.productId, l.id, -h.qty, reason);
    if (product === null) continue;
    const target = live && l.tracked === 1 ? Math.max(0, l.qty - l.shipped - l.cancelled) : 0;
    const current = held.find((h) => h.productId === product)?.qty ?? 0;
    addReservation(ctx, product, l.id, target - current, reason);
  }
}
