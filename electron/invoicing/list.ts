// The invoice list: status (derived as of today from the cached balances), customer, order, currency, date
// range, disputed, search by number or customer; sorted and paged in SQL. Also the nav counts.
import type { InvoiceStatus, InvoiceSummary, Page } from '../../shared/contract';
import type { invoiceSortFields } from '../../shared/contract/invoices';
import { todayIn } from '../../shared/dates';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';

export interface InvoiceListQuery {
  search: string;
  status?: InvoiceStatus | undefined;
  customerId?: number | undefined;
  orderId?: number | undefined;
  currency?: string | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  disputedOnly: boolean;
  sort: (typeof invoiceSortFields)[number];
  dir: 'asc' | 'desc';
  limit: number;
  offset: number;
}

const disputed = `coalesce((SELECT d.is_disputed FROM invoice_disputes d WHERE d.invoice_id = i.id ORDER BY d.id DESC LIMIT 1), 0)`;

/** SQL for each status, the same rules as shared/invoicing/openAmount invoiceStatus (first match wins). */
const statusWhere: Record<InvoiceStatus, string> = {
  draft: 'i.posted_at IS NULL',
  credited: 'b.open = 0 AND b.credited = b.total AND b.total > 0',
  paid: 'b.open = 0 AND NOT (b.credited = b.total AND b.total > 0)',
  overdue: 'b.open > 0 AND b.next_due_date < @asOf',
  partially_paid: 'b.open > 0 AND b.next_due_date >= @asOf AND b.paid + b.written_off + b.discounted > 0',
  partly_credited:
    'b.open > 0 AND b.next_due_date >= @asOf AND b.paid + b.written_off + b.discounted = 0 AND b.credited > 0',
  open: 'b.open > 0 AND b.next_due_date >= @asOf AND b.paid + b.written_off + b.discounted + b.credited = 0',
};

const statusCase = `CASE WHEN i.posted_at IS NULL THEN 'draft'
  ${(['credited', 'paid', 'overdue', 'partially_paid', 'partly_credited'] as const)
    .map((s) => `WHEN ${statusWhere[s]} THEN '${s}'`)
    .join(' ')} ELSE 'open' END`;

const sortColumn: Record<InvoiceListQuery['sort'], string> = {
  invoiceDate: 'i.invoice_date',
  dueDate: 'i.due_date',
  number: 'i.number',
  customer: 'c.name COLLATE NOCASE',
  total: 'i.total',
  open: 'coalesce(b.open, i.total)',
};

export function listInvoices(
  ctx: CompanyContext,
  q: InvoiceListQuery,
): Page<InvoiceSummary> & { asOf: string } {
  const asOf = todayIn(ctx.clock);
  const terms: string[] = [];
  const params: Record<string, unknown> = { asOf, limit: q.limit, offset: q.offset };
  if (q.status) terms.push(`(${statusWhere[q.status]})`);
  if (q.customerId !== undefined) {
    terms.push('i.customer_id = @customerId');
    params.customerId = q.customerId;
  }
  if (q.orderId !== undefined) {
    terms.push('i.order_id = @orderId');
    params.orderId = q.orderId;
  }
  if (q.currency) {
    terms.push('i.currency = @currency');
    params.currency = q.currency;
  }
  if (q.dateFrom) {
    terms.push('i.invoice_date >= @from');
    params.from = q.dateFrom;
  }
  if (q.dateTo) {
    terms.push('i.invoice_date <= @to');
    params.to = q.dateTo;
  }
  if (q.disputedOnly) terms.push(`${disputed} = 1`);
  const term = q.search.trim();
  if (term) {
    const escaped = term.replace(/[\\%_]/g, (ch) => `\\${ch}`);
    params.term = `${escaped}%`;
    params.contains = `%${escaped}%`;
    terms.push(`(i.number LIKE @term ESCAPE '\\' OR i.customer_reference LIKE @term ESCAPE '\\'
      OR c.name LIKE @contains ESCAPE '\\')`);
  }
  const where = terms.length > 0 ? `WHERE ${terms.join(' AND ')}` : '';
  const from = `FROM invoices i JOIN customers c ON c.id = i.customer_id LEFT JOIN invoice_balances b ON b.invoice_id = i.id`;
  const total = (stmt(ctx.sqlite, `SELECT count(*) AS n ${from} ${where}`).get(params) as { n: number }).n;
  const dir = q.dir === 'desc' ? 'DESC' : 'ASC';
  const rows = stmt(
    ctx.sqlite,
    `SELECT i.id, i.number, ${statusCase} AS status, ${disputed} AS isDisputed, i.customer_id AS customerId,
       c.name AS customerName, i.order_id AS orderId, (SELECT number FROM orders o WHERE o.id = i.order_id) AS orderNumber,
       i.is_deposit AS isDeposit, i.invoice_date AS invoiceDate, coalesce(b.next_due_date, i.due_date) AS dueDate,
       i.currency, i.total, coalesce(b.open, i.total) AS open
     ${from} ${where} ORDER BY ${sortColumn[q.sort]} ${dir}, i.id ${dir} LIMIT @limit OFFSET @offset`,
  ).all(params) as (Omit<InvoiceSummary, 'isDisputed' | 'isDeposit'> & {
    isDisputed: number;
    isDeposit: number;
  })[];
  return {
    asOf,
    total,
    rows: rows.map((r) => ({ ...r, isDisputed: r.isDisputed === 1, isDeposit: r.isDeposit === 1 })),
  };
}

export function invoiceCounts(ctx: CompanyContext): { draft: number; open: number; overdue: number } {
  return stmt(
    ctx.sqlite,
    `SELECT (SELECT count(*) FROM invoices WHERE posted_at IS NULL) AS draft,
            (SELECT count(*) FROM invoice_balances WHERE next_due_date IS NOT NULL) AS open,
            (SELECT count(*) FROM invoice_balances WHERE next_due_date < @asOf) AS overdue`,
  ).get({ asOf: todayIn(ctx.clock) }) as { draft: number; open: number; overdue: number };
}
