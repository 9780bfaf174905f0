// Reading payments: one with its allocation rows and entries, and the list (search, filters, paged in SQL).
import type { AllocationRow, Page, Payment, PaymentSummary } from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';

const summaryColumns = `p.id, p.number, p.customer_id AS customerId, c.name AS customerName, p.date, p.amount, p.currency,
  p.method, p.reference,
  coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.source_type = 'payment' AND a.source_id = p.id
            AND a.kind = 'apply'), 0) AS applied,
  EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id) AS isReversed`;

type SummaryDb = Omit<PaymentSummary, 'unapplied' | 'isReversed'> & { isReversed: number };

function toSummary(r: SummaryDb): PaymentSummary {
  const isReversed = r.isReversed === 1;
  return { ...r, isReversed, unapplied: isReversed ? 0 : r.amount - r.applied };
}

export function allocationRows(
  ctx: CompanyContext,
  sourceType: 'payment' | 'credit_note',
  sourceId: number,
): AllocationRow[] {
  const rows = stmt(
    ctx.sqlite,
    `SELECT a.id, a.kind, a.invoice_id AS invoiceId, i.number AS invoiceNumber, a.refund_id AS refundId,
       f.number AS refundNumber, a.date, a.amount, a.reverses_id AS reversesId, a.reason,
       EXISTS (SELECT 1 FROM allocations r WHERE r.reverses_id = a.id) AS isReversed
     FROM allocations a LEFT JOIN invoices i ON i.id = a.invoice_id LEFT JOIN refunds f ON f.id = a.refund_id
     WHERE a.source_type = ? AND a.source_id = ? ORDER BY a.id`,
  ).all(sourceType, sourceId) as (Omit<AllocationRow, 'isReversed'> & { isReversed: number })[];
  return rows.map((r) => ({ ...r, isReversed: r.isReversed === 1 }));
}

export function getPayment(ctx: CompanyContext, id: number): Payment {
  const row = stmt(
    ctx.sqlite,
    `SELECT ${summaryColumns}, p.fx_rate AS fxRate, p.bank_account_id AS bankAccountId, b.name AS bankAccountName,
       p.memo, p.journal_entry_id AS journalEntryId, p.created_at AS createdAt
     FROM payments p JOIN customers c ON c.id = p.customer_id JOIN accounts b ON b.id = p.bank_account_id WHERE p.id = ?`,
  ).get(id) as
    | (SummaryDb &
        Pick<Payment, 'fxRate' | 'bankAccountId' | 'bankAccountName' | 'memo' | 'createdAt'> & {
          journalEntryId: number;
        })
    | undefined;
  if (!row) {
    throw new OrdoError('NOT_FOUND', 'That payment does not exist', {
      fields: [{ path: 'id', message: 'Unknown payment' }],
    });
  }
  const reversal = stmt(
    ctx.sqlite,
    'SELECT date, reason, journal_entry_id AS journalEntryId FROM payment_reversals WHERE payment_id = ?',
  ).get(id) as Payment['reversal'] | undefined;
  const allocations = allocationRows(ctx, 'payment', id);
  const entries = new Set<number>([row.journalEntryId]);
  for (const a of stmt(
    ctx.sqlite,
    `SELECT DISTINCT journal_entry_id AS e FROM allocations WHERE source_type = 'payment' AND source_id = ? ORDER BY 1`,
  ).all(id) as { e: number }[])
    entries.add(a.e);
  if (reversal) entries.add(reversal.journalEntryId);
  const { journalEntryId: _e, ...summary } = row;
  return {
    ...toSummary(summary),
    fxRate: row.fxRate,
    bankAccountId: row.bankAccountId,
    bankAccountName: row.bankAccountName,
    memo: row.memo,
    allocations,
    journalEntryIds: [...entries].sort((a, b) => a - b),
    journalEntries: [...entries]
      .sort((a, b) => a - b)
      .map((entryId) => ({
        id: entryId,
        number: (
          stmt(ctx.sqlite, 'SELECT number FROM journal_entries WHERE id = ?').get(entryId) as {
            number: string;
          }
        ).number,
      })),
    reversal: reversal ?? null,
    createdAt: row.createdAt,
  };
}

export interface PaymentListQuery {
  search: string;
  customerId?: number | undefined;
  method?: string | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  unappliedOnly: boolean;
  limit: number;
  offset: number;
}

export function listPayments(ctx: CompanyContext, q: PaymentListQuery): Page<PaymentSummary> {
  const terms: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit, offset: q.offset };
  if (q.customerId !== undefined) {
    terms.push('p.customer_id = @customerId');
    params.customerId = q.customerId;
  }
  if (q.method) {
    terms.push('p.method = @method');
    params.method = q.method;
  }
  if (q.dateFrom) {
    terms.push('p.date >= @from');
    params.from = q.dateFrom;
  }
  if (q.dateTo) {
    terms.push('p.date <= @to');
    params.to = q.dateTo;
  }
  const term = q.search.trim();
  if (term) {
    terms.push(
      `(p.number LIKE @term ESCAPE '\\' OR p.reference LIKE @contains ESCAPE '\\' OR c.name LIKE @contains ESCAPE '\\')`,
    );
    const escaped = term.replace(/[\\%_]/g, (ch) => `\\${ch}`);
    params.term = `${escaped}%`;
    params.contains = `%${escaped}%`;
  }
  if (q.unappliedOnly) {
    terms.push(`NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id)
      AND p.amount > coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.source_type = 'payment'
        AND a.source_id = p.id AND a.kind = 'apply'), 0)`);
  }
  const where = terms.length > 0 ? `WHERE ${terms.join(' AND ')}` : '';
  const from = 'FROM payments p JOIN customers c ON c.id = p.customer_id';
  const total = (stmt(ctx.sqlite, `SELECT count(*) AS n ${from} ${where}`).get(params) as { n: number }).n;
  const rows = stmt(
    ctx.sqlite,
    `SELECT ${summaryColumns} ${from} ${where} ORDER BY p.date DESC, p.id DESC LIMIT @limit OFFSET @offset`,
  ).all(params) as SummaryDb[];
  return { rows: rows.map(toSummary), total };
}
