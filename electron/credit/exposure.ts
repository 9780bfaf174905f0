// A customer's credit exposure, from rows: open receivables and unapplied credits from the ledger (customer's
// lines on the AR and customer-credit accounts), open and shipped order value from confirmed orders.
import type { Exposure } from '../../shared/contract';
import { checkCredit, holdReasonText, type CreditCheckResult } from '../../shared/credit/decision';
import { totalExposure } from '../../shared/credit/exposure';
import { creditScore, type PaidItem } from '../../shared/credit/score';
import { daysBetween, todayIn } from '../../shared/dates';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { getCustomer } from '../customers/store';

interface Parts {
  openReceivables: number;
  unappliedCredits: number;
  confirmedNotShipped: number;
  shippedNotInvoiced: number;
}

/** Sums that use the customer's own index rows only — never the whole history of every customer. */
export function exposureParts(ctx: CompanyContext, customerId: number, excludeOrderId: number | null): Parts {
  const ledger = stmt(
    ctx.sqlite,
    `SELECT coalesce(sum(CASE WHEN a.role = 'ar' THEN l.amount END), 0) AS ar,
            coalesce(sum(CASE WHEN a.role = 'customer_credits' THEN -l.amount END), 0) AS credits
     FROM journal_lines l JOIN accounts a ON a.id = l.account_id
     WHERE l.customer_id = ? AND a.role IN ('ar', 'customer_credits')`,
  ).get(customerId) as { ar: number; credits: number };
  const orders = stmt(
    ctx.sqlite,
    `SELECT coalesce(sum(open_value), 0) AS open, coalesce(sum(shipped_value), 0) AS shipped FROM orders
     WHERE customer_id = ? AND is_confirmed = 1 AND is_cancelled = 0 AND is_rejected = 0 AND kind = 'order' AND id <> ?`,
  ).get(customerId, excludeOrderId ?? 0) as { open: number; shipped: number };
  return {
    openReceivables: ledger.ar,
    unappliedCredits: ledger.credits,
    confirmedNotShipped: orders.open,
    // The order's cached shipped value counts only what is not invoiced yet (orders/refresh.ts).
    shippedNotInvoiced: orders.shipped,
  };
}

/** Days the oldest overdue open item (its first unpaid installment) is past its due date as of today; 0 if none. */
export function oldestOverdueDays(ctx: CompanyContext, customerId: number): number {
  const row = stmt(
    ctx.sqlite,
    'SELECT min(next_due_date) AS due FROM invoice_balances WHERE customer_id = ? AND next_due_date IS NOT NULL',
  ).get(customerId) as { due: string | null };
  if (row.due === null) return 0;
  return Math.max(0, daysBetween(row.due, todayIn(ctx.clock)));
}

/** The score reads the customer's most recent paid invoices: due date against the day the last payment came. */
const SCORED_INVOICES = 100;

export function paymentHistory(ctx: CompanyContext, customerId: number): PaidItem[] {
  return stmt(
    ctx.sqlite,
    `SELECT i.due_date AS dueDate, (SELECT max(a.date) FROM allocations a WHERE a.invoice_id = i.id) AS paidDate
     FROM invoice_balances b JOIN invoices i ON i.id = b.invoice_id
     WHERE b.customer_id = ? AND b.next_due_date IS NULL AND b.paid > 0
     ORDER BY i.invoice_date DESC, i.id DESC LIMIT ${SCORED_INVOICES}`,
  ).all(customerId) as PaidItem[];
}

export function getExposure(
  ctx: CompanyContext,
  customerId: number,
  excludeOrderId: number | null = null,
): Exposure {
  const c = getCustomer(ctx, customerId);
  const parts = exposureParts(ctx, customerId, excludeOrderId);
  const exposure = totalExposure(parts);
  return {
    customerId,
    currency: c.currency,
    creditLimit: c.creditLimit,
    creditStop: c.creditStop,
    overdueToleranceDays: c.overdueToleranceDays,
    oldestOverdueDays: oldestOverdueDays(ctx, customerId),
    ...parts,
    exposure,
    available: c.creditLimit === null ? null : c.creditLimit - exposure,
    score: creditScore(paymentHistory(ctx, customerId)),
  };
}

/** The credit check of one order amount against the customer's exposure without that order. */
export function runCreditCheck(
  ctx: CompanyContext,
  customerId: number,
  orderId: number | null,
  orderAmount: number,
  approvedAmount: number | null,
): CreditCheckResult & { exposureBefore: Exposure } {
  const before = getExposure(ctx, customerId, orderId);
  const result = checkCredit({
    exposure: before.exposure,
    orderAmount,
    creditLimit: before.creditLimit,
    creditStop: before.creditStop,
    oldestOverdueDays: before.oldestOverdueDays,
    overdueToleranceDays: before.overdueToleranceDays,
    approvedAmount,
  });
  return { ...result, exposureBefore: before };
}

/** At a quote or draft: the same check, as advice that never blocks. */
export function creditWarning(
  ctx: CompanyContext,
  customerId: number,
  amount: number,
  orderId: number | null,
): string[] {
  return runCreditCheck(ctx, customerId, orderId, amount, null).reasons.map(holdReasonText);
}
