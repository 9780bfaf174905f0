// What the order editor shows while typing: prices, totals per tax rate and stock availability, computed by
// main from the same code that saves the order — nothing is written.
import type { OrderPreview } from '../../shared/contract';
import { holdReasonText } from '../../shared/credit/decision';
import type { CompanyContext } from '../context';
import { runCreditCheck } from '../credit/exposure';
import { stmt } from '../db/statements';
import { availabilityOf } from './read';
import { resolveOrder, type ParsedOrder } from './resolve';

/**
 * The order being edited, known from its stored line ids: its own value must not count twice in the exposure,
 * and an approval it already has still covers amounts up to what was approved.
 */
function editedOrder(
  ctx: CompanyContext,
  input: ParsedOrder,
): { id: number; approvedAmount: number | null } | null {
  const lineId = input.lines.find((l) => l.id !== undefined)?.id;
  if (lineId === undefined) return null;
  return (
    (stmt(
      ctx.sqlite,
      `SELECT o.id, o.approved_amount AS approvedAmount FROM order_lines l JOIN orders o ON o.id = l.order_id
       WHERE l.id = ? AND o.customer_id = ?`,
    ).get(lineId, input.customerId) as { id: number; approvedAmount: number | null } | undefined) ?? null
  );
}

export function previewOrder(ctx: CompanyContext, input: ParsedOrder): OrderPreview {
  const r = resolveOrder(ctx, input);
  const edited = editedOrder(ctx, input);
  const check = runCreditCheck(
    ctx,
    r.customerId,
    edited?.id ?? null,
    r.totals.total,
    edited?.approvedAmount ?? null,
  );
  return {
    currency: r.currency,
    lines: r.lines.map((l) => ({
      net: l.net,
      tax: l.tax,
      gross: l.gross,
      unitPrice: l.unitPrice,
      taxRateId: l.taxRateId,
      availability: l.productId !== null && l.isStockTracked ? availabilityOf(ctx, l.productId) : null,
    })),
    totals: r.totals,
    creditWarning: check.coveredByApproval ? [] : check.reasons.map(holdReasonText),
  };
}
