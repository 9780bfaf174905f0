// How much of an order line may be billed and how much was: goods bill what was shipped; services (text) and
// fees bill what was ordered and not cancelled.
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';

/** e4 quantity that can be invoiced in all: shipped for goods, ordered − cancelled for services and fees. */
export function billableQty(ctx: CompanyContext, orderLineId: number): number {
  const row = stmt(
    ctx.sqlite,
    `SELECT kind, qty, cancelled_qty AS cancelled,
       coalesce((SELECT sum(sl.qty) FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id
                 WHERE sl.order_line_id = l.id AND s.status IN ('shipped', 'delivered')), 0) AS shipped
     FROM order_lines l WHERE id = ?`,
  ).get(orderLineId) as { kind: string; qty: number; cancelled: number; shipped: number } | undefined;
  if (!row) return 0;
  return row.kind === 'product' ? row.shipped : Math.max(0, row.qty - row.cancelled);
}

/**
 * e4 quantity billed by posted invoices (and, with includeDrafts, by drafts too, so a second draft from the
 * same order does not bill it twice). Credit notes do not reopen a line: what was credited was delivered.
 */
export function invoicedQty(ctx: CompanyContext, orderLineId: number, includeDrafts: boolean): number {
  return (
    stmt(
      ctx.sqlite,
      `SELECT coalesce(sum(l.qty), 0) AS n FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
       WHERE l.order_line_id = ? AND l.kind <> 'deposit' AND (i.posted_at IS NOT NULL OR ? = 1)`,
    ).get(orderLineId, includeDrafts ? 1 : 0) as { n: number }
  ).n;
}

/** The order line's discount amount its invoices already took (drafts included, as invoicedQty counts them). */
export function discountInvoiced(ctx: CompanyContext, orderLineId: number): number {
  return (
    stmt(
      ctx.sqlite,
      `SELECT coalesce(sum(l.discount_amount), 0) AS n FROM invoice_lines l
       WHERE l.order_line_id = ? AND l.kind <> 'deposit'`,
    ).get(orderLineId) as { n: number }
  ).n;
}
