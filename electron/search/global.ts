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
  const documents = documentHits(ctx, query.trim());
  const seen = new Set<string>();
  return [...exact, ...documents, ...customers, ...products]
    .filter((hit) => {
      const key = `${hit.kind}:${hit.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}

/**
 * Orders and quotes by number or customer reference, shipments by number or tracking number, invoices, credit notes
 * and payments by number (prefix match).
 */
function documentHits(ctx: CompanyContext, term: string): SearchHit[] {
  const like = `${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // Each order branch takes its newest five from its own NOCASE index (a LIKE prefix seeks there), so a rare term
  // reads a few index entries and a one-letter prefix that matches most orders never joins or sorts them all.
  const orders = ctx.sqlite
    .prepare(
      `SELECT 'order' AS kind, o.id, coalesce(o.number, CASE o.kind WHEN 'quote' THEN 'Quote' ELSE 'Draft order' END) AS title,
         c.name || CASE WHEN o.customer_reference <> '' THEN ' · ' || o.customer_reference ELSE '' END AS subtitle
       FROM orders o JOIN customers c ON c.id = o.customer_id
       WHERE o.id IN (
         SELECT id FROM (SELECT id FROM orders WHERE number LIKE @like ESCAPE '\\' ORDER BY id DESC LIMIT 5)
         UNION ALL
         SELECT id FROM (SELECT id FROM orders WHERE customer_reference LIKE @like ESCAPE '\\' ORDER BY id DESC LIMIT 5))
       ORDER BY o.id DESC LIMIT 5`,
    )
    .all({ like }) as SearchHit[];
  const shipments = ctx.sqlite
    .prepare(
      `SELECT 'shipment' AS kind, s.id, s.number AS title,
         c.name || CASE WHEN s.tracking_number <> '' THEN ' · ' || s.tracking_number ELSE '' END AS subtitle
       FROM shipments s JOIN orders o ON o.id = s.order_id JOIN customers c ON c.id = o.customer_id
       WHERE s.number LIKE @like ESCAPE '\\' OR s.tracking_number LIKE @like ESCAPE '\\'
       ORDER BY s.id DESC LIMIT 5`,
    )
    .all({ like }) as SearchHit[];
  // Posted numbers are upper case: a range on each unique number index finds a prefix without a scan.
  const upper = term.toUpperCase();
  const range = { lo: upper, hi: `${upper}\u{10FFFF}` };
  const receivables = ctx.sqlite
    .prepare(
      `SELECT * FROM (SELECT 'invoice' AS kind, i.id, i.number AS title, c.name AS subtitle
         FROM invoices i JOIN customers c ON c.id = i.customer_id
         WHERE i.number >= @lo AND i.number < @hi ORDER BY i.number DESC LIMIT 5)
       UNION ALL
       SELECT * FROM (SELECT 'credit_note', n.id, n.number, c.name FROM credit_notes n JOIN customers c ON c.id = n.customer_id
         WHERE n.number >= @lo AND n.number < @hi ORDER BY n.number DESC LIMIT 5)
       UNION ALL
       SELECT * FROM (SELECT 'payment', p.id, p.number,
           c.name || CASE WHEN p.reference <> '' THEN ' · ' || p.reference ELSE '' END
         FROM payments p JOIN customers c ON c.id = p.customer_id
         WHERE p.number >= @lo AND p.number < @hi ORDER BY p.number DESC LIMIT 5)`,
    )
    .all(range) as SearchHit[];
  return [...orders, ...shipments, ...receivables];
}
