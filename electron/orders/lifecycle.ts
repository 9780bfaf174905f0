// An order's life: save a draft or quote, confirm (number, reservation, credit check), edit, cancel, duplicate,
// convert a quote. Each is one transaction with its audit row.
import type { Order } from '../../shared/contract';
import { holdReasonText } from '../../shared/credit/decision';
import { OrdoError, fieldError } from '../../shared/errors';
import { formatQuantity } from '../../shared/quantity';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { runCreditCheck } from '../credit/exposure';
import { cancelEmptyShipments, releaseOrderLine } from '../fulfilment/release';
import { issueNumber } from '../numbering/series';
import { queueOrderMessage } from './messages';
import { getOrder, orderLines, orderRow } from './read';
import { refreshOrder } from './refresh';
import { syncReservations } from './reservations';
import { resolveOrder, type ParsedOrder } from './resolve';
import {
  addReservation,
  insertLine,
  insertOrderRow,
  replaceLines,
  reservedFor,
  updateLine,
  updateOrderHeader,
} from './write';

function assertCustomerActive(ctx: CompanyContext, customerId: number, path = 'customerId'): void {
  const c = stmt(ctx.sqlite, 'SELECT archived, name FROM customers WHERE id = ?').get(customerId) as
    { archived: number; name: string } | undefined;
  if (!c)
    throw new OrdoError('NOT_FOUND', 'That customer does not exist', {
      fields: [{ path, message: 'Unknown customer' }],
    });
  if (c.archived) throw fieldError(path, `${c.name} is archived; restore the customer first`);
}

/** A line id names a stored line of this very order; a new order has none, so any id there is unknown. */
function assertOwnLines(ctx: CompanyContext, orderId: number | null, lines: ParsedOrder['lines']): void {
  const own = new Set(orderId === null ? [] : orderLines(ctx, orderId).map((l) => l.id));
  lines.forEach((l, i) => {
    if (l.id !== undefined && !own.has(l.id))
      throw new OrdoError('NOT_FOUND', 'This line is not on the order', {
        fields: [{ path: `lines.${i}.id`, message: 'Not on this order' }],
      });
  });
}

export function createOrder(ctx: CompanyContext, input: ParsedOrder): Order {
  return ctx.tx(() => {
    assertCustomerActive(ctx, input.customerId);
    assertOwnLines(ctx, null, input.lines);
    const resolved = resolveOrder(ctx, input);
    const id = insertOrderRow(ctx, input, resolved);
    replaceLines(ctx, id, resolved.lines);
    refreshOrder(ctx, id);
    const after = getOrder(ctx, id);
    recordAudit(ctx, {
      action: `${input.kind === 'quote' ? 'quotes' : 'orders'}.create`,
      entity: 'order',
      entityId: id,
      after,
    });
    return after;
  });
}

export function updateOrder(ctx: CompanyContext, id: number, input: ParsedOrder): Order {
  return ctx.tx(() => {
    const row = orderRow(ctx, id);
    if (row.isCancelled) throw new OrdoError('CONFLICT', 'This order is cancelled and cannot change');
    if (input.kind !== row.kind)
      throw fieldError('kind', 'A quote stays a quote; convert it to create an order');
    assertOwnLines(ctx, id, input.lines);
    const before = getOrder(ctx, id);
    if (row.isConfirmed) {
      if (input.customerId !== row.customerId)
        throw fieldError('customerId', 'The customer of a confirmed order cannot change');
      editConfirmed(ctx, id, input);
    } else {
      if (before.status === 'converted')
        throw new OrdoError('CONFLICT', 'This quote was converted to an order');
      assertCustomerActive(ctx, input.customerId);
      const resolved = resolveOrder(ctx, input);
      updateOrderHeader(ctx, id, input, resolved);
      replaceLines(ctx, id, resolved.lines);
      refreshOrder(ctx, id);
    }
    const after = getOrder(ctx, id);
    recordAudit(ctx, { action: 'orders.update', entity: 'order', entityId: id, before, after });
    return after;
  });
}

/**
 * Editing a confirmed order keeps what happened: shipped quantities stay and lock their lines; a line with nothing
 * shipped may leave (its reservation released first); the audit row holds the order as it was.
 */
