// Reading credit notes: one with its lines and how it was used, and a paged list.
import type { CreditNote, CreditNoteLine, Page } from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import { formatQuantity } from '../../shared/quantity';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';

const columns = `n.id, n.number, n.posted_at IS NOT NULL AS isPosted, n.invoice_id AS invoiceId, i.number AS invoiceNumber,
  n.customer_id AS customerId, c.name AS customerName, n.date, n.mode, n.reason, n.restock, n.currency, n.fx_rate AS fxRate,
  n.net, n.tax, n.total, n.journal_entry_id AS journalEntryId, n.posted_at AS postedAt, n.created_at AS createdAt,
  coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.source_type = 'credit_note' AND a.source_id = n.id
            AND a.kind = 'apply' AND a.invoice_id = n.invoice_id AND a.journal_entry_id = n.journal_entry_id), 0)
    AS appliedToInvoice,
  coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.source_type = 'credit_note' AND a.source_id = n.id
            AND a.kind = 'apply'), 0) AS used`;
const from =
  'FROM credit_notes n JOIN invoices i ON i.id = n.invoice_id JOIN customers c ON c.id = n.customer_id';

type NoteDb = Omit<CreditNote, 'isPosted' | 'restock' | 'lines' | 'toCredit' | 'unapplied'> & {
  isPosted: number;
  restock: number;
  used: number;
};

function toNote(ctx: CompanyContext, r: NoteDb): CreditNote {
  const lines = stmt(
    ctx.sqlite,
    `SELECT id, invoice_line_id AS invoiceLineId, description, qty, restock_qty AS restockQty, account_id AS accountId,
       tax_rate_id AS taxRateId, net, tax FROM credit_note_lines WHERE credit_note_id = ? ORDER BY id`,
  ).all(r.id) as (Omit<CreditNoteLine, 'quantity' | 'restockQuantity'> & {
    qty: number;
    restockQty: number;
  })[];
  const { used, isPosted, restock, ...rest } = r;
  return {
    ...rest,
    isPosted: isPosted === 1,
    restock: restock === 1,
    toCredit: isPosted === 1 ? r.total - r.appliedToInvoice : 0,
    unapplied: isPosted === 1 ? r.total - used : 0,
    lines: lines.map(({ qty, restockQty, ...l }) => ({
      ...l,
      quantity: formatQuantity(qty),
      restockQuantity: formatQuantity(restockQty),
    })),
  };
}

export function getCreditNote(ctx: CompanyContext, id: number): CreditNote {
  const row = stmt(ctx.sqlite, `SELECT ${columns} ${from} WHERE n.id = ?`).get(id) as NoteDb | undefined;
  if (!row) {
    throw new OrdoError('NOT_FOUND', 'That credit note does not exist', {
      fields: [{ path: 'id', message: 'Unknown credit note' }],
    });
  }
  return toNote(ctx, row);
}

export function listCreditNotes(
  ctx: CompanyContext,
  q: { customerId?: number | undefined; invoiceId?: number | undefined; limit: number; offset: number },
): Page<CreditNote> {
  const terms: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit, offset: q.offset };
  if (q.customerId !== undefined) {
    terms.push('n.customer_id = @customerId');
    params.customerId = q.customerId;
  }
  if (q.invoiceId !== undefined) {
    terms.push('n.invoice_id = @invoiceId');
    params.invoiceId = q.invoiceId;
  }
  const where = terms.length > 0 ? `WHERE ${terms.join(' AND ')}` : '';
  const total = (stmt(ctx.sqlite, `SELECT count(*) AS n ${from} ${where}`).get(params) as { n: number }).n;
  const rows = stmt(
    ctx.sqlite,
    `SELECT ${columns} ${from} ${where} ORDER BY n.date DESC, n.id DESC LIMIT @limit OFFSET @offset`,
  ).all(params) as NoteDb[];
  return { rows: rows.map((r) => toNote(ctx, r)), total };
}
