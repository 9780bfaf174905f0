// Reading an order as the screens show it: lines with shipped/remaining quantities and stock availability,
// totals per tax rate, credit decisions, pending customer messages and shipments.
import type { Address, Availability, Order, OrderLine, OrderTotals } from '../../shared/contract';
import { compareTaxTotals } from '../../shared/documents/totals';
import { OrdoError } from '../../shared/errors';
import type { OrderStatus } from '../../shared/orders/status';
import { formatQuantity } from '../../shared/quantity';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { rawLevel } from '../stock/levels';
import { creditWarning } from '../credit/exposure';
import { billableQty, invoicedQty } from '../invoicing/orderQuantities';

interface OrderRowDb {
  id: number;
  kind: 'order' | 'quote';
  number: string | null;
  status: OrderStatus;
  customerId: number;
  quoteId: number | null;
  orderDate: string;
  validUntil: string | null;
  requestedDeliveryDate: string | null;
  customerReference: string;
  channel: Order['channel'];
  billingAddress: string;
  shippingAddress: string;
  currency: string;
  notes: string;
  net: number;
  tax: number;
  total: number;
  discount: number;
  fees: number;
  holdReasons: string;
  approvedAmount: number | null;
  isConfirmed: number;
  isCancelled: number;
  createdAt: string;
  updatedAt: string;
}

interface LineDb extends Omit<
  OrderLine,
  'quantity' | 'shipped' | 'cancelled' | 'remaining' | 'availability' | 'gross'
> {
  qty: number;
  shippedQty: number;
  cancelledQty: number;
  isStockTracked: number | null;
}

export function orderRow(ctx: CompanyContext, id: number): OrderRowDb {
  const row = stmt(
    ctx.sqlite,
    `SELECT id, kind, number, status, customer_id AS customerId, quote_id AS quoteId, order_date AS orderDate,
       valid_until AS validUntil, requested_delivery_date AS requestedDeliveryDate, customer_reference AS customerReference,
       channel, billing_address AS billingAddress, shipping_address AS shippingAddress, currency, notes, net, tax, total,
       discount, fees, hold_reasons AS holdReasons, approved_amount AS approvedAmount, is_confirmed AS isConfirmed,
       is_cancelled AS isCancelled, created_at AS createdAt, updated_at AS updatedAt
     FROM orders WHERE id = ?`,
  ).get(id) as OrderRowDb | undefined;
  if (!row)
    throw new OrdoError('NOT_FOUND', 'That order does not exist', {
      fields: [{ path: 'id', message: 'Unknown order' }],
    });
  return row;
}

export function orderLines(ctx: CompanyContext, orderId: number): LineDb[] {
  return stmt(
    ctx.sqlite,
    `SELECT l.id, l.position, l.kind, l.product_id AS productId, p.sku, l.description, l.qty, l.unit, l.unit_price AS unitPrice,
       l.discount_percent AS discountPercent, l.discount_amount AS discountAmount, l.tax_rate_id AS taxRateId,
       l.tax_percent AS taxPercent, l.fee_kind AS feeKind, l.net, l.tax, l.shipped_qty AS shippedQty,
       l.cancelled_qty AS cancelledQty, p.is_stock_tracked AS isStockTracked
     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = ? ORDER BY l.position`,
  ).all(orderId) as LineDb[];
}

export function availabilityOf(ctx: CompanyContext, productId: number): Availability {
  const level = rawLevel(ctx, productId);
  return {
    onHand: formatQuantity(level.onHand),
    reserved: formatQuantity(level.reserved),
    available: formatQuantity(level.onHand - level.reserved),
  };
}

