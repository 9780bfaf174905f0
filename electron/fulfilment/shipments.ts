// Fulfilment: a shipment takes quantities still to ship from one order; it is packed (scan or type codes),
// then shipped — number, stock out, reservation released, order status and customer message in one transaction.
import type { Shipment, ScanResult } from '../../shared/contract';
import { OrdoError, fieldError } from '../../shared/errors';
import { formatQuantity, parseQuantity } from '../../shared/quantity';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { issueNumber } from '../numbering/series';
import { queueOrderMessage } from '../orders/messages';
import { orderLines, orderRow } from '../orders/read';
import { refreshOrder } from '../orders/refresh';
import { syncReservations } from '../orders/reservations';
import { insertMovement } from '../stock/movements';
import { getShipment, shipmentHead, shipmentLines } from './read';
import { assertShipmentFits } from './stockCheck';

/** Quantity of an order line already in other open (unshipped) shipments. */
function inOpenShipments(ctx: CompanyContext, orderLineId: number, exceptShipmentId: number): number {
  return (
    stmt(
      ctx.sqlite,
      `SELECT coalesce(sum(sl.qty), 0) AS n FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id
       WHERE sl.order_line_id = ? AND s.status = 'open' AND s.id <> ?`,
    ).get(orderLineId, exceptShipmentId) as { n: number }
  ).n;
}

function assertShippable(ctx: CompanyContext, orderId: number): void {
  const o = orderRow(ctx, orderId);
  if (o.kind !== 'order' || !o.isConfirmed)
    throw fieldError('orderId', 'Only a confirmed order can be shipped');
  const blocked: Record<string, string> = {
    on_hold: `Order ${o.number} is on credit hold; it ships once approved`,
    rejected: `Credit for order ${o.number} was refused`,
    cancelled: `Order ${o.number} is cancelled`,
    shipped: `Order ${o.number} is fully shipped`,
  };
  const why = blocked[o.status];
  if (why) throw new OrdoError('CONFLICT', why, { fields: [{ path: 'orderId', message: why }] });
}

/** Checks and writes the wanted quantities (e4 per order line) as the shipment's lines. */
function writeLines(
  ctx: CompanyContext,
  shipmentId: number,
  orderId: number,
  wanted: { orderLineId: number; qty: number }[],
): void {
  const lines = new Map(orderLines(ctx, orderId).map((l) => [l.id, l]));
  const seen = new Set<number>();
  const previous = new Map(shipmentLines(ctx, shipmentId).map((l) => [l.orderLineId, l.packedQty]));
  stmt(ctx.sqlite, 'DELETE FROM shipment_lines WHERE shipment_id = ?').run(shipmentId);
  const insert = stmt(
    ctx.sqlite,
    'INSERT INTO shipment_lines (shipment_id, order_line_id, product_id, qty, packed_qty) VALUES (?, ?, ?, ?, ?)',
  );
  wanted.forEach((w, i) => {
    const path = `lines.${i}`;
    const line = lines.get(w.orderLineId);
    if (!line)
      throw new OrdoError('NOT_FOUND', 'This line is not on the order', {
        fields: [{ path: `${path}.orderLineId`, message: 'Not on this order' }],
      });
    if (line.kind !== 'product') throw fieldError(`${path}.orderLineId`, 'Only product lines are shipped');
    if (seen.has(w.orderLineId)) throw fieldError(`${path}.orderLineId`, 'The same line appears twice');
    seen.add(w.orderLineId);
    const remaining =
      line.qty - line.shippedQty - line.cancelledQty - inOpenShipments(ctx, line.id, shipmentId);
    if (w.qty > remaining) {
      throw new OrdoError(
        'VALIDATION',
        `At most ${formatQuantity(Math.max(0, remaining))} ${line.unit} of ${line.description} remain to ship`,
        {
          fields: [
            {
              path: `${path}.quantity`,
              message: `At most ${formatQuantity(Math.max(0, remaining))} remain to ship`,
            },
          ],
        },
      );
    }
    insert.run(shipmentId, line.id, line.productId, w.qty, Math.min(previous.get(line.id) ?? 0, w.qty));
  });
}

