// The invoice list: status (derived as of today from the cached balances), customer, order, currency, date
// range, disputed, search by number or customer; sorted and paged in SQL. Also the nav counts.
import type { InvoiceStatus, InvoiceSummary, Page } from '../../shared/contract';
import type { invoiceSortFields } from '../../shared/contract/invoices';
import { todayIn } from '../../shared/dates';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { textSearch } from '../search/ftsQuery';

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
  credited: 'b.credited > 0 AND b.open = 0 AND b.credited = b.total',
  paid: 'b.open = 0 AND NOT (b.credited = b.total AND b.total > 0)',
  overdue: 'b.open > 0 AND b.next_due_date < @asOf',
  partially_paid: 'b.open > 0 AND b.next_due_date >= @asOf AND b.paid + b.written_off + b.discounted > 0',
  partly_credited:
    'b.credited > 0 AND b.open > 0 AND b.next_due_date >= @asOf AND b.paid + b.written_off + b.discounted = 0',
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

/** Up to this many hits, reading and sorting them beats walking the sort index and probing each invoice. */
const FEW_HITS = 2_000;

export function listInvoices(
  ctx: CompanyContext,
  q: InvoiceListQuery,
): Page<InvoiceSummary> & { asOf: string } {
  const asOf = todayIn(ctx.clock);
  const params: Record<string, unknown> = { asOf, limit: q.limit, offset: q.offset };
  const term = q.search.trim();
  const search = textSearch(term);
  if (term) {
    params.term = `${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    if (search.kind === 'fts') params.match = search.match;
  }
  for (const key of ['customerId', 'orderId', 'currency'] as const)
    if (q[key] !== undefined) params[key] = q[key];
  if (q.dateFrom) params.from = q.dateFrom;
  if (q.dateTo) params.to = q.dateTo;
  // With `fromHits`, the filters' columns get a unary "+": SQLite then cannot use them for an index and walks
  // the sort index instead, stopping at the page — right when the filters match many invoices.
  const where = (fromHits: boolean) => {
    const col = (c: string) => (fromHits ? `+${c}` : c);
    const terms: string[] = [];
    if (q.status)
      terms.push(`(${fromHits ? statusWhere[q.status].replace(/\bb\./g, '+b.') : statusWhere[q.status]})`);
    if (q.customerId !== undefined) terms.push(`${col('i.customer_id')} = @customerId`);
    if (q.orderId !== undefined) terms.push(`${col('i.order_id')} = @orderId`);
    if (q.currency) terms.push(`${col('i.currency')} = @currency`);
    if (q.dateFrom) terms.push(`${col('i.invoice_date')} >= @from`);
    if (q.dateTo) terms.push(`${col('i.invoice_date')} <= @to`);
    // Disputes are few: their newest rows name the invoices, instead of a look-up per invoice.
    if (q.disputedOnly) {
      terms.push(`i.id IN (SELECT d.invoice_id FROM invoice_disputes d WHERE d.is_disputed = 1
        AND d.id = (SELECT max(id) FROM invoice_disputes x WHERE x.invoice_id = d.invoice_id))`);
    }
    if (term) {
      // Number by its NOCASE index, customer by name, e-mail, tax id or number (trigram index; a name prefix
      // for one or two characters).
      const byCustomer =
        search.kind === 'fts'
          ? 'i.customer_id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH @match)'
          : "i.customer_id IN (SELECT id FROM customers WHERE name LIKE @term ESCAPE '\\')";
      terms.push(`(i.number LIKE @term ESCAPE '\\' OR ${byCustomer})`);
    }
    return terms.length > 0 ? `WHERE ${terms.join(' AND ')}` : '';
  };
  const balances = 'LEFT JOIN invoice_balances b ON b.invoice_id = i.id';
  // Counting needs the balances only for a status; a status alone is counted from their own indexes.
  const hasOtherFilters =
    [q.customerId, q.orderId, q.currency, q.dateFrom, q.dateTo].some((v) => v !== undefined) ||
    q.disputedOnly ||
    term !== '';
  const onlyStatus = q.status !== undefined && q.status !== 'draft' && !hasOtherFilters;
  const countSql = onlyStatus
    ? `SELECT count(*) AS n FROM invoice_balances b ${where(false)}`
    : `SELECT count(*) AS n FROM invoices i ${q.status ? balances : ''} ${where(false)}`;
  const total = (stmt(ctx.sqlite, countSql).get(params) as { n: number }).n;
  const dir = q.dir === 'desc' ? 'DESC' : 'ASC';
  const rows = stmt(
    ctx.sqlite,
    `SELECT i.id, i.number, ${statusCase} AS status, ${disputed} AS isDisputed, i.customer_id AS customerId,
       c.name AS customerName, i.order_id AS orderId, (SELECT number FROM orders o WHERE o.id = i.order_id) AS orderNumber,
       i.is_deposit AS isDeposit, i.invoice_date AS invoiceDate, coalesce(b.next_due_date, i.due_date) AS dueDate,
       i.currency, i.total, coalesce(b.open, i.total) AS open
     FROM invoices i JOIN customers c ON c.id = i.customer_id ${balances} ${where(total > FEW_HITS)}
     ORDER BY ${sortColumn[q.sort]} ${dir}, i.id ${dir} LIMIT @limit OFFSET @offset`,
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
