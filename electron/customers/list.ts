// The customer list: search (name, e-mail, tax id, number), filters, sort and paging, all in SQL.
import type { CustomerRow, Page } from '../../shared/contract';
import type { customerSortFields } from '../../shared/contract/customers';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
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

/** Up to this many full-text hits, reading and sorting the hits is cheaper than walking the sort index. */
const FEW_HITS = 2_000;

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
    params.match = search.match;
  } else if (search.kind === 'prefix') {
    // One or two characters are typed to jump by name (like a phone book): the name index answers that at once,
    // while matching e-mail or tax id prefixes would read every customer. Longer terms search all fields.
    where.push("c.name LIKE @like ESCAPE '\\'");
    params.like = search.like;
  }
  const whereAll = (extra: string[]) => {
    const all = [...where, ...extra];
    return all.length ? `WHERE ${all.join(' AND ')}` : '';
  };
  // Two ways to the same rows for a full-text search: from the hits (cost grows with the hits; sorts them all),
  // or along the sort index, probing each customer against the hits (stops at the page; best when hits are many).
  const fromHits = `customers_fts JOIN customers c ON c.id = customers_fts.rowid ${whereAll(['customers_fts MATCH @match'])}`;
  const fromTable = `customers c ${whereAll(search.kind === 'fts' ? ['c.id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH @match)'] : [])}`;
  const dir = q.dir === 'desc' ? 'DESC' : 'ASC';
  const total = (
    stmt(ctx.sqlite, `SELECT count(*) AS n FROM ${search.kind === 'fts' ? fromHits : fromTable}`).get(
      params,
    ) as { n: number }
  ).n;
  const rows = stmt(
    ctx.sqlite,
    `SELECT c.id, c.number, c.name, c.email, c.tax_id AS taxId, c.billing_city AS city, c.billing_country AS country,
       c.currency, c.credit_limit AS creditLimit, c.segment, c.tags, c.archived
     FROM ${search.kind === 'fts' && total <= FEW_HITS ? fromHits : fromTable}
     ORDER BY ${sortColumn[q.sort]} ${dir}, c.id ${dir} LIMIT @limit OFFSET @offset`,
  ).all(params) as (Omit<CustomerRow, 'tags' | 'archived'> & { tags: string; archived: number })[];
  return {
    total,
    rows: rows.map((r) => ({ ...r, tags: JSON.parse(r.tags) as string[], archived: r.archived === 1 })),
  };
}

export function listSegments(ctx: CompanyContext): string[] {
  // "Retail" and "retail" are one segment (the filter ignores case too): list each once, as first written.
  return (
    ctx.sqlite
      .prepare(
        "SELECT min(segment) AS segment FROM customers WHERE segment <> '' GROUP BY segment COLLATE NOCASE ORDER BY segment COLLATE NOCASE",
      )
      .all() as { segment: string }[]
  ).map((r) => r.segment);
}
