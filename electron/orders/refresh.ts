// Keeps an order's cached derived fields (status, open and shipped value) equal to what its rows say.
// Called in every transaction that changes an order, its lines or its shipments; verifyOrder proves it.
import { deriveOrderStatus, type OrderStatus } from '../../shared/orders/status';
import { Dec } from '../../shared/money';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';

interface LineFacts {
  kind: 'product' | 'text' | 'fee';
  qty: number;
  shippedQty: number;
  cancelledQty: number;
  /** Billed by posted invoices (deposits aside). */
  invoicedQty: number;
  gross: number;
}

interface OrderFlags {
  kind: 'order' | 'quote';
  isConfirmed: number;
  isOnHold: number;
  isRejected: number;
  isCancelled: number;
  isConverted: number;
}

/** The share of a line's gross value that `part` of its quantity stands for, rounded half-up. */
export function valueOf(line: { qty: number; gross: number }, part: number): number {
  if (part === 0 || line.qty === 0) return 0;
  return new Dec(line.gross).mul(part).div(line.qty).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}

export interface DerivedOrder {
  status: OrderStatus;
  openValue: number;
  shippedValue: number;
}

/** Derives status and values from the order's flags and lines (shipped quantities re-summed from shipments). */
export function deriveOrder(ctx: CompanyContext, orderId: number): DerivedOrder {
  const flags = stmt(
    ctx.sqlite,
    `SELECT kind, is_confirmed AS isConfirmed, is_on_hold AS isOnHold, is_rejected AS isRejected,
       is_cancelled AS isCancelled, is_converted AS isConverted FROM orders WHERE id = ?`,
  ).get(orderId) as OrderFlags;
  const lines = stmt(
    ctx.sqlite,
    `SELECT l.kind, l.qty, l.cancelled_qty AS cancelledQty, l.net + l.tax AS gross,
       coalesce((SELECT sum(sl.qty) FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id
                 WHERE sl.order_line_id = l.id AND s.status IN ('shipped', 'delivered')), 0) AS shippedQty,
       coalesce((SELECT sum(il.qty) FROM invoice_lines il JOIN invoices i ON i.id = il.invoice_id
                 WHERE il.order_line_id = l.id AND il.kind <> 'deposit' AND i.posted_at IS NOT NULL), 0) AS invoicedQty
     FROM order_lines l WHERE l.order_id = ?`,
  ).all(orderId) as LineFacts[];
  const invoices = stmt(
    ctx.sqlite,
    `SELECT count(*) AS n, coalesce(sum(CASE WHEN i.is_deposit = 0 THEN 1 END), 0) AS billing,
       coalesce(sum(CASE WHEN b.open > 0 THEN 1 END), 0) AS unsettled
     FROM invoices i LEFT JOIN invoice_balances b ON b.invoice_id = i.id WHERE i.order_id = ? AND i.posted_at IS NOT NULL`,
  ).get(orderId) as { n: number; billing: number; unsettled: number };
  const billable = (l: LineFacts) =>
    l.kind === 'product' ? l.shippedQty : Math.max(0, l.qty - l.cancelledQty);
  // Only goods are shipped: text (service) and fee lines never hold up "shipped"; they stay open until invoiced.
  const goods = lines.filter((l) => l.kind === 'product');
  const status = deriveOrderStatus({
    kind: flags.kind,
    isConfirmed: flags.isConfirmed === 1,
    isOnHold: flags.isOnHold === 1,
    isRejected: flags.isRejected === 1,
    isConverted: flags.isConverted === 1,
    isCancelled: flags.isCancelled === 1,
    lines: goods.map((l) => ({ ordered: l.qty, shipped: l.shippedQty, cancelled: l.cancelledQty })),
    billing: {
      isFullyInvoiced: invoices.billing > 0 && lines.every((l) => l.invoicedQty >= billable(l)),
      isSettled: invoices.unsettled === 0,
    },
  });
  const counts =
    flags.kind === 'order' && flags.isConfirmed === 1 && flags.isCancelled === 0 && flags.isRejected === 0;
  let openValue = 0;
  let shippedValue = 0;
  if (counts) {
    for (const l of lines) {
      // What is not yet invoiced, split into shipped and still open; each part is a difference of values of
      // quantities, so the parts add up to the line's uninvoiced value exactly (rounding each part on its own
      // could count a half cent twice). Once invoiced, the value is a receivable and leaves both.
      const live = Math.max(l.shippedQty, l.qty - l.cancelledQty);
      const invoiced = Math.min(l.invoicedQty, live);
      const billedOrShipped = valueOf(l, Math.max(l.shippedQty, invoiced));
      shippedValue += billedOrShipped - valueOf(l, invoiced);
      openValue += valueOf(l, live) - billedOrShipped;
    }
  }
  return { status, openValue, shippedValue };
}

export function refreshOrder(ctx: CompanyContext, orderId: number): DerivedOrder {
  const derived = deriveOrder(ctx, orderId);
  stmt(
    ctx.sqlite,
    'UPDATE orders SET status = ?, open_value = ?, shipped_value = ?, updated_at = ? WHERE id = ?',
  ).run(derived.status, derived.openValue, derived.shippedValue, ctx.nowIso(), orderId);
  return derived;
}

/** Proves the cached fields of an order (and its lines' shipped quantities) equal what its rows derive. */
export function verifyOrder(ctx: CompanyContext, orderId: number): string[] {
  const problems: string[] = [];
  const stored = stmt(
    ctx.sqlite,
    'SELECT status, open_value AS openValue, shipped_value AS shippedValue FROM orders WHERE id = ?',
  ).get(orderId) as DerivedOrder;
  const derived = deriveOrder(ctx, orderId);
  for (const key of ['status', 'openValue', 'shippedValue'] as const) {
    if (stored[key] !== derived[key]) problems.push(`${key}: stored ${stored[key]}, derived ${derived[key]}`);
  }
  const lines = ctx.sqlite
    .prepare(
      `SELECT l.id, l.shipped_qty AS cached,
         coalesce((SELECT sum(sl.qty) FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id
                   WHERE sl.order_line_id = l.id AND s.status IN ('shipped', 'delivered')), 0) AS derived
       FROM order_lines l WHERE l.order_id = ?`,
    )
    .all(orderId) as { id: number; cached: number; derived: number }[];
  for (const l of lines)
    if (l.cached !== l.derived)
      problems.push(`line ${l.id} shipped: stored ${l.cached}, derived ${l.derived}`);
  return problems;
}
