// An invoice's settlement sums, derived from its allocation rows and kept in invoice_balances for lists and
// proposals. Every writer calls refreshBalance in its transaction; verifyBalances proves the cache.
import { firstUnpaidDueDate, openAmount } from '../../shared/invoicing/openAmount';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { installmentsOf, type BalanceRow } from './read';

interface Sums {
  paid: number;
  credited: number;
  writtenOff: number;
  discounted: number;
  arBaseRelieved: number;
}

function derivedSums(ctx: CompanyContext, invoiceId: number): Sums {
  return stmt(
    ctx.sqlite,
    `SELECT coalesce(sum(CASE WHEN kind = 'apply' AND source_type = 'payment' THEN amount END), 0) AS paid,
            coalesce(sum(CASE WHEN kind = 'apply' AND source_type = 'credit_note' THEN amount END), 0) AS credited,
            coalesce(sum(CASE WHEN kind = 'writeoff' THEN amount END), 0) AS writtenOff,
            coalesce(sum(CASE WHEN kind = 'discount' THEN amount END), 0) AS discounted,
            coalesce(sum(ar_base), 0) AS arBaseRelieved
     FROM allocations WHERE invoice_id = ?`,
  ).get(invoiceId) as Sums;
}

/** What the rows say: total from the posted invoice, the rest from allocations and installments. */
export function deriveBalance(ctx: CompanyContext, invoiceId: number): BalanceRow {
  const { total } = stmt(ctx.sqlite, 'SELECT total FROM invoices WHERE id = ?').get(invoiceId) as {
    total: number;
  };
  const sums = derivedSums(ctx, invoiceId);
  const open = openAmount({
    total,
    allocated: sums.paid,
    credited: sums.credited,
    writtenOff: sums.writtenOff,
    discounted: sums.discounted,
  });
  const nextDueDate = firstUnpaidDueDate(installmentsOf(ctx, invoiceId), total - open);
  return { total, ...sums, open, nextDueDate };
}

export function refreshBalance(ctx: CompanyContext, invoiceId: number, customerId: number): BalanceRow {
  const b = deriveBalance(ctx, invoiceId);
  stmt(
    ctx.sqlite,
    `INSERT INTO invoice_balances (invoice_id, customer_id, total, paid, credited, written_off, discounted, open,
       next_due_date, ar_base_relieved)
     VALUES (@invoiceId, @customerId, @total, @paid, @credited, @writtenOff, @discounted, @open, @nextDueDate, @arBaseRelieved)
     ON CONFLICT (invoice_id) DO UPDATE SET total = excluded.total, paid = excluded.paid, credited = excluded.credited,
       written_off = excluded.written_off, discounted = excluded.discounted, open = excluded.open,
       next_due_date = excluded.next_due_date, ar_base_relieved = excluded.ar_base_relieved`,
  ).run({ invoiceId, customerId, ...b });
  return b;
}

/** Differences between the cached balances and what the rows derive, for every posted invoice. */
export function verifyBalances(ctx: CompanyContext): string[] {
  const problems: string[] = [];
  const posted = ctx.sqlite
    .prepare('SELECT id FROM invoices WHERE posted_at IS NOT NULL ORDER BY id')
    .all() as { id: number }[];
  const cached = ctx.sqlite.prepare(
    `SELECT total, paid, credited, written_off AS writtenOff, discounted, open, next_due_date AS nextDueDate,
       ar_base_relieved AS arBaseRelieved FROM invoice_balances WHERE invoice_id = ?`,
  );
  for (const { id } of posted) {
    const stored = cached.get(id) as BalanceRow | undefined;
    if (!stored) {
      problems.push(`invoice ${id}: no cached balance`);
      continue;
    }
    let derived: BalanceRow;
    try {
      derived = deriveBalance(ctx, id);
    } catch (error) {
      problems.push(`invoice ${id}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    for (const key of Object.keys(derived) as (keyof BalanceRow)[]) {
      if (stored[key] !== derived[key]) {
        problems.push(`invoice ${id} ${key}: stored ${String(stored[key])}, derived ${String(derived[key])}`);
      }
    }
  }
  const orphans = ctx.sqlite
    .prepare(
      'SELECT count(*) AS n FROM invoice_balances b JOIN invoices i ON i.id = b.invoice_id WHERE i.posted_at IS NULL',
    )
    .get() as { n: number };
  if (orphans.n > 0) problems.push(`${orphans.n} cached balances of unposted invoices`);
  return problems;
}