/** Totals per tax rate from the stored, already-rounded lines (never recomputed under later settings). */
export function storedTotals(ctx: CompanyContext, row: OrderRowDb, lines: LineDb[]): OrderTotals {
  const byRate = new Map<
    string,
    { taxRateId: number | null; taxPercent: string; base: number; tax: number }
  >();
  for (const l of lines) {
    const key = `${l.taxRateId ?? ''}|${l.taxPercent}`;
    const t = byRate.get(key) ?? { taxRateId: l.taxRateId, taxPercent: l.taxPercent, base: 0, tax: 0 };
    t.base += l.net;
    t.tax += l.tax;
    byRate.set(key, t);
  }
  const name = stmt(ctx.sqlite, 'SELECT name FROM tax_rates WHERE id = ?');
  // Listed in the same order as computed totals (preview, create), not in the order the lines happen to be.
  const taxes = [...byRate.values()].sort(compareTaxTotals).map((t) => ({
    ...t,
    name:
      t.taxRateId === null ? 'No tax' : ((name.get(t.taxRateId) as { name: string } | undefined)?.name ?? ''),
  }));
  return { net: row.net, discount: row.discount, fees: row.fees, taxes, tax: row.tax, total: row.total };
}

export function getOrder(ctx: CompanyContext, id: number): Order {
  const row = orderRow(ctx, id);
  const customer = stmt(
    ctx.sqlite,
    'SELECT id, number, name, email, archived FROM customers WHERE id = ?',
  ).get(row.customerId) as {
    id: number;
    number: string;
    name: string;
    email: string;
    archived: number;
  };
  const lines = orderLines(ctx, id);
  const isOpen = row.kind === 'order' && row.isCancelled === 0;
  const decisions = ctx.sqlite
    .prepare(
      `SELECT d.decision, d.amount, d.note, coalesce(u.name, '') AS decidedBy, d.decided_at AS decidedAt
       FROM credit_decisions d LEFT JOIN users u ON u.id = d.decided_by WHERE d.order_id = ? ORDER BY d.id`,
    )
    .all(id) as Order['decisions'];
  const messages = ctx.sqlite
    .prepare(
      'SELECT id, kind, recipient, subject, status, created_at AS createdAt FROM order_messages WHERE order_id = ? ORDER BY id',
    )
    .all(id) as Order['messages'];
  const shipments = ctx.sqlite
    .prepare('SELECT id, number, status, ship_date AS shipDate FROM shipments WHERE order_id = ? ORDER BY id')
    .all(id) as Order['shipments'];
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    status: row.status,
    customer: { ...customer, archived: customer.archived === 1 },
    quoteId: row.quoteId,
    orderDate: row.orderDate,
    validUntil: row.validUntil,
    requestedDeliveryDate: row.requestedDeliveryDate,
    customerReference: row.customerReference,
    channel: row.channel,
    billingAddress: JSON.parse(row.billingAddress) as Address,
    shippingAddress: JSON.parse(row.shippingAddress) as Address,
    currency: row.currency,
    notes: row.notes,
    lines: lines.map(({ qty, shippedQty, cancelledQty, isStockTracked, ...l }) => ({
      ...l,
      gross: l.net + l.tax,
      quantity: formatQuantity(qty),
      shipped: formatQuantity(shippedQty),
      cancelled: formatQuantity(cancelledQty),
      remaining: formatQuantity(l.kind === 'product' ? Math.max(0, qty - shippedQty - cancelledQty) : 0),
      invoiced: formatQuantity(invoicedQty(ctx, l.id, false)),
      toInvoice: formatQuantity(
        row.isConfirmed === 1 ? Math.max(0, billableQty(ctx, l.id) - invoicedQty(ctx, l.id, true)) : 0,
      ),
      // Stock matters only for what is still to ship.
      availability:
        isOpen && l.productId !== null && isStockTracked === 1 && qty - shippedQty - cancelledQty > 0
          ? availabilityOf(ctx, l.productId)
          : null,
    })),
    totals: storedTotals(ctx, row, lines),
    holdReasons: JSON.parse(row.holdReasons) as string[],
    approvedAmount: row.approvedAmount,
    decisions,
    messages,
    shipments,
    creditWarning:
      row.isConfirmed === 0 && row.isCancelled === 0
        ? creditWarning(ctx, row.customerId, row.total, row.id)
        : [],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
