// When an order line is cancelled or removed, unshipped shipments let go of it; a shipment left empty is cancelled.
// Each shipment that changes gets its own audit row, so its trail tells why its lines changed.
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { getShipment } from './read';

export function releaseOrderLine(
  ctx: CompanyContext,
  orderLineId: number,
  reason: string,
  includeCancelled = false,
): void {
  const statuses = includeCancelled ? "('open', 'cancelled')" : "('open')";
  const holding = stmt(
    ctx.sqlite,
    `SELECT DISTINCT s.id, s.status FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id
     WHERE sl.order_line_id = ? AND s.status IN ${statuses}`,
  ).all(orderLineId) as { id: number; status: string }[];
  for (const shipment of holding) {
    const before = shipment.status === 'open' ? getShipment(ctx, shipment.id) : null;
    stmt(ctx.sqlite, 'DELETE FROM shipment_lines WHERE order_line_id = ? AND shipment_id = ?').run(
      orderLineId,
      shipment.id,
    );
    if (before) {
      recordAudit(ctx, {
        action: 'shipments.releaseLine',
        entity: 'shipment',
        entityId: shipment.id,
        before,
        after: { ...getShipment(ctx, shipment.id), reason },
      });
    }
  }
}

export function cancelEmptyShipments(ctx: CompanyContext, orderId: number, reason: string): void {
  const empty = stmt(
    ctx.sqlite,
    `SELECT id FROM shipments s WHERE order_id = ? AND status = 'open'
       AND NOT EXISTS (SELECT 1 FROM shipment_lines sl WHERE sl.shipment_id = s.id)`,
  ).all(orderId) as { id: number }[];
  for (const { id } of empty) {
    stmt(ctx.sqlite, "UPDATE shipments SET status = 'cancelled', updated_at = ? WHERE id = ?").run(
      ctx.nowIso(),
      id,
    );
    recordAudit(ctx, {
      action: 'shipments.cancel',
      entity: 'shipment',
      entityId: id,
      after: { status: 'cancelled', reason },
    });
  }
}
