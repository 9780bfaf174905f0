// Reading shipments: one with its lines and packing state, and the lists by stage (to pick, to ship, shipped).
import type { Address, Page, Shipment, ShipmentRow, ShipmentStatus } from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import { formatQuantity } from '../../shared/quantity';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';

interface Head {
  id: number;
  number: string | null;
  status: ShipmentStatus;
  orderId: number;
  orderNumber: string | null;
  customerReference: string;
  customerId: number;
  customerName: string;
  shippingAddress: string;
  shipDate: string | null;
  carrier: string;
  trackingNumber: string;
  parcels: number | null;
  weightKg: string | null;
  deliveredOn: string | null;
  createdAt: string;
}

export interface LineRow {
  id: number;
  orderLineId: number;
  productId: number | null;
  sku: string | null;
  barcode: string | null;
  description: string;
  unit: string;
  qty: number;
  packedQty: number;
}

export function shipmentHead(ctx: CompanyContext, id: number): Head {
  const head = stmt(
    ctx.sqlite,
    `SELECT s.id, s.number, s.status, s.order_id AS orderId, o.number AS orderNumber, o.customer_reference AS customerReference,
       c.id AS customerId, c.name AS customerName, o.shipping_address AS shippingAddress, s.ship_date AS shipDate, s.carrier,
       s.tracking_number AS trackingNumber, s.parcels, s.weight_kg AS weightKg, s.delivered_on AS deliveredOn, s.created_at AS createdAt
     FROM shipments s JOIN orders o ON o.id = s.order_id JOIN customers c ON c.id = o.customer_id WHERE s.id = ?`,
  ).get(id) as Head | undefined;
  if (!head)
    throw new OrdoError('NOT_FOUND', 'That shipment does not exist', {
      fields: [{ path: 'id', message: 'Unknown shipment' }],
    });
  return head;
}

export function shipmentLines(ctx: CompanyContext, id: number): LineRow[] {
  return stmt(
    ctx.sqlite,
    `SELECT sl.id, sl.order_line_id AS orderLineId, sl.product_id AS productId, p.sku, nullif(p.barcode, '') AS barcode,
       ol.description, ol.unit, sl.qty, sl.packed_qty AS packedQty
     FROM shipment_lines sl JOIN order_lines ol ON ol.id = sl.order_line_id LEFT JOIN products p ON p.id = sl.product_id
     WHERE sl.shipment_id = ? ORDER BY ol.position`,
  ).all(id) as LineRow[];
}

export function getShipment(ctx: CompanyContext, id: number): Shipment {
  const h = shipmentHead(ctx, id);
  const lines = shipmentLines(ctx, id);
  return {
    id: h.id,
    number: h.number,
    status: h.status,
    order: { id: h.orderId, number: h.orderNumber, customerReference: h.customerReference },
    customer: { id: h.customerId, name: h.customerName },
    shippingAddress: JSON.parse(h.shippingAddress) as Address,
    shipDate: h.shipDate,
    carrier: h.carrier,
    trackingNumber: h.trackingNumber,
    parcels: h.parcels,
    weightKg: h.weightKg,
    deliveredOn: h.deliveredOn,
    lines: lines.map((l) => ({
      id: l.id,
      orderLineId: l.orderLineId,
      productId: l.productId,
      sku: l.sku,
      barcode: l.barcode,
      description: l.description,
      unit: l.unit,
      quantity: formatQuantity(l.qty),
      packed: formatQuantity(l.packedQty),
      isPacked: l.packedQty >= l.qty,
    })),
    isFullyPacked: lines.length > 0 && lines.every((l) => l.packedQty >= l.qty),
    createdAt: h.createdAt,
  };
}

const stageWhere: Record<string, string> = {
  to_pick:
    "s.status = 'open' AND EXISTS (SELECT 1 FROM shipment_lines x WHERE x.shipment_id = s.id AND x.packed_qty < x.qty)",
  to_ship:
    "s.status = 'open' AND NOT EXISTS (SELECT 1 FROM shipment_lines x WHERE x.shipment_id = s.id AND x.packed_qty < x.qty)",
  open: "s.status = 'open'",
  shipped: "s.status = 'shipped'",
  delivered: "s.status = 'delivered'",
  cancelled: "s.status = 'cancelled'",
  all: '1 = 1',
};

export function listShipments(
  ctx: CompanyContext,
  q: {
    stage: keyof typeof stageWhere;
    orderId?: number | undefined;
    search: string;
    limit: number;
    offset: number;
  },
): Page<ShipmentRow> {
  const where = [stageWhere[q.stage] ?? '1 = 1'];
  const params: Record<string, unknown> = { limit: q.limit, offset: q.offset };
  if (q.orderId !== undefined) {
    where.push('s.order_id = @orderId');
    params.orderId = q.orderId;
  }
  if (q.search) {
    where.push(
      "(s.number LIKE @term ESCAPE '\\' OR o.number LIKE @term ESCAPE '\\' OR c.name LIKE @contains ESCAPE '\\' OR s.tracking_number LIKE @term ESCAPE '\\')",
    );
    const escaped = q.search.replace(/[\\%_]/g, (c) => `\\${c}`);
    params.term = `${escaped}%`;
    params.contains = `%${escaped}%`;
  }
  const from = 'FROM shipments s JOIN orders o ON o.id = s.order_id JOIN customers c ON c.id = o.customer_id';
  const clause = `WHERE ${where.join(' AND ')}`;
  const total = (ctx.sqlite.prepare(`SELECT count(*) AS n ${from} ${clause}`).get(params) as { n: number }).n;
  const rows = ctx.sqlite
    .prepare(
      `SELECT s.id, s.number, s.status, s.order_id AS orderId, o.number AS orderNumber, c.name AS customerName,
         s.ship_date AS shipDate, s.carrier, s.tracking_number AS trackingNumber,
         (SELECT count(*) FROM shipment_lines x WHERE x.shipment_id = s.id) AS lineCount,
         NOT EXISTS (SELECT 1 FROM shipment_lines x WHERE x.shipment_id = s.id AND x.packed_qty < x.qty) AS packed
       ${from} ${clause} ORDER BY s.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as (Omit<ShipmentRow, 'stage'> & { packed: number })[];
  return {
    total,
    rows: rows.map(({ packed, ...r }) => ({
      ...r,
      stage: r.status === 'open' ? (packed ? 'to_ship' : 'to_pick') : r.status,
    })),
  };
}
