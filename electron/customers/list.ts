// The customer list: search (name, e-mail, tax id, number), filters, sort and paging, all in SQL.
import type { CustomerRow, Page } from '../../shared/contract';
import type { customerSortFields } from '../../shared/contract/customers';
import type { CompanyContext } from '../context';
import { textSearch } from '../search/ftsQuery';

export interface CustomerListQuery {
  search: string;
  status: 'active' | 'archived' | 'all';
  currency?: string;
  segment?: string;
  sort: (typeof customerSortFields)[number];
  dir: 'asc' | 'desc';
  limit: number;
  offset: number;
}

const sortColumn: Record<CustomerListQuery['sort'], string> = {
  name: 'c.name COLLATE NOCASE',
  number: 'c.number',
  city: 'c.billing_city COLLATE NOCASE',
  currency: 'c.currency',
  creditLimit: 'c.credit_limit',
  createdAt: 'c.created_at',
};

export function listCustomers(ctx: CompanyContext, q: CustomerListQuery): Page<CustomerRow> {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit, offset: q.offset };
  if (q.status !== 'all') where.push(`c.archived = ${q.status === 'archived' ? 1 : 0}`);
  if (q.currency) {
    where.push('c.currency = @currency');
    params.currency = q.currency;
  }
  if (q.segment) {
    where.push('c.segment = @segment COLLATE NOCASE');
    params.segment = q.segment;
  }
  const search = textSearch(q.search);
  if (search.kind === 'fts') {
    where.push('c.id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH @match)');
    params.match = search.match;
  } else if (search.kind === 'prefix') {
    where.push(
      "(c.name LIKE @like ESCAPE '\\' OR c.email LIKE @like ESCAPE '\\' OR c.tax_id LIKE @like ESCAPE '\\' OR c.number LIKE @like ESCAPE '\\')",
    );
    params.like = search.like;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const dir = q.dir === 'desc' ? 'DESC' : 'ASC';
  const total = (
    ctx.sqlite.prepare(`SELECT count(*) AS n FROM customers c ${clause}`).get(params) as { n: number }
  ).n;
  const rows = ctx.sqlite
    .prepare(
      `SELECT c.id, c.number, c.name, c.email, c.tax_id AS taxId, c.billing_city AS city, c.billing_country AS country,
         c.currency, c.credit_limit AS creditLimit, c.segment, c.tags, c.archived
       FROM customers c ${clause} ORDER BY ${sortColumn[q.sort]} ${dir}, c.id ${dir} LIMIT @limit OFFSET @offset`,
    )
    .all(params) as (Omit<CustomerRow, 'tags' | 'archived'> & { tags: string; archived: number })[];
  return {
    total,
    rows: rows.map((r) => ({ ...r, tags: JSON.parse(r.tags) as string[], archived: r.archived === 1 })),
  };
}

export function listSegments(ctx: CompanyContext): string[] {
  return (
    ctx.sqlite
      .prepare("SELECT DISTINCT segment FROM customers WHERE segment <> '' ORDER BY segment COLLATE NOCASE")
      .all() as {
      segment: string;
    }[]
  ).map((r) => r.segment);
}
