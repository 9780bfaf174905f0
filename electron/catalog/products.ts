// Products: the catalogue record (SKU, price as a decimal, tax rate, barcode, stock tracking), list and search.
import type { z } from 'zod';
import type { Page, Product, ProductRow } from '../../shared/contract';
import type { productInput, productSortFields } from '../../shared/contract/products';
import { OrdoError, fieldError } from '../../shared/errors';
import { canonicalDecimal } from '../../shared/money';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { textSearch } from '../search/ftsQuery';

export type ParsedProduct = z.output<typeof productInput>;

const select = `SELECT id, sku, name, description, unit, price, tax_rate_id AS taxRateId, barcode,
  is_stock_tracked AS isStockTracked, allow_negative_stock AS allowNegativeStock, archived, created_at AS createdAt, updated_at AS updatedAt FROM products`;

type Row = Omit<Product, 'isStockTracked' | 'allowNegativeStock' | 'archived'> & {
  isStockTracked: number;
  allowNegativeStock: number;
  archived: number;
};
const toProduct = (r: Row): Product => ({
  ...r,
  isStockTracked: r.isStockTracked === 1,
  allowNegativeStock: r.allowNegativeStock === 1,
  archived: r.archived === 1,
});

export function getProduct(ctx: CompanyContext, id: number): Product {
  const row = stmt(ctx.sqlite, `${select} WHERE id = ?`).get(id) as Row | undefined;
  if (!row)
    throw new OrdoError('NOT_FOUND', 'That product does not exist', {
      fields: [{ path: 'id', message: 'Unknown product' }],
    });
  return toProduct(row);
}

function check(ctx: CompanyContext, p: ParsedProduct, before?: Product): void {
  const exceptId = before?.id;
  const sku = stmt(ctx.sqlite, 'SELECT id FROM products WHERE sku = ? COLLATE NOCASE').get(p.sku) as
    { id: number } | undefined;
  if (sku && sku.id !== exceptId)
    throw new OrdoError('CONFLICT', `SKU ${p.sku} is already used by another product`, {
      fields: [{ path: 'sku', message: 'This SKU is already used' }],
    });
  if (p.barcode !== '') {
    const code = stmt(ctx.sqlite, 'SELECT id FROM products WHERE barcode = ?').get(p.barcode) as
      { id: number } | undefined;
    if (code && code.id !== exceptId)
      throw new OrdoError('CONFLICT', `Barcode ${p.barcode} is already used by another product`, {
        fields: [{ path: 'barcode', message: 'This barcode is already used' }],
      });
  }
  // An archived rate stays valid on products that already use it; it only cannot be chosen anew.
  if (p.taxRateId !== null && p.taxRateId !== before?.taxRateId) {
    const rate = stmt(ctx.sqlite, 'SELECT archived FROM tax_rates WHERE id = ?').get(p.taxRateId) as
      { archived: number } | undefined;
    if (!rate)
      throw new OrdoError('NOT_FOUND', 'That tax rate does not exist', {
        fields: [{ path: 'taxRateId', message: 'Unknown tax rate' }],
      });
    if (rate.archived) throw fieldError('taxRateId', 'This tax rate is archived; choose another');
  }
}

const params = (p: ParsedProduct) => ({
  sku: p.sku,
  name: p.name,
  description: p.description,
  unit: p.unit,
  price: canonicalDecimal(p.price),
  taxRateId: p.taxRateId,
  barcode: p.barcode,
  tracked: p.isStockTracked ? 1 : 0,
  negative: p.allowNegativeStock ? 1 : 0,
});

/** Inserts without a transaction or audit row: for create, the demo and bulk generation. */
export function insertProduct(ctx: CompanyContext, p: ParsedProduct): number {
  const now = ctx.nowIso();
  return Number(
    stmt(
      ctx.sqlite,
      `INSERT INTO products (sku, name, description, unit, price, tax_rate_id, barcode, is_stock_tracked, allow_negative_stock, archived, created_at, updated_at)
       VALUES (@sku, @name, @description, @unit, @price, @taxRateId, @barcode, @tracked, @negative, 0, @now, @now)`,
    ).run({ ...params(p), now }).lastInsertRowid,
  );
}

export function createProduct(ctx: CompanyContext, p: ParsedProduct): Product {
  return ctx.tx(() => {
    check(ctx, p);
    const id = insertProduct(ctx, p);
    const after = getProduct(ctx, id);
    recordAudit(ctx, { action: 'products.create', entity: 'product', entityId: id, after });
    return after;
  });
}