function editConfirmed(ctx: CompanyContext, id: number, input: ParsedOrder): void {
  const stored = orderLines(ctx, id);
  const byId = new Map(stored.map((l) => [l.id, l]));
  const kept = new Set<number>();
  input.lines.forEach((l, i) => {
    if (l.id === undefined) return;
    const old = byId.get(l.id);
    if (!old) throw fieldError(`lines.${i}.id`, 'This line is not on the order');
    if (kept.has(l.id)) throw fieldError(`lines.${i}.id`, 'The same line appears twice');
    kept.add(l.id);
  });
  const previous = input.lines.map((l) => (l.id === undefined ? undefined : byId.get(l.id)));
  const resolved = resolveOrder(ctx, input, previous, orderRow(ctx, id).currency);
  resolved.lines.forEach((line, i) => {
    const old = previous[i];
    if (!old) return;
    const path = `lines.${i}`;
    const closed = old.shippedQty + old.cancelledQty;
    if (
      (old.shippedQty > 0 || old.cancelledQty > 0) &&
      (line.productId !== old.productId || line.kind !== old.kind)
    ) {
      throw fieldError(
        `${path}.productId`,
        'Part of this line was shipped or cancelled; its product cannot change',
      );
    }
    if (line.qty < closed) {
      throw fieldError(
        `${path}.quantity`,
        `At least ${formatQuantity(closed)} (already shipped or cancelled)`,
      );
    }
  });
  for (const old of stored) {
    if (kept.has(old.id)) continue;
    if (old.shippedQty > 0) {
      throw fieldError(
        'lines',
        `Line ${old.position} was partly shipped; reduce its quantity to what was shipped instead`,
      );
    }
    // An unshipped line can leave a confirmed order: its reservation is released first (the audit row keeps it).
    addReservation(ctx, old.productId ?? 0, old.id, -reservedFor(ctx, old.id), 'edit');
    // Nothing of it shipped, so only open or cancelled shipments can name it; they let go of it with the line.
    releaseOrderLine(ctx, old.id, 'Line removed from the order', true);
    stmt(ctx.sqlite, 'DELETE FROM order_lines WHERE id = ?').run(old.id);
  }
  resolved.lines.forEach((line, i) => {
    const old = previous[i];
    if (old) updateLine(ctx, old.id, i + 1, line);
    else insertLine(ctx, id, i + 1, line);
  });
  updateOrderHeader(ctx, id, input, resolved);
  // The credit check first: it may lift a refusal (the order is live again), and a live order reserves.
  recheckCredit(ctx, id);
  syncReservations(ctx, id, 'edit');
  refreshOrder(ctx, id);
}

/** What this order adds to the customer's exposure: its open and shipped (not yet invoiced) value. */
export function creditAmount(ctx: CompanyContext, id: number): number {
  const d = refreshOrder(ctx, id);
  return d.openValue + d.shippedValue;
}

/** Re-runs the credit check after a change: a raised total beyond an approval holds again; a lower one may release. */
function recheckCredit(ctx: CompanyContext, id: number): void {
  // An edit re-submits a refused order; cleared first so its amount counts like any live order's (else 0).
  stmt(ctx.sqlite, 'UPDATE orders SET is_rejected = 0 WHERE id = ?').run(id);
  const row = orderRow(ctx, id);
  const check = runCreditCheck(ctx, row.customerId, id, creditAmount(ctx, id), row.approvedAmount);
  stmt(ctx.sqlite, 'UPDATE orders SET is_on_hold = ?, hold_reasons = ? WHERE id = ?').run(
    check.hold ? 1 : 0,
    JSON.stringify(check.hold ? check.reasons : []),
    id,
  );
}

export function confirmOrder(ctx: CompanyContext, id: number): Order {
  return ctx.tx(() => {
    const row = orderRow(ctx, id);
    if (row.kind !== 'order')
      throw new OrdoError('CONFLICT', 'A quote is not confirmed; convert it to an order first');
    if (row.isConfirmed) throw new OrdoError('CONFLICT', `Order ${row.number} is already confirmed`);
    // Also when every line was cancelled one by one: a cancelled order takes no number.
    if (row.isCancelled || row.status === 'cancelled')
      throw new OrdoError('CONFLICT', 'This order is cancelled');
    assertCustomerActive(ctx, row.customerId);
    const lines = orderLines(ctx, id);
    if (lines.length === 0) throw fieldError('lines', 'Add at least one line before confirming');
    const number = issueNumber(ctx, 'order', row.orderDate);
    stmt(ctx.sqlite, 'UPDATE orders SET number = ?, is_confirmed = 1, confirmed_at = ? WHERE id = ?').run(
      number,
      ctx.nowIso(),
      id,
    );
    const check = runCreditCheck(ctx, row.customerId, id, creditAmount(ctx, id), null);
    stmt(ctx.sqlite, 'UPDATE orders SET is_on_hold = ?, hold_reasons = ? WHERE id = ?').run(
      check.hold ? 1 : 0,
      JSON.stringify(check.hold ? check.reasons : []),
      id,
    );
    syncReservations(ctx, id, 'confirm');
    refreshOrder(ctx, id);
    queueOrderMessage(ctx, id, 'order_received');
    const after = getOrder(ctx, id);
    recordAudit(ctx, {
      action: 'orders.confirm',
      entity: 'order',
      entityId: id,
      after: {
        number,
        status: after.status,
        total: after.totals.total,
        holdReasons: check.reasons.map(holdReasonText),
        exposure: check.exposureBefore.exposure,
        creditLimit: check.exposureBefore.creditLimit,
      },
    });
    return after;
  });
}

