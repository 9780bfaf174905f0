// A customer's account as of a date, rebuilt from rows dated up to then: open items (invoice total − what
// settled it by that date), unapplied credits by source, and the account history with a running balance
// (receivables − unapplied credit) read from the customer's own ledger lines.
import type { AccountHistoryRow, CreditSource, CustomerAccount, OpenItem } from '../../shared/contract';
import { daysBetween, todayIn } from '../../shared/dates';
import { firstUnpaidDueDate } from '../../shared/invoicing/openAmount';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { customerAt } from '../invoicing/refs';
import { accountIdByRole } from '../ledger/accounts';
import { installmentsOf } from '../invoicing/read';

/** The open-items list shows this many, oldest due first; the totals cover all of them. */
export const OPEN_ITEMS_SHOWN = 500;

interface OpenDb {
  invoiceId: number;
  number: string;
  invoiceDate: string;
  dueDate: string;
  hasPlan: number;
  total: number;
  open: number;
  isDisputed: number;
}

function openItemsAsOf(ctx: CompanyContext, customerId: number, asOf: string) {
  const rows = stmt(
    ctx.sqlite,
    `SELECT i.id AS invoiceId, i.number, i.invoice_date AS invoiceDate, i.due_date AS dueDate,
       i.installment_plan IS NOT NULL AS hasPlan, i.total,
       i.total - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.invoice_id = i.id AND a.date <= @asOf), 0) AS open,
       coalesce((SELECT d.is_disputed FROM invoice_disputes d WHERE d.invoice_id = i.id ORDER BY d.id DESC LIMIT 1), 0)
         AS isDisputed
     FROM invoices i WHERE i.customer_id = @customerId AND i.posted_at IS NOT NULL AND i.invoice_date <= @asOf
       AND i.total > coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.invoice_id = i.id AND a.date <= @asOf), 0)
     ORDER BY i.due_date, i.id`,
  ).all({ customerId, asOf }) as OpenDb[];
  const items: OpenItem[] = rows.slice(0, OPEN_ITEMS_SHOWN).map((r) => {
    const due = r.hasPlan
      ? (firstUnpaidDueDate(installmentsOf(ctx, r.invoiceId), r.total - r.open) ?? r.dueDate)
      : r.dueDate;
    return {
      invoiceId: r.invoiceId,
      number: r.number,
      invoiceDate: r.invoiceDate,
      dueDate: due,
      total: r.total,
      open: r.open,
      daysOverdue: Math.max(0, daysBetween(due, asOf)),
      isDisputed: r.isDisputed === 1,
    };
  });
  return { items, count: rows.length, total: rows.reduce((s, r) => s + r.open, 0) };
}

function creditsAsOf(ctx: CompanyContext, customerId: number, asOf: string): CreditSource[] {
  const used = `coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.source_type = '%TYPE%' AND a.source_id = %ID%
      AND a.kind = 'apply' AND a.date <= @asOf), 0)`;
  // Only sources with credit left reach JavaScript: a customer may have thousands of settled payments.
  return stmt(
    ctx.sqlite,
    `SELECT * FROM (
       SELECT 'payment' AS sourceType, p.id AS sourceId, p.number, p.date, p.amount,
         p.amount - ${used.replace('%TYPE%', 'payment').replace('%ID%', 'p.id')} AS unapplied
       FROM payments p WHERE p.customer_id = @customerId AND p.date <= @asOf
         AND NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id AND r.date <= @asOf)
       UNION ALL
       SELECT 'credit_note', n.id, n.number, n.date, n.total,
         n.total - ${used.replace('%TYPE%', 'credit_note').replace('%ID%', 'n.id')}
       FROM credit_notes n WHERE n.customer_id = @customerId AND n.posted_at IS NOT NULL AND n.date <= @asOf)
     WHERE unapplied > 0 ORDER BY date, sourceType DESC, sourceId`,
  ).all({ customerId, asOf }) as CreditSource[];
}

const kinds: Record<string, AccountHistoryRow['kind']> = {
  invoice: 'invoice',
  credit_note: 'credit_note',
  payment: 'payment',
  allocation: 'allocation',
  refund: 'refund',
  payment_reversal: 'reversal',
};

