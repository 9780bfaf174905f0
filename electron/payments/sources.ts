// Credit sources — payments and credit notes — and what is left of each: amount − what was applied or refunded
// (net of reversals), with the base still on the customer-credits account for it.
import type { CreditSource } from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { baseOf, type SourceState } from './settle';

interface SourceRow {
  customerId: number;
  currency: string;
  rate: string;
  amount: number;
  number: string;
  date: string;
  isLive: number;
}

function sourceRow(ctx: CompanyContext, type: SourceState['type'], id: number): SourceRow | undefined {
  const sql =
    type === 'payment'
      ? `SELECT customer_id AS customerId, currency, fx_rate AS rate, amount, number, date,
           NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id) AS isLive
         FROM payments p WHERE id = ?`
      : `SELECT customer_id AS customerId, currency, fx_rate AS rate, total AS amount, number, date,
           posted_at IS NOT NULL AS isLive FROM credit_notes WHERE id = ?`;
  return stmt(ctx.sqlite, sql).get(id) as SourceRow | undefined;
}

/** Σ of what the source gave (apply rows), and the base it gave. */
function used(ctx: CompanyContext, type: SourceState['type'], id: number): { amount: number; base: number } {
  return stmt(
    ctx.sqlite,
    `SELECT coalesce(sum(amount), 0) AS amount, coalesce(sum(source_base), 0) AS base FROM allocations
     WHERE source_type = ? AND source_id = ? AND kind = 'apply'`,
  ).get(type, id) as { amount: number; base: number };
}

export function sourceState(
  ctx: CompanyContext,
  type: SourceState['type'],
  id: number,
  path = 'source',
): SourceState {
  const row = sourceRow(ctx, type, id);
  if (!row) {
    throw new OrdoError(
      'NOT_FOUND',
      `That ${type === 'payment' ? 'payment' : 'credit note'} does not exist`,
      {
        fields: [{ path, message: 'Unknown source' }],
      },
    );
  }
  const u = used(ctx, type, id);
  const totalBase = row.isLive ? baseOf(ctx, row.amount, row.currency, row.rate) : 0;
  return {
    type,
    id,
    customerId: row.customerId,
    currency: row.currency,
    rate: row.rate,
    remaining: row.isLive ? row.amount - u.amount : 0,
    remainingBase: totalBase - u.base,
  };
}

/** A customer's sources with credit left, oldest first (payments and credit notes by date, then id). */
export function creditSources(ctx: CompanyContext, customerId: number): CreditSource[] {
  const rows = stmt(
    ctx.sqlite,
    `SELECT 'payment' AS sourceType, p.id AS sourceId, p.number, p.date, p.amount,
       p.amount - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.source_type = 'payment'
         AND a.source_id = p.id AND a.kind = 'apply'), 0) AS unapplied
     FROM payments p WHERE p.customer_id = @c AND NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id)
     UNION ALL
     SELECT 'credit_note', n.id, n.number, n.date, n.total,
       n.total - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.source_type = 'credit_note'
         AND a.source_id = n.id AND a.kind = 'apply'), 0)
     FROM credit_notes n WHERE n.customer_id = @c AND n.posted_at IS NOT NULL
     ORDER BY 4, 1 DESC, 2`,
  ).all({ c: customerId }) as CreditSource[];
  return rows.filter((r) => r.unapplied > 0);
}