export function createShipment(
  ctx: CompanyContext,
  input: { orderId: number; lines?: { orderLineId: number; quantity: string }[] | undefined },
): Shipment {
  return ctx.tx(() => {
    assertShippable(ctx, input.orderId);
    const wanted =
      input.lines?.map((l) => ({ orderLineId: l.orderLineId, qty: parseQuantity(l.quantity) })) ??
      orderLines(ctx, input.orderId)
        .filter((l) => l.kind === 'product')
        .map((l) => ({
          orderLineId: l.id,
          qty: l.qty - l.shippedQty - l.cancelledQty - inOpenShipments(ctx, l.id, 0),
        }))
        .filter((l) => l.qty > 0);
    if (wanted.length === 0) throw fieldError('orderId', 'Nothing remains to ship on this order');
    const now = ctx.nowIso();
    const id = Number(
      stmt(
        ctx.sqlite,
        "INSERT INTO shipments (order_id, status, created_by, created_at, updated_at) VALUES (?, 'open', ?, ?, ?)",
      ).run(input.orderId, ctx.user.id, now, now).lastInsertRowid,
    );
    writeLines(ctx, id, input.orderId, wanted);
    const after = getShipment(ctx, id);
    recordAudit(ctx, { action: 'shipments.create', entity: 'shipment', entityId: id, after });
    return after;
  });
}

function openShipment(ctx: CompanyContext, id: number) {
  const head = shipmentHead(ctx, id);
  if (head.status !== 'open')
    throw new OrdoError(
      'CONFLICT',
      `${head.number ? `Shipment ${head.number}` : 'This shipment'} is ${head.status}; it can no longer change`,
    );
  return head;
}