function history(ctx: CompanyContext, customerId: number, asOf: string, limit: number, offset: number) {
  const params = {
    customerId,
    asOf,
    ar: accountIdByRole(ctx, 'ar'),
    credits: accountIdByRole(ctx, 'customer_credits'),
    limit,
    offset,
  };
  // One row per entry, newest first: read backwards along the customer's index, so a page never sorts the
  // whole history. A row's running balance is the balance as of the date less what the newer rows added.
  const moves = `SELECT entry_id, date, sum(amount) AS amount FROM journal_lines
    WHERE customer_id = @customerId AND account_id IN (@ar, @credits) AND date <= @asOf
    GROUP BY date, entry_id ORDER BY date DESC, entry_id DESC`;
  const { total, closing } = stmt(
    ctx.sqlite,
    `SELECT (SELECT count(*) FROM (${moves})) AS total,
       (SELECT coalesce(sum(amount), 0) FROM journal_lines
        WHERE customer_id = @customerId AND account_id IN (@ar, @credits) AND date <= @asOf)
       - (SELECT coalesce(sum(amount), 0) FROM (${moves} LIMIT @offset)) AS closing`,
  ).get(params) as { total: number; closing: number };
  const rows = stmt(
    ctx.sqlite,
    `WITH page AS (
       SELECT entry_id, date, amount, @closing - coalesce(sum(amount) OVER (ORDER BY date DESC, entry_id DESC
         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS balance
       FROM (${moves} LIMIT @limit OFFSET @offset))
     SELECT page.entry_id AS entryId, page.date, page.amount, page.balance, e.source_type AS sourceType,
       -- A payment's entry is posted before the payment row exists, so it carries no source id: the payment
       -- is found by its entry instead (the account screen links the row to it).
       CASE WHEN e.source_type = 'payment' THEN (SELECT id FROM payments WHERE journal_entry_id = e.id)
         ELSE e.source_id END AS sourceId,
       e.description,
       coalesce((SELECT number FROM invoices WHERE journal_entry_id = e.id),
                (SELECT number FROM payments WHERE journal_entry_id = e.id),
                (SELECT number FROM credit_notes WHERE journal_entry_id = e.id),
                (SELECT number FROM refunds WHERE journal_entry_id = e.id),
                CASE WHEN e.source_type = 'payment_reversal'
                  THEN (SELECT number FROM payments WHERE id = e.source_id) END,
                -- Credit applied (or taken back) names its source, a payment or a credit note: an allocation
                -- entry's source id alone does not say which (by the customer's index, not a table scan).
                CASE WHEN e.source_type = 'allocation' THEN (
                  SELECT CASE a.source_type
                      WHEN 'credit_note' THEN (SELECT number FROM credit_notes WHERE id = a.source_id)
                      ELSE (SELECT number FROM payments WHERE id = a.source_id) END
                  FROM allocations a
                  WHERE a.customer_id = @customerId AND a.date = page.date AND a.journal_entry_id = e.id
                  LIMIT 1) END,
                e.number) AS document
     FROM page JOIN journal_entries e ON e.id = page.entry_id ORDER BY page.date DESC, page.entry_id DESC`,
  ).all({ ...params, closing }) as (Omit<AccountHistoryRow, 'kind'> & { sourceType: string })[];
  return {
    total,
    rows: rows.map(({ sourceType, ...r }) => ({ ...r, kind: kinds[sourceType] ?? 'other' })),
  };
}

export function customerAccount(
  ctx: CompanyContext,
  input: { customerId: number; asOf?: string | undefined; limit: number; offset: number },
): CustomerAccount {
  const customer = customerAt(ctx, input.customerId);
  const asOf = input.asOf ?? todayIn(ctx.clock);
  const open = openItemsAsOf(ctx, customer.id, asOf);
  const credits = creditsAsOf(ctx, customer.id, asOf);
  const unappliedTotal = credits.reduce((s, c) => s + c.unapplied, 0);
  return {
    customerId: customer.id,
    customerName: customer.name,
    currency: customer.currency,
    asOf,
    openItems: open.items,
    openCount: open.count,
    openTotal: open.total,
    credits,
    unappliedTotal,
    balance: open.total - unappliedTotal,
    history: history(ctx, customer.id, asOf, input.limit, input.offset),
  };
}
