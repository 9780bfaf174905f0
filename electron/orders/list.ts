// The order and quote lists: status, customer, date range, search by number, reference or customer; paged in SQL.
import type { OrderRow, Page } from '../../shared/contract';
import type { orderSortFields } from '../../shared/contract/orders';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { textSearch } from '../search/ftsQuery';

export interface OrderListQuery {
  kind: 'order' | 'quote';
  status?: string[] | undefined;
  customerId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  search: string;
  sort: (typeof orderSortFields)[number];
  dir: 'asc' | 'desc';
  limit: number;
  offset: number;
}

const sortColumn: Record<OrderListQuery['sort'], string> = {
  orderDate: 'o.order_date',
  number: 'o.number',
  customer: 'c.name COLLATE NOCASE',
  total: 'o.total',
};

export function listOrderRows(ctx: CompanyContext, q: OrderListQuery): Page<OrderRow> {
  const where = ['o.kind = @kind'];
  const params: Record<string, unknown> = { kind: q.kind, limit: q.limit, offset: q.offset };
  if (q.status && q.status.length > 0) {
    where.push(`o.status IN (${q.status.map((_, i) => `@s${i}`).join(', ')})`);
    q.status.forEach((s, i) => (params[`s${i}`] = s));
  }
  if (q.customerId !== undefined) {
    where.push('o.customer_id = @customerId');
    params.customerId = q.customerId;
  }
  if (q.from) {
    where.push('o.order_date >= @from');
    params.from = q.from;
  }
  if (q.to) {
    where.push('o.order_date <= @to');
    params.to = q.to;
  }
  const term = q.search.trim();
  if (term) {
    const search = textSearch(term);
    params.term = `${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const byCustomer =
      search.kind === 'fts'
        ? 'OR o.customer_id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH @match)'
        : '';
    if (search.kind === 'fts') params.match = search.match;
    where.push(
      `(o.number LIKE @term ESCAPE '\\' OR o.customer_reference LIKE @term ESCAPE '\\' ${byCustomer})`,
    );
  }
  const clause = `WHERE ${where.join(' AND ')}`;
  const dir = q.dir === 'desc' ? 'DESC' : 'ASC';
  const total = (
    stmt(ctx.sqlite, `SELECT count(*) AS n FROM orders o ${clause}`).get(params) as { n: number }
  ).n;
  const rows = stmt(
    ctx.sqlite,
    `SELECT o.id, o.kind, o.number, o.status, o.customer_id AS customerId, c.name AS customerName, o.order_date AS orderDate,
       o.customer_reference AS customerReference, o.currency, o.total
     FROM orders o JOIN customers c ON c.id = o.customer_id ${clause}
     ORDER BY ${sortColumn[q.sort]} ${dir}, o.id ${dir} LIMIT @limit OFFSET @offset`,
  ).all(params) as OrderRow[];
  return { rows, total };
}

export function orderCounts(ctx: CompanyContext): { onHold: number; toShip: number; drafts: number } {
  return stmt(
    ctx.sqlite,
    `SELECT (SELECT count(*) FROM orders WHERE kind = 'order' AND status = 'on_hold') AS onHold,
            (SELECT count(*) FROM orders WHERE kind = 'order' AND status IN ('confirmed', 'partially_shipped')) AS toShip,
            (SELECT count(*) FROM orders WHERE kind = 'order' AND status = 'draft') AS drafts`,
  ).get() as { onHold: number; toShip: number; drafts: number };
}
