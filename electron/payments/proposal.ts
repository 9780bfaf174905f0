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

const openRows = `SELECT b.invoice_id, i.number, b.next_due_date, b.open, i.invoice_date
  FROM invoice_balances b JOIN invoices i ON i.id = b.invoice_id
  WHERE b.customer_id = @customerId AND b.next_due_date IS NOT NULL`;

/**
 * The customer's open invoices that the reference can name: a named invoice's counter stands in the reference
 * as a whole run of digits (see findReferencedInvoices), so its number ends with that run — a superset that
 * SQLite finds without bringing every open invoice into JavaScript.
 */
function namable(ctx: CompanyContext, customerId: number, reference: string): LeanRow[] {
  const runs = [...new Set([...reference.matchAll(/\d+/g)].map((m) => m[0].replace(/^0+(?=\d)/, '')))];
  if (runs.length === 0) return [];
  const params: Record<string, unknown> = { customerId };
  runs.forEach((run, k) => (params[`r${k}`] = `%${run}`));
  return stmt(ctx.sqlite, `${openRows} AND (${runs.map((_, k) => `i.number LIKE @r${k}`).join(' OR ')})`)
    .raw(true)
    .all(params) as LeanRow[];
}

/**
 * Open invoices oldest due first, read only as far as needed: at least `shown` of them, until `covers` says the
 * rows read settle the payment, and never stopping inside a due date (its invoices are ordered by number).
 */
function oldestOpen(
  ctx: CompanyContext,
  customerId: number,
  shown: number,
  covers: (row: LeanRow) => boolean,
): LeanRow[] {
  const rows: LeanRow[] = [];
  let isCovered = false;
  for (const row of stmt(ctx.sqlite, `${openRows} ORDER BY b.next_due_date, b.invoice_id`)
    .raw(true)
    .iterate({ customerId }) as IterableIterator<LeanRow>) {
    const last = rows[rows.length - 1];
    if (rows.length >= shown && isCovered && last !== undefined && last[2] !== row[2]) break;
    rows.push(row);
    isCovered = covers(row) || isCovered;
  }
  return rows;
}

function openTotals(ctx: CompanyContext, customerId: number): { count: number; total: number } {
  return stmt(
    ctx.sqlite,
    `SELECT count(*) AS count, coalesce(sum(open), 0) AS total FROM invoice_balances
     WHERE customer_id = ? AND next_due_date IS NOT NULL`,
  ).get(customerId) as { count: number; total: number };
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
  const disputed = disputedIds(ctx, input.customerId);
  const lean = (r: LeanRow) => ({ id: r[0], number: r[1], dueDate: r[2], open: r[3] });
  const mentioned = namable(ctx, input.customerId, input.reference);
  const referenced = findReferencedInvoices(input.reference, mentioned.map(lean));
  // A disputed invoice is only paid when the customer names it; one issued after the date cannot be paid yet.
  const isEligible = (r: LeanRow) => (!disputed.has(r[0]) || referenced.has(r[0])) && r[4] <= input.date;
  let covered = mentioned
    .filter((r) => referenced.has(r[0]) && isEligible(r))
    .reduce((sum, r) => sum + r[3], 0);
  const oldest = oldestOpen(ctx, input.customerId, SHOWN_OPEN_INVOICES, (r) => {
    if (isEligible(r) && !referenced.has(r[0])) covered += r[3];
    return covered >= input.amount;
  });
  // The proposal over what was read equals the one over every open invoice: the rest are due later than all
  // of these, and these settle the whole payment (or are all there is).
  const byId = new Map<number, LeanRow>();
  for (const r of [...oldest, ...mentioned.filter((m) => referenced.has(m[0]))]) byId.set(r[0], r);
  const candidates = [...byId.values()].filter(isEligible).map(lean);
  const proposal = proposeAllocation(input.amount, input.reference, candidates, referenced);
  const proposed = new Map(proposal.allocations.map((a) => [a.invoiceId, a.amount]));
  const listed = new Set(oldest.slice(0, SHOWN_OPEN_INVOICES).map((r) => r[0]));
  const shown = [...byId.values()]
    .filter(([id]) => listed.has(id) || proposed.has(id) || referenced.has(id))
    .sort((a, b) => (a[2] === b[2] ? a[0] - b[0] : a[2] < b[2] ? -1 : 1));
  const totals = openTotals(ctx, input.customerId);
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
    openCount: totals.count,
    openTotal: totals.total,
  };
}
