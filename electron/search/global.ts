// Ctrl/Cmd+K: one box that finds customers (name, e-mail, tax id, number) and products (SKU, barcode, name).
import type { SearchHit } from '../../shared/contract';
import type { CompanyContext } from '../context';
import { textSearch } from './ftsQuery';

export function globalSearch(ctx: CompanyContext, query: string, limit: number): SearchHit[] {
  const search = textSearch(query);
  if (search.kind === 'none') return [];
  const exact = ctx.sqlite
    .prepare(
      `SELECT 'product' AS kind, id, name AS title, sku || CASE WHEN barcode <> '' THEN ' · ' || barcode ELSE '' END AS subtitle
       FROM products WHERE (sku = @q COLLATE NOCASE OR barcode = @q) AND archived = 0 LIMIT 5`,
    )
    .all({ q: query.trim() }) as SearchHit[];
  const [customerFilter, productFilter] =
    search.kind === 'fts'
      ? [
          'id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH @m)',
          'id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH @m)',
        ]
      : [
          "(name LIKE @m ESCAPE '\\' OR number LIKE @m ESCAPE '\\' OR email LIKE @m ESCAPE '\\')",
          "(sku LIKE @m ESCAPE '\\' OR name LIKE @m ESCAPE '\\')",
        ];
  const m = search.kind === 'fts' ? search.match : search.like;
  const customers = ctx.sqlite
    .prepare(
      `SELECT 'customer' AS kind, id, name AS title, number || CASE WHEN email <> '' THEN ' · ' || email ELSE '' END AS subtitle
       FROM customers WHERE ${customerFilter} AND archived = 0 ORDER BY name COLLATE NOCASE LIMIT @limit`,
    )
    .all({ m, limit }) as SearchHit[];
  const products = ctx.sqlite
    .prepare(
      `SELECT 'product' AS kind, id, name AS title, sku AS subtitle
       FROM products WHERE ${productFilter} AND archived = 0 ORDER BY name COLLATE NOCASE LIMIT @limit`,
    )
    .all({ m, limit }) as SearchHit[];
  const seen = new Set<string>();
  return [...exact, ...customers, ...products]
    .filter((hit) => {
      const key = `${hit.kind}:${hit.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}