export function updateShipmentLines(
  ctx: CompanyContext,
  input: { id: number; lines: { orderLineId: number; quantity: string }[] },
): Shipment {
  return ctx.tx(() => {
    const head = openShipment(ctx, input.id);
    const before = getShipment(ctx, input.id);
    writeLines(
      ctx,
      input.id,
      head.orderId,
      input.lines.map((l) => ({ orderLineId: l.orderLineId, qty: parseQuantity(l.quantity) })),
    );
    const after = getShipment(ctx, input.id);
    recordAudit(ctx, {
      action: 'shipments.updateLines',
      entity: 'shipment',
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}

const ONE = 10_000;

/** Packing changes what may ship, so each change is audited like any other: who packed what, from how much. */
function recordPacking(
  ctx: CompanyContext,
  shipmentId: number,
  action: 'shipments.scan' | 'shipments.setPacked',
  line: { id: number; description: string; packedQty: number },
  packed: number,
  code?: string,
): void {
  recordAudit(ctx, {
    action,
    entity: 'shipment',
    entityId: shipmentId,
    before: { lineId: line.id, packed: formatQuantity(line.packedQty) },
    after: {
      lineId: line.id,
      description: line.description,
      packed: formatQuantity(packed),
      ...(code ? { code } : {}),
    },
  });
}

/** A scanner types the code and Enter: the SKU or barcode's line gets one more unit packed, with clear feedback. */
export function scanCode(
  ctx: CompanyContext,
  input: { id: number; code: string },
): { shipment: Shipment; scan: ScanResult } {
  return ctx.tx(() => {
    openShipment(ctx, input.id);
    const product = stmt(
      ctx.sqlite,
      "SELECT id, name FROM products WHERE sku = ? COLLATE NOCASE OR (barcode <> '' AND barcode = ?) LIMIT 1",
    ).get(input.code, input.code) as { id: number; name: string } | undefined;
    let scan: ScanResult;
    if (!product) scan = { result: 'unknown_code' };
    else {
      const line =
        shipmentLines(ctx, input.id).find((l) => l.productId === product.id && l.packedQty < l.qty) ??
        shipmentLines(ctx, input.id).find((l) => l.productId === product.id);
      if (!line) scan = { result: 'not_in_shipment', productName: product.name };
      else if (line.packedQty >= line.qty)
        scan = { result: 'already_complete', lineId: line.id, quantity: formatQuantity(line.qty) };
      else {
        const packed = Math.min(line.qty, line.packedQty + ONE);
        stmt(ctx.sqlite, 'UPDATE shipment_lines SET packed_qty = ? WHERE id = ?').run(packed, line.id);
        recordPacking(ctx, input.id, 'shipments.scan', line, packed, input.code);
        scan = {
          result: 'packed',
          lineId: line.id,
          packed: formatQuantity(packed),
          quantity: formatQuantity(line.qty),
          complete: packed >= line.qty,
        };
      }
    }
    return { shipment: getShipment(ctx, input.id), scan };
  });
}

export function setPacked(
  ctx: CompanyContext,
  input: { id: number; lineId: number; packed: string },
): Shipment {
  return ctx.tx(() => {
    openShipment(ctx, input.id);
    const line = shipmentLines(ctx, input.id).find((l) => l.id === input.lineId);
    if (!line)
      throw new OrdoError('NOT_FOUND', 'This line is not in the shipment', {
        fields: [{ path: 'lineId', message: 'Not in this shipment' }],
      });
    const packed = parseQuantity(input.packed);
    if (packed > line.qty) throw fieldError('packed', `At most ${formatQuantity(line.qty)} can be packed`);
    if (packed === line.packedQty) return getShipment(ctx, input.id);
    stmt(ctx.sqlite, 'UPDATE shipment_lines SET packed_qty = ? WHERE id = ?').run(packed, line.id);
    recordPacking(ctx, input.id, 'shipments.setPacked', line, packed);
    return getShipment(ctx, input.id);
  });
}

export function shipShipment(
  ctx: CompanyContext,
  input: {
    id: number;
    shipDate: string;
    carrier: string;
    trackingNumber: string;
    parcels: number | null;
    weightKg: string | null;
  },
): Shipment {
  return ctx.tx(() => {
    const head = openShipment(ctx, input.id);
    const lines = shipmentLines(ctx, input.id);
    if (lines.length === 0) throw new OrdoError('CONFLICT', 'The shipment has no lines');
    const unpacked = lines.filter((l) => l.packedQty < l.qty);
    if (unpacked.length > 0) {
      throw new OrdoError(
        'CONFLICT',
        `Pack everything first: ${unpacked.map((l) => l.description).join(', ')}`,
        { unpacked: unpacked.map((l) => l.id) },
      );
    }
    const order = orderRow(ctx, head.orderId);
    if (input.shipDate < order.orderDate) {
      throw fieldError('shipDate', `A shipment cannot leave before its order date ${order.orderDate}`);
    }
    if (order.isCancelled || order.status === 'rejected')
      throw new OrdoError('CONFLICT', `Order ${order.number} can no longer ship`);
    // Packed before the order went (back) on hold: it still waits for the credit decision, like a new shipment.
    if (order.status === 'on_hold')
      throw new OrdoError('CONFLICT', `Order ${order.number} is on credit hold; it ships once approved`);
    assertShipmentFits(ctx, lines, new Map(orderLines(ctx, head.orderId).map((l) => [l.id, l])));
    const number = issueNumber(ctx, 'shipment', input.shipDate);
    stmt(
      ctx.sqlite,
      `UPDATE shipments SET number = ?, status = 'shipped', ship_date = ?, carrier = ?, tracking_number = ?, parcels = ?, weight_kg = ?,
         updated_at = ? WHERE id = ?`,
    ).run(
      number,
      input.shipDate,
      input.carrier,
      input.trackingNumber,
      input.parcels,
      input.weightKg,
      ctx.nowIso(),
      input.id,
    );
    for (const l of lines) {
      stmt(ctx.sqlite, 'UPDATE order_lines SET shipped_qty = shipped_qty + ? WHERE id = ?').run(
        l.qty,
        l.orderLineId,
      );
      const tracked =
        l.productId !== null &&
        (
          stmt(ctx.sqlite, 'SELECT is_stock_tracked AS t FROM products WHERE id = ?').get(l.productId) as {
            t: number;
          }
        ).t === 1;
      if (tracked && l.productId !== null) {
        insertMovement(ctx, {
          productId: l.productId,
          date: input.shipDate,
          kind: 'shipment',
          qty: -l.qty,
          reason: `Shipment ${number}`,
          shipmentId: input.id,
        });
      }
    }
    syncReservations(ctx, head.orderId, 'ship');
    refreshOrder(ctx, head.orderId);
    queueOrderMessage(ctx, head.orderId, 'order_shipped', input.id);
    const after = getShipment(ctx, input.id);
    recordAudit(ctx, { action: 'shipments.ship', entity: 'shipment', entityId: input.id, after });
    return after;
  });
}

export function markDelivered(ctx: CompanyContext, input: { id: number; date: string }): Shipment {
  return ctx.tx(() => {
    const head = shipmentHead(ctx, input.id);
    if (head.status !== 'shipped')
      throw new OrdoError('CONFLICT', 'Only a shipped shipment can be marked delivered');
    if (head.shipDate && input.date < head.shipDate)
      throw fieldError('date', `Delivery cannot be before the ship date ${head.shipDate}`);
    stmt(
      ctx.sqlite,
      "UPDATE shipments SET status = 'delivered', delivered_on = ?, updated_at = ? WHERE id = ?",
    ).run(input.date, ctx.nowIso(), input.id);
    const after = getShipment(ctx, input.id);
    recordAudit(ctx, {
      action: 'shipments.markDelivered',
      entity: 'shipment',
      entityId: input.id,
      after: { number: after.number, deliveredOn: input.date },
    });
    return after;
  });
}

export function cancelShipment(ctx: CompanyContext, id: number): Shipment {
  return ctx.tx(() => {
    openShipment(ctx, id);
    const before = getShipment(ctx, id);
    stmt(ctx.sqlite, "UPDATE shipments SET status = 'cancelled', updated_at = ? WHERE id = ?").run(
      ctx.nowIso(),
      id,
    );
    const after = getShipment(ctx, id);
    recordAudit(ctx, { action: 'shipments.cancel', entity: 'shipment', entityId: id, before, after });
    return after;
  });
}
