// Stock levels per product, derived from the append-only logs: on hand = Σ movements, reserved = Σ reservations.
import type { Page, StockLevel } from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import { formatQuantity } from '../../shared/quantity';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { textSearch } from '../search/ftsQuery';

export interface RawLevel {
  onHand: number;
  reserved: number;
}

const sums = `coalesce((SELECT sum(m.qty) FROM stock_movements m WHERE m.product_id = p.id), 0) AS onHand,
  coalesce((SELECT sum(r.qty) FROM stock_reservations r WHERE r.product_id = p.id), 0) AS reserved`;

/** On hand and reserved (e4) of one product. */
export function rawLevel(ctx: CompanyContext, productId: number): RawLevel {
  return stmt(
    ctx.sqlite,
    `SELECT coalesce((SELECT sum(qty) FROM stock_movements WHERE product_id = @id), 0) AS onHand,
            coalesce((SELECT sum(qty) FROM stock_reservations WHERE product_id = @id), 0) AS reserved`,
  ).get({ id: productId }) as RawLevel;
}

interface LevelRow {
  productId: number;
  sku: string;
  name: string;
  unit: string;
  isStockTracked: number;
  allowNegativeStock: number;
  onHand: number;
  reserved: number;
}

const toLevel = (r: LevelRow): StockLevel => ({
  productId: r.productId,
  sku: r.sku,
  name: r.name,
  unit: r.unit,
  isStockTracked: r.isStockTracked === 1,
  allowNegativeStock: r.allowNegativeStock === 1,
  onHand: formatQuantity(r.onHand),
  reserved: formatQuantity(r.reserved),
  available: formatQuantity(r.onHand - r.reserved),
});

const columns = `p.id AS productId, p.sku, p.name, p.unit, p.is_stock_tracked AS isStockTracked,
  p.allow_negative_stock AS allowNegativeStock, ${sums}`;

export function getLevel(ctx: CompanyContext, productId: number): StockLevel {
  const row = stmt(ctx.sqlite, `SELECT ${columns} FROM products p WHERE p.id = ?`).get(productId) as
    LevelRow | undefined;
  if (!row)
    throw new OrdoError('NOT_FOUND', 'That product does not exist', {
      fields: [{ path: 'productId', message: 'Unknown product' }],
    });
  return toLevel(row);
}

const filters: Record<'all' | 'available' | 'short' | 'negative', string> = {
  all: '',
  available: 'onHand - reserved > 0',
  short: 'onHand - reserved < 0',
  negative: 'onHand < 0',
};

export function listLevels(
  ctx: CompanyContext,
  q: {
    search: string;
    productIds?: number[] | undefined;
    filter: keyof typeof filters;
    limit: number;
    offset: number;
  },
): Page<StockLevel> {
  const where = ['p.archived = 0', 'p.is_stock_tracked = 1'];
  const params: Record<string, unknown> = { limit: q.limit, offset: q.offset };
  if (q.productIds) {
    where.push(`p.id IN (${q.productIds.map((id) => Number(id)).join(',') || 'NULL'})`);
  }
  const search = textSearch(q.search);
  if (search.kind === 'fts') {
    where.push('p.id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH @match)');
    params.match = search.match;
  } else if (search.kind === 'prefix') {
    where.push("(p.sku LIKE @like ESCAPE '\\' OR p.name LIKE @like ESCAPE '\\')");
    params.like = search.like;
  }
  const inner = `SELECT ${columns} FROM products p WHERE ${where.join(' AND ')}`;
  const outer = filters[q.filter] ? `WHERE ${filters[q.filter]}` : '';
  const total = (
    ctx.sqlite.prepare(`SELECT count(*) AS n FROM (${inner}) ${outer}`).get(params) as { n: number }
  ).n;
  const rows = ctx.sqlite
    .prepare(
      `SELECT * FROM (${inner}) ${outer} ORDER BY name COLLATE NOCASE, productId LIMIT @limit OFFSET @offset`,
    )
    .all(params) as LevelRow[];
  return { total, rows: rows.map(toLevel) };
}
