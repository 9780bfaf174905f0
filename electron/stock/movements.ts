// Changing stock by hand: receipts, adjustments (with a reason) and counts; and reading a product's movements.
import type { Page, StockLevel, StockMovement } from '../../shared/contract';
import { OrdoError, fieldError } from '../../shared/errors';
import { formatQuantity, parseQuantity } from '../../shared/quantity';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { getProduct } from '../catalog/products';
import { getLevel, rawLevel } from './levels';

export interface MovementInput {
  productId: number;
  date: string;
  kind: 'receipt' | 'adjustment' | 'count' | 'shipment' | 'return';
  qty: number;
  reason: string;
  shipmentId?: number | null;
}

/** Appends one movement. Runs inside the caller's transaction. */
export function insertMovement(ctx: CompanyContext, m: MovementInput): void {
  stmt(
    ctx.sqlite,
    `INSERT INTO stock_movements (product_id, date, kind, qty, reason, shipment_id, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(m.productId, m.date, m.kind, m.qty, m.reason, m.shipmentId ?? null, ctx.nowIso(), ctx.user.id);
}

export function adjustStock(
  ctx: CompanyContext,
  input: {
    productId: number;
    kind: 'receipt' | 'adjustment' | 'count';
    quantity: string;
    date: string;
    reason: string;
  },
): StockLevel {
  return ctx.tx(() => {
    const product = getProduct(ctx, input.productId);
    if (!product.isStockTracked) {
      throw fieldError(
        'productId',
        `${product.name} is not stock-tracked; turn on stock tracking on the product first`,
      );
    }
    if (product.archived) throw fieldError('productId', `${product.name} is archived`);
    const { onHand } = rawLevel(ctx, input.productId);
    const quantity = parseQuantity(input.quantity);
    const change = input.kind === 'count' ? quantity - onHand : quantity;
    if (onHand + change < 0 && !product.allowNegativeStock) {
      throw new OrdoError(
        'INSUFFICIENT_STOCK',
        `${product.name} has ${formatQuantity(onHand)} ${product.unit} on hand; this would make it negative`,
        { fields: [{ path: 'quantity', message: 'Stock cannot go below zero for this product' }] },
      );
    }
    const reason = input.reason || (input.kind === 'count' ? 'Stock count' : 'Goods received');
    insertMovement(ctx, {
      productId: input.productId,
      date: input.date,
      kind: input.kind,
      qty: change,
      reason,
    });
    const after = getLevel(ctx, input.productId);
    recordAudit(ctx, {
      action: `stock.${input.kind}`,
      entity: 'product',
      entityId: input.productId,
      before: { onHand: formatQuantity(onHand) },
      after: { onHand: after.onHand, change: formatQuantity(change), reason, date: input.date },
    });
    return after;
  });
}

export function listMovements(
  ctx: CompanyContext,
  q: { productId: number; limit: number; offset: number },
): Page<StockMovement> {
  getProduct(ctx, q.productId);
  const total = (
    ctx.sqlite.prepare('SELECT count(*) AS n FROM stock_movements WHERE product_id = ?').get(q.productId) as {
      n: number;
    }
  ).n;
  const rows = ctx.sqlite
    .prepare(
      `SELECT m.id, m.date, m.kind, m.qty, m.reason, m.shipment_id AS shipmentId, s.number AS shipmentNumber,
         coalesce(u.name, '') AS createdBy, m.created_at AS createdAt,
         sum(m.qty) OVER (ORDER BY m.id ROWS UNBOUNDED PRECEDING) AS balance
       FROM stock_movements m LEFT JOIN shipments s ON s.id = m.shipment_id LEFT JOIN users u ON u.id = m.created_by
       WHERE m.product_id = ? ORDER BY m.id DESC LIMIT ? OFFSET ?`,
    )
    .all(q.productId, q.limit, q.offset) as (Omit<StockMovement, 'quantity' | 'balance'> & {
    qty: number;
    balance: number;
  })[];
  return {
    total,
    rows: rows.map(({ qty, balance, ...r }) => ({
      ...r,
      quantity: formatQuantity(qty),
      balance: formatQuantity(balance),
    })),
  };
}
