// Products: SKU, price, tax rate, barcode, stock tracking; search and archive.
import { z } from 'zod';
import { method } from './define';
import { decimalString, id, optionalText, paging, requiredText, sortDir, type Page } from './fields';

export interface Product {
  id: number;
  sku: string;
  name: string;
  description: string;
  unit: string;
  price: string;
  taxRateId: number | null;
  barcode: string;
  isStockTracked: boolean;
  allowNegativeStock: boolean;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ProductRow {
  id: number;
  sku: string;
  name: string;
  unit: string;
  price: string;
  taxRateId: number | null;
  taxRateName: string | null;
  barcode: string;
  isStockTracked: boolean;
  archived: boolean;
}

export const productInput = z.object({
  sku: z
    .string({ error: 'SKU must be text' })
    .trim()
    .min(1, 'SKU is required')
    .max(40, 'SKU must be at most 40 characters')
    .regex(/^[^\s]+$/, 'SKU cannot contain spaces'),
  name: requiredText('Name'),
  description: optionalText('Description', 2000),
  unit: requiredText('Unit', 20).default('pcs'),
  price: decimalString('Price', { scale: 6, max: 999_999_999 }),
  taxRateId: id.nullable().default(null),
  barcode: z
    .string()
    .trim()
    .max(64, 'Barcode must be at most 64 characters')
    .regex(/^[0-9A-Za-z\-. ]*$/, 'Barcode may contain letters, digits, dashes and dots')
    .default(''),
  isStockTracked: z.boolean().default(true),
  /** Allow shipping more than is on hand (stock goes negative). Refused by default. */
  allowNegativeStock: z.boolean().default(false),
});
export type ProductInput = z.input<typeof productInput>;

export const productSortFields = ['name', 'sku', 'price', 'createdAt'] as const;

export const productsContract = {
  'products.create': method(productInput).returns<Product>(),
  'products.update': method(z.object({ id, product: productInput })).returns<Product>(),
  'products.get': method(z.object({ id })).returns<Product>(),
  'products.list': method(
    z
      .object({
        search: z.string().trim().max(100, 'Search is at most 100 characters').default(''),
        status: z.enum(['active', 'archived', 'all']).default('active'),
        taxRateId: id.optional(),
        stockTracked: z.boolean().optional(),
        sort: z.enum(productSortFields).default('name'),
        dir: sortDir,
        ...paging,
      })
      .default({ search: '', status: 'active', sort: 'name', dir: 'asc', limit: 50, offset: 0 }),
  ).returns<Page<ProductRow>>(),
  'products.archive': method(z.object({ id, archived: z.boolean().default(true) })).returns<Product>(),
};
