// Deciding on an order held for credit: approve (valid for this order amount) or reject, each with a reason,
// recorded append-only with who and when.
import type { HoldItem, Order, OrderRow } from '../../shared/contract';
import { holdReasonText } from '../../shared/credit/decision';
import { OrdoError } from '../../shared/errors';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { creditAmount } from '../orders/lifecycle';
import { getOrder, orderRow } from '../orders/read';
import { refreshOrder } from '../orders/refresh';
import { syncReservations } from '../orders/reservations';
import { listOrderRows } from '../orders/list';
import { getExposure } from './exposure';

function decide(
  ctx: CompanyContext,
  orderId: number,
  decision: 'approved' | 'rejected',
  note: string,
): Order {
  return ctx.tx(() => {
    const row = orderRow(ctx, orderId);
    if (row.status !== 'on_hold') {
      throw new OrdoError(
        'CONFLICT',
        `${row.number ? `Order ${row.number}` : 'This order'} is not waiting for a credit decision`,
        {
          fields: [{ path: 'orderId', message: 'Not on hold' }],
        },
      );
    }
    const amount = creditAmount(ctx, orderId);
    const exposure = getExposure(ctx, row.customerId, orderId).exposure;
    stmt(
      ctx.sqlite,
      `INSERT INTO credit_decisions (order_id, decision, amount, exposure, reasons, note, decided_by, decided_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(orderId, decision, amount, exposure, row.holdReasons, note, ctx.user.id, ctx.nowIso());
    if (decision === 'approved') {
      stmt(
        ctx.sqlite,
        "UPDATE orders SET is_on_hold = 0, approved_amount = ?, hold_reasons = '[]' WHERE id = ?",
      ).run(amount, orderId);
    } else {
      stmt(ctx.sqlite, 'UPDATE orders SET is_on_hold = 0, is_rejected = 1 WHERE id = ?').run(orderId);
      syncReservations(ctx, orderId, 'cancel');
    }
    refreshOrder(ctx, orderId);
    const after = getOrder(ctx, orderId);
    recordAudit(ctx, {
      action: decision === 'approved' ? 'credit.approve' : 'credit.reject',
      entity: 'order',
      entityId: orderId,
      after: {
        number: after.number,
        amount,
        exposure,
        reasons: (JSON.parse(row.holdReasons) as string[]).map((r) => r),
        note,
      },
    });
    return after;
  });
}

export const approveCredit = (ctx: CompanyContext, orderId: number, note: string) =>
  decide(ctx, orderId, 'approved', note);
export const rejectCredit = (ctx: CompanyContext, orderId: number, note: string) =>
  decide(ctx, orderId, 'rejected', note);

/** Orders waiting for a credit decision, oldest first, each with its reasons and the customer's exposure. */
export function creditQueue(ctx: CompanyContext): HoldItem[] {
  const rows: OrderRow[] = listOrderRows(ctx, {
    kind: 'order',
    status: ['on_hold'],
    search: '',
    sort: 'orderDate',
    dir: 'asc',
    limit: 500,
    offset: 0,
  }).rows;
  return rows.map((order) => {
    const reasons = JSON.parse(
      (stmt(ctx.sqlite, 'SELECT hold_reasons AS r FROM orders WHERE id = ?').get(order.id) as { r: string })
        .r,
    ) as Parameters<typeof holdReasonText>[0][];
    return { order, reasons: reasons.map(holdReasonText), exposure: getExposure(ctx, order.customerId) };
  });
}
