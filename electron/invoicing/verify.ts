// Proofs over the receivables rows, for tests and checks: the cached balances equal the derived ones; per
// customer the AR control account equals the open items and the customer-credits account equals the unapplied
// credit (document currency, and base per invoice); no source gave more than it had.
import type { CompanyContext } from '../context';
import { accountIdByRole } from '../ledger/accounts';
import { creditSources } from '../payments/sources';
import { verifyBalances } from './balances';

export function verifyReceivables(ctx: CompanyContext): string[] {
  const problems = verifyBalances(ctx);
  const ar = accountIdByRole(ctx, 'ar');
  const credits = accountIdByRole(ctx, 'customer_credits');
  const customers = ctx.sqlite
    .prepare(
      `SELECT DISTINCT customer_id AS id FROM journal_lines WHERE account_id IN (?, ?) AND customer_id IS NOT NULL`,
    )
    .all(ar, credits) as { id: number }[];
  const ledger = ctx.sqlite.prepare(
    `SELECT coalesce(sum(CASE WHEN account_id = @ar THEN amount END), 0) AS ar,
            coalesce(sum(CASE WHEN account_id = @credits THEN -amount END), 0) AS credits,
            coalesce(sum(CASE WHEN account_id = @ar THEN amount_base END), 0) AS arBase
     FROM journal_lines WHERE customer_id = @customer AND account_id IN (@ar, @credits)`,
  );
  const open = ctx.sqlite.prepare(
    `SELECT coalesce(sum(b.open), 0) AS open, coalesce(sum(i.ar_base - b.ar_base_relieved), 0) AS openBase
     FROM invoice_balances b JOIN invoices i ON i.id = b.invoice_id WHERE b.customer_id = ?`,
  );
  for (const { id } of customers) {
    const l = ledger.get({ ar, credits, customer: id }) as { ar: number; credits: number; arBase: number };
    const o = open.get(id) as { open: number; openBase: number };
    const unapplied = creditSources(ctx, id).reduce((s, c) => s + c.unapplied, 0);
    if (l.ar !== o.open) problems.push(`customer ${id}: AR ${l.ar} ≠ open items ${o.open}`);
    if (l.arBase !== o.openBase)
      problems.push(`customer ${id}: AR base ${l.arBase} ≠ open items' base ${o.openBase}`);
    if (l.credits !== unapplied)
      problems.push(`customer ${id}: credits account ${l.credits} ≠ unapplied ${unapplied}`);
  }
  const overdrawn = ctx.sqlite
    .prepare(
      `SELECT source_type AS t, source_id AS id, sum(amount) AS used FROM allocations WHERE kind = 'apply'
       GROUP BY source_type, source_id HAVING used < 0`,
    )
    .all() as { t: string; id: number }[];
  for (const o of overdrawn) problems.push(`${o.t} ${o.id}: more taken back than was applied`);
  const overApplied = ctx.sqlite
    .prepare(
      `SELECT p.id FROM payments p WHERE p.amount < (SELECT coalesce(sum(a.amount), 0) FROM allocations a
         WHERE a.source_type = 'payment' AND a.source_id = p.id AND a.kind = 'apply')
       UNION ALL
       SELECT n.id FROM credit_notes n WHERE n.total < (SELECT coalesce(sum(a.amount), 0) FROM allocations a
         WHERE a.source_type = 'credit_note' AND a.source_id = n.id AND a.kind = 'apply')`,
    )
    .all() as { id: number }[];
  for (const o of overApplied) problems.push(`source ${o.id}: applied beyond its amount`);
  const unbalanced = ctx.sqlite
    .prepare(
      'SELECT entry_id AS id FROM journal_lines GROUP BY entry_id HAVING sum(amount) <> 0 OR sum(amount_base) <> 0',
    )
    .all() as { id: number }[];
  for (const e of unbalanced) problems.push(`journal entry ${e.id} does not balance`);
  return problems;
}