export function updateProduct(ctx: CompanyContext, id: number, p: ParsedProduct): Product {
  return ctx.tx(() => {
    const before = getProduct(ctx, id);
    check(ctx, p, before);
    if (before.isStockTracked && !p.isStockTracked) {
      const reserved = (
        stmt(
          ctx.sqlite,
          'SELECT coalesce(sum(qty), 0) AS n FROM stock_reservations WHERE product_id = ?',
        ).get(id) as { n: number }
      ).n;
      if (reserved !== 0) {
        throw fieldError(
          'isStockTracked',
          'Open orders have this product reserved; ship or cancel them before turning stock tracking off',
        );
      }
    }
    stmt(
      ctx.sqlite,
      `UPDATE products SET sku = @sku, name = @name, description = @description, unit = @unit, price = @price,
         tax_rate_id = @taxRateId, barcode = @barcode, is_stock_tracked = @tracked, allow_negative_stock = @negative, updated_at = @now WHERE id = @id`,
    ).run({ ...params(p), now: ctx.nowIso(), id });
    const after = getProduct(ctx, id);
    recordAudit(ctx, { action: 'products.update', entity: 'product', entityId: id, before, after });
    return after;
  });
}

export function archiveProduct(ctx: CompanyContext, id: number, archived: boolean): Product {
  return ctx.tx(() => {
    const before = getProduct(ctx, id);
    stmt(ctx.sqlite, 'UPDATE products SET archived = ?, updated_at = ? WHERE id = ?').run(
      archived ? 1 : 0,
      ctx.nowIso(),
      id,
    );
    const after = getProduct(ctx, id);
    recordAudit(ctx, {
      action: archived ? 'products.archive' : 'products.restore',
      entity: 'product',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export interface ProductListQuery {
  search: string;
  status: 'active' | 'archived' | 'all';
  taxRateId?: number;
  stockTracked?: boolean;
  sort: (typeof productSortFields)[number];
  dir: 'asc' | 'desc';
  limit: number;
  offset: number;
}

const sortColumn: Record<ProductListQuery['sort'], string> = {
  name: 'p.name COLLATE NOCASE',
  sku: 'p.sku COLLATE NOCASE',
  price: 'CAST(p.price AS NUMERIC)',
  createdAt: 'p.created_at',
};

export function listProducts(ctx: CompanyContext, q: ProductListQuery): Page<ProductRow> {
  const where: string[] = [];
  const args: Record<string, unknown> = { limit: q.limit, offset: q.offset };
  if (q.status !== 'all') where.push(`p.archived = ${q.status === 'archived' ? 1 : 0}`);
  if (q.taxRateId !== undefined) {
    where.push('p.tax_rate_id = @taxRateId');
    args.taxRateId = q.taxRateId;
  }
  if (q.stockTracked !== undefined) where.push(`p.is_stock_tracked = ${q.stockTracked ? 1 : 0}`);
  const search = textSearch(q.search);
  if (search.kind === 'fts') {
    where.push('p.id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH @match)');
    args.match = search.match;
  } else if (search.kind === 'prefix') {
    where.push(
      "(p.sku LIKE @like ESCAPE '\\' OR p.name LIKE @like ESCAPE '\\' OR p.barcode LIKE @like ESCAPE '\\')",
    );
    args.like = search.like;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const dir = q.dir === 'desc' ? 'DESC' : 'ASC';
  const total = (
    ctx.sqlite.prepare(`SELECT count(*) AS n FROM products p ${clause}`).get(args) as { n: number }
  ).n;
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.id, p.sku, p.name, p.unit, p.price, p.tax_rate_id AS taxRateId, t.name AS taxRateName, p.barcode,
         p.is_stock_tracked AS isStockTracked, p.archived
       FROM products p LEFT JOIN tax_rates t ON t.id = p.tax_rate_id ${clause}
       ORDER BY ${sortColumn[q.sort]} ${dir}, p.id ${dir} LIMIT @limit OFFSET @offset`,
    )
    .all(args) as (Omit<ProductRow, 'isStockTracked' | 'archived'> & {
    isStockTracked: number;
    archived: number;
  })[];
  return {
    total,
    rows: rows.map((r) => ({ ...r, isStockTracked: r.isStockTracked === 1, archived: r.archived === 1 })),
  };
}
