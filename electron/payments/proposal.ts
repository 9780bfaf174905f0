// The allocation grid's starting point: every open invoice of the customer with the proposed amount (named in
// the reference first, then oldest due date), the early-payment discount available on the date and the
// write-off room left after the proposal.
import type { AllocationProposal, OpenItem, ProposalRow } from '../../shared/contract';
import { daysBetween } from '../../shared/dates';
import { findReferencedInvoices, proposeAllocation } from '../../shared/payments/proposal';
import { Dec } from '../../shared/money';
import { writeOffAllowed } from '../../shared/payments/settlement';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { customerAt } from '../invoicing/refs';
import { getReceivablesSettings, toleranceMinor } from '../invoicing/settings';
import { discountAvailable } from './settle';

interface OpenRow {
  invoiceId: number;
  number: string;
  invoiceDate: string;
  dueDate: string;
  total: number;
  open: number;
  discounted: number;
  isDisputed: number;
  discountPercent: string | null;
  discountDeadline: string | null;
}

/** Open invoices of a customer today (from the cached balances), oldest due first. */
export function openInvoices(ctx: CompanyContext, customerId: number): OpenRow[] {
  return stmt(
    ctx.sqlite,
    `SELECT b.invoice_id AS invoiceId, i.number, i.invoice_date AS invoiceDate, b.next_due_date AS dueDate, b.total, b.open, b.discounted,
       coalesce((SELECT d.is_disputed FROM invoice_disputes d WHERE d.invoice_id = b.invoice_id ORDER BY d.id DESC LIMIT 1), 0)
         AS isDisputed,
       i.early_discount_percent AS discountPercent, i.early_discount_deadline AS discountDeadline
     FROM invoice_balances b JOIN invoices i ON i.id = b.invoice_id
     WHERE b.customer_id = ? AND b.next_due_date IS NOT NULL ORDER BY b.next_due_date, b.invoice_id`,
  ).all(customerId) as OpenRow[];
}

export function toOpenItem(r: OpenRow, asOf: string): OpenItem {
  return {
    invoiceId: r.invoiceId,
    number: r.number,
    invoiceDate: r.invoiceDate,
    dueDate: r.dueDate,
    total: r.total,
    open: r.open,
    daysOverdue: Math.max(0, daysBetween(r.dueDate, asOf)),
    isDisputed: r.isDisputed === 1,
  };
}

export function proposeFor(
  ctx: CompanyContext,
  input: { customerId: number; amount: number; date: string; reference: string },
): AllocationProposal {
  const customer = customerAt(ctx, input.customerId);
  const settings = getReceivablesSettings(ctx);
  const tolerance = toleranceMinor(settings, customer.currency);
  // Worked out once: most companies set no percent tolerance, and a customer may have thousands of rows.
  const noPercent = new Dec(settings.writeOffTolerancePercent).isZero();
  const rows = openInvoices(ctx, input.customerId);
  const asOpen = rows.map((r) => ({ id: r.invoiceId, number: r.number, dueDate: r.dueDate, open: r.open }));
  const referenced = findReferencedInvoices(input.reference, asOpen);
  // A disputed invoice is only paid when the customer names it; one issued after the date cannot be paid yet.
  const candidates = asOpen.filter(
    (r, i) =>
      (rows[i]?.isDisputed !== 1 || referenced.has(r.id)) && (rows[i]?.invoiceDate ?? '') <= input.date,
  );
  const proposal = proposeAllocation(input.amount, input.reference, candidates);
  const proposed = new Map(proposal.allocations.map((a) => [a.invoiceId, a.amount]));
  const out: ProposalRow[] = rows.map((r) => {
    const amount = proposed.get(r.invoiceId) ?? 0;
    // As settling checks it: the discount is taken once, what earlier payments took is not offered again.
    // Without a discount window there is nothing to work out (a customer may have thousands of invoices open).
    const discount =
      r.discountDeadline === null
        ? { amount: 0 }
        : discountAvailable(
            {
              total: r.total,
              open: r.open,
              earlyDiscountPercent: r.discountPercent,
              earlyDiscountDeadline: r.discountDeadline,
            },
            r.discounted,
            input.date,
          );
    // writeOffAllowed is monotonic in the shortfall: the limit is the largest shortfall it accepts.
    const byPercent = noPercent
      ? 0
      : new Dec(r.open).times(settings.writeOffTolerancePercent).div(100).floor().toNumber();
    const limit = Math.min(r.open, Math.max(tolerance, byPercent));
    const isAllowed = (shortfall: number) =>
      shortfall > 0 &&
      writeOffAllowed({
        shortfall,
        open: r.open,
        toleranceAmount: tolerance,
        tolerancePercent: settings.writeOffTolerancePercent,
      });
    return {
      invoiceId: r.invoiceId,
      number: r.number,
      invoiceDate: r.invoiceDate,
      dueDate: r.dueDate,
      total: r.total,
      open: r.open,
      isDisputed: r.isDisputed === 1,
      isOverdue: r.dueDate < input.date,
      amount,
      discountAvailable: discount.amount,
      writeOffLimit: isAllowed(limit) ? limit : 0,
      isReferenced: referenced.has(r.invoiceId),
    };
  });
  // Referenced invoices lead the grid, as they lead the proposal.
  out.sort((a, b) => Number(b.isReferenced) - Number(a.isReferenced));
  return {
    customerId: customer.id,
    currency: customer.currency,
    amount: input.amount,
    rows: out,
    unapplied: proposal.unapplied,
    openTotal: rows.reduce((s, r) => s + r.open, 0),
  };
}
