// Writing order rows: the header and its lines. Callers hold the transaction and write the audit row.
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import type { ParsedOrder, ResolvedLine, ResolvedOrder } from './resolve';

export function insertOrderRow(
  ctx: CompanyContext,
  input: ParsedOrder,
  r: ResolvedOrder,
  extra: { quoteId?: number | null } = {},
): number {
  const now = ctx.nowIso();
  return Number(
    stmt(
      ctx.sqlite,
      `INSERT INTO orders (kind, status, customer_id, quote_id, order_date, valid_until, requested_delivery_date,
         customer_reference, channel, billing_address, shipping_address, currency, notes, net, tax, total, discount, fees,
         hold_reasons, created_by, created_at, updated_at)
       VALUES (@kind, @status, @customerId, @quoteId, @orderDate, @validUntil, @requestedDeliveryDate, @customerReference,
         @channel, @billing, @shipping, @currency, @notes, @net, @tax, @total, @discount, @fees, '[]', @user, @now, @now)`,
    ).run({
      ...headerValues(input, r),
      kind: input.kind,
      status: input.kind === 'quote' ? 'quote' : 'draft',
      quoteId: extra.quoteId ?? null,
      user: ctx.user.id,
      now,
    }).lastInsertRowid,
  );
}

function headerValues(input: ParsedOrder, r: ResolvedOrder) {
  return {
    customerId: r.customerId,
    orderDate: input.orderDate,
    validUntil: input.kind === 'quote' ? input.validUntil : null,
    requestedDeliveryDate: input.requestedDeliveryDate,
    customerReference: input.customerReference,
    channel: input.channel,
    billing: JSON.stringify(r.billingAddress),
    shipping: JSON.stringify(r.shippingAddress),
    currency: r.currency,
    notes: input.notes,
    net: r.totals.net,
    tax: r.totals.tax,
    total: r.totals.total,
    discount: r.totals.discount,
    fees: r.totals.fees,
  };
}

export function updateOrderHeader(
  ctx: CompanyContext,
  id: number,
  input: ParsedOrder,
  r: ResolvedOrder,
): void {
  stmt(
    ctx.sqlite,
    `UPDATE orders SET customer_id = @customerId, order_date = @orderDate, valid_until = @validUntil,
       requested_delivery_date = @requestedDeliveryDate, customer_reference = @customerReference, channel = @channel,
       billing_address = @billing, shipping_address = @shipping, currency = @currency, notes = @notes, net = @net, tax = @tax,
       total = @total, discount = @discount, fees = @fees, updated_at = @now WHERE id = @id`,
  ).run({ ...headerValues(input, r), id, now: ctx.nowIso() });
}

const lineColumns = `order_id, position, kind, product_id, description, qty, unit, unit_price, discount_percent, discount_amount,
  tax_rate_id, tax_percent, fee_kind, net, tax`;

function lineValues(l: ResolvedLine) {
  return [
    l.kind,
    l.productId,
    l.description,
    l.qty,
    l.unit,
    l.unitPrice,
    l.discountPercent,
    l.discountAmount,
    l.taxRateId,
    l.taxPercent,
    l.feeKind,
    l.net,
    l.tax,
  ];
}

export function insertLine(ctx: CompanyContext, orderId: number, position: number, l: ResolvedLine): number {
  return Number(
    stmt(
      ctx.sqlite,
      `INSERT INTO order_lines (${lineColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(orderId, position, ...lineValues(l)).lastInsertRowid,
  );
}

export function updateLine(ctx: CompanyContext, lineId: number, position: number, l: ResolvedLine): void {
  stmt(
    ctx.sqlite,
    `UPDATE order_lines SET position = ?, kind = ?, product_id = ?, description = ?, qty = ?, unit = ?, unit_price = ?,
       discount_percent = ?, discount_amount = ?, tax_rate_id = ?, tax_percent = ?, fee_kind = ?, net = ?, tax = ? WHERE id = ?`,
  ).run(position, ...lineValues(l), lineId);
}

/** Drafts and quotes have no history yet: their lines are simply replaced. */
export function replaceLines(ctx: CompanyContext, orderId: number, lines: ResolvedLine[]): void {
  stmt(ctx.sqlite, 'DELETE FROM order_lines WHERE order_id = ?').run(orderId);
  lines.forEach((l, i) => insertLine(ctx, orderId, i + 1, l));
}

export function addReservation(
  ctx: CompanyContext,
  productId: number,
  orderLineId: number,
  qty: number,
  reason: string,
): void {
  if (qty === 0) return;
  stmt(
    ctx.sqlite,
    'INSERT INTO stock_reservations (product_id, order_line_id, qty, reason, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(productId, orderLineId, qty, reason, ctx.nowIso());
}

/** What a line still holds reserved (Σ of its reservation rows). */
export function reservedFor(ctx: CompanyContext, orderLineId: number): number {
  return (
    stmt(ctx.sqlite, 'SELECT coalesce(sum(qty), 0) AS n FROM stock_reservations WHERE order_line_id = ?').get(
      orderLineId,
    ) as { n: number }
  ).n;
}