export function cancelOrder(
  ctx: CompanyContext,
  input: { id: number; lineIds?: number[] | undefined; reason: string },
): Order {
  return ctx.tx(() => {
    const row = orderRow(ctx, input.id);
    if (row.isCancelled) throw new OrdoError('CONFLICT', 'This order is already cancelled');
    const before = getOrder(ctx, input.id);
    const lines = orderLines(ctx, input.id);
    const ids = input.lineIds ?? lines.map((l) => l.id);
    ids.forEach((lineId, i) => {
      if (!lines.some((l) => l.id === lineId))
        throw fieldError(`lineIds.${i}`, 'This line is not on the order');
    });
    for (const lineId of ids) {
      // Not yet shipped quantity leaves any open (unshipped) shipment too.
      releaseOrderLine(ctx, lineId, input.reason || 'Order line cancelled');
      stmt(ctx.sqlite, 'UPDATE order_lines SET cancelled_qty = qty - shipped_qty WHERE id = ?').run(lineId);
    }
    cancelEmptyShipments(ctx, input.id, input.reason || 'Order cancelled');
    const nothingShipped = lines.every((l) => l.shippedQty === 0);
    if (input.lineIds === undefined && nothingShipped) {
      stmt(ctx.sqlite, 'UPDATE orders SET is_cancelled = 1, is_on_hold = 0 WHERE id = ?').run(input.id);
    }
    syncReservations(ctx, input.id, 'cancel');
    refreshOrder(ctx, input.id);
    const after = getOrder(ctx, input.id);
    recordAudit(ctx, {
      action: input.lineIds ? 'orders.cancelLines' : 'orders.cancel',
      entity: 'order',
      entityId: input.id,
      before,
      after: { ...after, reason: input.reason },
    });
    return after;
  });
}

function asInput(order: Order, kind: 'order' | 'quote', orderDate: string): ParsedOrder {
  return {
    kind,
    customerId: order.customer.id,
    orderDate,
    validUntil: kind === 'quote' ? order.validUntil : null,
    requestedDeliveryDate: order.requestedDeliveryDate,
    customerReference: order.customerReference,
    channel: order.channel,
    billingAddress: order.billingAddress,
    shippingAddress: order.shippingAddress,
    notes: order.notes,
    // The lines as ordered: a duplicate of a (partly) cancelled order starts again from the original quantities.
    lines: order.lines.map((l) => ({
      kind: l.kind,
      productId: l.productId,
      description: l.description,
      quantity: l.quantity,
      unit: l.unit,
      unitPrice: l.unitPrice,
      discountPercent: l.discountPercent,
      discountAmount: l.discountAmount,
      taxRateId: l.taxRateId,
      feeKind: l.feeKind,
    })),
  };
}

/** A new draft with the same customer and lines at today's prices as written on the original. */
export function duplicateOrder(ctx: CompanyContext, id: number, today: string): Order {
  const source = getOrder(ctx, id);
  return createOrder(ctx, asInput(source, source.kind, today));
}

export function convertQuote(ctx: CompanyContext, id: number, today: string): Order {
  return ctx.tx(() => {
    const quote = getOrder(ctx, id);
    if (quote.kind !== 'quote') throw new OrdoError('CONFLICT', 'Only a quote can be converted');
    if (quote.status !== 'quote')
      throw new OrdoError('CONFLICT', 'This quote was already converted or cancelled');
    if (quote.validUntil !== null && today > quote.validUntil) {
      throw new OrdoError(
        'CONFLICT',
        `This quote expired on ${quote.validUntil}; extend its validity date to convert it`,
        {
          fields: [{ path: 'validUntil', message: 'Expired' }],
        },
      );
    }
    const input = asInput(quote, 'order', today);
    assertCustomerActive(ctx, input.customerId);
    const resolved = resolveOrder(ctx, input);
    const orderId = insertOrderRow(ctx, input, resolved, { quoteId: id });
    replaceLines(ctx, orderId, resolved.lines);
    refreshOrder(ctx, orderId);
    stmt(ctx.sqlite, 'UPDATE orders SET is_converted = 1 WHERE id = ?').run(id);
    refreshOrder(ctx, id);
    const after = getOrder(ctx, orderId);
    recordAudit(ctx, {
      action: 'quotes.convert',
      entity: 'order',
      entityId: orderId,
      after: { ...after, fromQuote: id },
    });
    return after;
  });
}
