// The allocation grid's starting point: the customer's open invoices with the proposed amount (named in the
// reference first, then oldest due date), the early-payment discount available on the date and the write-off
// room the tolerance gives. The proposal reads every open invoice; the grid gets the oldest few hundred.
import type { AllocationProposal, ProposalRow } from '../../shared/contract';
import { findReferencedInvoices, proposeAllocation } from '../../shared/payments/proposal';
import { Dec } from '../../shared/money';
import { writeOffAllowed } from '../../shared/payments/settlement';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { customerAt } from '../invoicing/refs';
import { getReceivablesSettings, toleranceMinor } from '../invoicing/settings';
import { discountAvailable } from './settle';

/** The grid lists at most this many open invoices (oldest due first), plus any proposed or named. */
export const SHOWN_OPEN_INVOICES = 300;

/** [invoice id, number, next due date, open, invoice date]: arrays, since a customer may have thousands. */
type LeanRow = [number, string, string, number, string];

interface Details {
  total: number;
  discounted: number;
  discountPercent: string | null;
  discountDeadline: string | null;
}

/** Open invoices of a customer today (from the cached balances), oldest due first. */
function openInvoices(ctx: CompanyContext, customerId: number): LeanRow[] {
  return stmt(
    ctx.sqlite,
    `SELECT b.invoice_id, i.number, b.next_due_date, b.open, i.invoice_date
     FROM invoice_balances b JOIN invoices i ON i.id = b.invoice_id
     WHERE b.customer_id = ? AND b.next_due_date IS NOT NULL ORDER BY b.next_due_date, b.invoice_id`,
  )
    .raw(true)
    .all(customerId) as LeanRow[];
}

/** The customer's invoices whose newest dispute row says disputed (few, so read from their own rows). */
function disputedIds(ctx: CompanyContext, customerId: number): Set<number> {
  const rows = stmt(
    ctx.sqlite,
    `SELECT d.invoice_id AS id FROM invoice_disputes d JOIN invoices i ON i.id = d.invoice_id
     WHERE i.customer_id = ? AND d.is_disputed = 1
       AND d.id = (SELECT max(x.id) FROM invoice_disputes x WHERE x.invoice_id = d.invoice_id)`,
  ).all(customerId) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

function detailsOf(ctx: CompanyContext, invoiceId: number): Details {
  return stmt(
    ctx.sqlite,
    `SELECT b.total, b.discounted, i.early_discount_percent AS discountPercent,
       i.early_discount_deadline AS discountDeadline
     FROM invoice_balances b JOIN invoices i ON i.id = b.invoice_id WHERE b.invoice_id = ?`,
  ).get(invoiceId) as Details;
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
  const disputed = disputedIds(ctx, input.customerId);
  const asOpen = rows.map(([id, number, dueDate, open]) => ({ id, number, dueDate, open }));
  const referenced = findReferencedInvoices(input.reference, asOpen);
  // A disputed invoice is only paid when the customer names it; one issued after the date cannot be paid yet.
  const candidates = asOpen.filter(
    (r, i) => (!disputed.has(r.id) || referenced.has(r.id)) && (rows[i]?.[4] ?? '') <= input.date,
  );
  const proposal = proposeAllocation(input.amount, input.reference, candidates, referenced);
  const proposed = new Map(proposal.allocations.map((a) => [a.invoiceId, a.amount]));
  const shown = rows.filter(
    ([id], index) => index < SHOWN_OPEN_INVOICES || proposed.has(id) || referenced.has(id),
  );
  const out: ProposalRow[] = shown.map(([invoiceId, number, dueDate, open, invoiceDate]) => {
    const d = detailsOf(ctx, invoiceId);
    const amount = proposed.get(invoiceId) ?? 0;
    // As settling checks it: the discount is taken once, what earlier payments took is not offered again.
    const discount =
      d.discountDeadline === null
        ? { amount: 0 }
        : discountAvailable(
            {
              total: d.total,
              open,
              earlyDiscountPercent: d.discountPercent,
              earlyDiscountDeadline: d.discountDeadline,
            },
            d.discounted,
            input.date,
          );
    // writeOffAllowed is monotonic in the shortfall: the limit is the largest shortfall it accepts.
    const byPercent = noPercent
      ? 0
      : new Dec(open).times(settings.writeOffTolerancePercent).div(100).floor().toNumber();
    const limit = Math.min(open, Math.max(tolerance, byPercent));
    const isAllowed =
      limit > 0 &&
      writeOffAllowed({
        shortfall: limit,
        open,
        toleranceAmount: tolerance,
        tolerancePercent: settings.writeOffTolerancePercent,
      });
    return {
      invoiceId,
      number,
      invoiceDate,
      dueDate,
      total: d.total,
      open,
      isDisputed: disputed.has(invoiceId),
      isOverdue: dueDate < input.date,
      amount,
      discountAvailable: discount.amount,
      writeOffLimit: isAllowed ? limit : 0,
      isReferenced: referenced.has(invoiceId),
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
    openCount: rows.length,
    openTotal: rows.reduce((sum, r) => sum + r[3], 0),
  };
}
