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

/** Up to this many search hits, reading and sorting the hits beats walking the sort index and probing each order. */
const FEW_HITS = 2_000;

export function listOrderRows(ctx: CompanyContext, q: OrderListQuery): Page<OrderRow> {
  const term = q.search.trim();
  const search = textSearch(term);
  // With a search, the filters can also be written with their columns behind a unary "+": SQLite then cannot use
  // them for an index and drives the query from the search's own indexes (number, reference, customer) instead —
  // cost grows with the hits, not with the whole order history.
  const where = (fromHits: boolean) => {
    const col = (c: string) => (fromHits ? `+${c}` : c);
    const terms = [`${col('o.kind')} = @kind`];
    if (q.status && q.status.length > 0)
      terms.push(`${col('o.status')} IN (${q.status.map((_, i) => `@s${i}`).join(', ')})`);
    if (q.customerId !== undefined) terms.push(`${col('o.customer_id')} = @customerId`);
    if (q.from) terms.push(`${col('o.order_date')} >= @from`);
    if (q.to) terms.push(`${col('o.order_date')} <= @to`);
    if (term) {
      const byCustomer =
        search.kind === 'fts'
          ? 'OR o.customer_id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH @match)'
          : '';
      terms.push(
        `(o.number LIKE @term ESCAPE '\\' OR o.customer_reference LIKE @term ESCAPE '\\' ${byCustomer})`,
      );
    }
    return `WHERE ${terms.join(' AND ')}`;
  };
  const params: Record<string, unknown> = { kind: q.kind, limit: q.limit, offset: q.offset };
  q.status?.forEach((s, i) => (params[`s${i}`] = s));
  if (q.customerId !== undefined) params.customerId = q.customerId;
  if (q.from) params.from = q.from;
  if (q.to) params.to = q.to;
  if (term) {
    params.term = `${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    if (search.kind === 'fts') params.match = search.match;
  }
  const dir = q.dir === 'desc' ? 'DESC' : 'ASC';
  const total = (
    stmt(ctx.sqlite, `SELECT count(*) AS n FROM orders o ${where(term !== '')}`).get(params) as { n: number }
  ).n;
  // Few hits: read and sort them. Many: walk the sort index and stop at the page, probing each order.
  const rows = stmt(
    ctx.sqlite,
    `SELECT o.id, o.kind, o.number, o.status, o.customer_id AS customerId, c.name AS customerName, o.order_date AS orderDate,
       o.customer_reference AS customerReference, o.currency, o.total
     FROM orders o JOIN customers c ON c.id = o.customer_id ${where(term !== '' && total <= FEW_HITS)}
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
