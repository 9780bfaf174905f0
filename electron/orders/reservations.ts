// Brings each line's reservation (Σ of its rows in stock_reservations) to what it should be: the quantity still
// to ship while the order is confirmed and live, else nothing. Only differences are appended, never edited.
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { addReservation, reservedFor } from './write';

type Reason = 'confirm' | 'ship' | 'cancel' | 'edit' | 'hold_released';

export function syncReservations(ctx: CompanyContext, orderId: number, reason: Reason): void {
  const order = stmt(
    ctx.sqlite,
    'SELECT is_confirmed AS c, is_cancelled AS x, is_rejected AS r, kind FROM orders WHERE id = ?',
  ).get(orderId) as { c: number; x: number; r: number; kind: string };
  const live = order.kind === 'order' && order.c === 1 && order.x === 0 && order.r === 0;
  // Untracked products are read too: one whose tracking was turned off gives back what it still holds.
  const lines = stmt(
    ctx.sqlite,
    `SELECT l.id, l.product_id AS productId, l.qty, l.shipped_qty AS shipped, l.cancelled_qty AS cancelled,
       p.is_stock_tracked AS tracked
     FROM order_lines l JOIN products p ON p.id = l.product_id
     WHERE l.order_id = ? AND l.kind = 'product'`,
  ).all(orderId) as {
    id: number;
    productId: number;
    qty: number;
    shipped: number;
    cancelled: number;
    tracked: number;
  }[];
  for (const l of lines) {
    const target = live && l.tracked === 1 ? Math.max(0, l.qty - l.shipped - l.cancelled) : 0;
    addReservation(ctx, l.productId, l.id, target - reservedFor(ctx, l.id), reason);
  }
}
