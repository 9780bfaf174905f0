// Stock: levels per product (on hand, reserved, available) and the movement log (receipts, adjustments, counts).
import { z } from 'zod';
import { method } from './define';
import { decimalString, id, isoDate, optionalText, paging, type Page } from './fields';

export interface StockLevel {
  productId: number;
  sku: string;
  name: string;
  unit: string;
  isStockTracked: boolean;
  allowNegativeStock: boolean;
  onHand: string;
  reserved: string;
  available: string;
}

export interface StockMovement {
  id: number;
  date: string;
  kind: 'receipt' | 'adjustment' | 'count' | 'shipment' | 'return';
  quantity: string;
  balance: string;
  reason: string;
  shipmentId: number | null;
  shipmentNumber: string | null;
  createdBy: string;
  createdAt: string;
}

export const stockContract = {
  'stock.levels': method(
    z
      .object({
        search: z.string().trim().max(100).default(''),
        productIds: z.array(id).max(500).optional(),
        filter: z.enum(['all', 'available', 'short', 'negative']).default('all'),
        ...paging,
      })
      .default({ search: '', filter: 'all', limit: 50, offset: 0 }),
  ).returns<Page<StockLevel>>(),
  'stock.adjust': method(
    z
      .object({
        productId: id,
        kind: z.enum(['receipt', 'adjustment', 'count']),
        /** receipt: quantity received (> 0); adjustment: signed change; count: the quantity counted (≥ 0). */
        quantity: decimalString('Quantity', { scale: 4, max: 999_999_999, allowNegative: true }),
        date: isoDate,
        reason: optionalText('Reason', 200),
      })
      .superRefine((a, ctx) => {
        const negative = a.quantity.startsWith('-');
        const zero = !/[1-9]/.test(a.quantity);
        if (a.kind === 'receipt' && (negative || zero)) {
          ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'A receipt adds more than 0' });
        }
        if (a.kind === 'count' && negative) {
          ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'A count cannot be negative' });
        }
        if (a.kind === 'adjustment' && zero) {
          ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'An adjustment changes the stock' });
        }
        if (a.kind === 'adjustment' && a.reason === '') {
          ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why the stock is adjusted' });
        }
      }),
  ).returns<StockLevel>(),
  'stock.movements': method(z.object({ productId: id, ...paging })).returns<Page<StockMovement>>(),
};
