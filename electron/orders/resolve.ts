// Turns an order input into priced lines and totals: defaults from the customer and the catalogue, tax rates
// looked up, totals by the shared document code (the same code invoicing uses). Nothing from the renderer is trusted.
import type { z } from 'zod';
import type { Address, OrderTotals } from '../../shared/contract';
import type { orderInput } from '../../shared/contract/orders';
import { computeTotals, type DocumentTotals } from '../../shared/documents/totals';
import { OrdoError } from '../../shared/errors';
import { parseQuantity } from '../../shared/quantity';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { getCustomer } from '../customers/store';
import { getCompanySettings } from '../settings/company';

export type ParsedOrder = z.output<typeof orderInput>;
export type ParsedLine = ParsedOrder['lines'][number];

export interface ResolvedLine {
  kind: ParsedLine['kind'];
  productId: number | null;
  sku: string | null;
  isStockTracked: boolean;
  description: string;
  qty: number;
  unit: string;
  unitPrice: string;
  discountPercent: string | null;
  discountAmount: number | null;
  taxRateId: number | null;
  taxPercent: string;
  feeKind: ParsedLine['feeKind'];
  net: number;
  tax: number;
  gross: number;
}

export interface ResolvedOrder {
  customerId: number;
  currency: string;
  billingAddress: Address;
  shippingAddress: Address;
  lines: ResolvedLine[];
  totals: OrderTotals;
}

const fail = (path: string, message: string, code: 'VALIDATION' | 'NOT_FOUND' = 'VALIDATION') =>
  new OrdoError(code, message, { fields: [{ path, message }] });

interface ProductRow {
  sku: string;
  name: string;
  unit: string;
  price: string;
  taxRateId: number | null;
  isStockTracked: number;
  archived: number;
}

function taxPercentOf(
  ctx: CompanyContext,
  taxRateId: number | null,
  path: string,
  allowArchived: boolean,
): string {
  if (taxRateId === null) return '0';
  const rate = stmt(ctx.sqlite, 'SELECT rate_percent AS p, archived FROM tax_rates WHERE id = ?').get(
    taxRateId,
  ) as { p: string; archived: number } | undefined;
  if (!rate) throw fail(path, 'Unknown tax rate', 'NOT_FOUND');
  if (rate.archived && !allowArchived) throw fail(path, 'This tax rate is archived; choose another');
  return rate.p;
}

/** Resolves one line; `previous` is the stored line being edited (its product and rate may stay archived). */
function resolveLine(
  ctx: CompanyContext,
  l: ParsedLine,
  i: number,
  previous?: { productId: number | null; taxRateId: number | null },
) {
  const path = (field: string) => `lines.${i}.${field}`;
  let product: ProductRow | undefined;
  if (l.kind === 'product') {
    product = stmt(
      ctx.sqlite,
      `SELECT sku, name, unit, price, tax_rate_id AS taxRateId, is_stock_tracked AS isStockTracked, archived
       FROM products WHERE id = ?`,
    ).get(l.productId) as ProductRow | undefined;
    if (!product) throw fail(path('productId'), 'Unknown product', 'NOT_FOUND');
    if (product.archived && previous?.productId !== l.productId)
      throw fail(path('productId'), `${product.name} is archived`);
  }
  const taxRateId = l.taxRateId === undefined ? (product?.taxRateId ?? null) : l.taxRateId;
  const keepsRate = previous !== undefined && previous.taxRateId === taxRateId;
  return {
    kind: l.kind,
    productId: l.kind === 'product' ? l.productId : null,
    sku: product?.sku ?? null,
    isStockTracked: product?.isStockTracked === 1,
    description: l.description || product?.name || '',
    qty: parseQuantity(l.quantity),
    unit: l.unit || product?.unit || '',
    unitPrice: l.unitPrice ?? product?.price ?? '0',
    discountPercent: l.discountPercent,
    discountAmount: l.discountAmount,
    taxRateId,
    taxPercent: taxPercentOf(ctx, taxRateId, path('taxRateId'), keepsRate || l.taxRateId === undefined),
    feeKind: l.kind === 'fee' ? l.feeKind : null,
  };
}

function taxNames(ctx: CompanyContext, totals: DocumentTotals): OrderTotals['taxes'] {
  return totals.taxes.map((t) => {
    const name =
      t.taxRateId === null
        ? 'No tax'
        : ((
            stmt(ctx.sqlite, 'SELECT name FROM tax_rates WHERE id = ?').get(t.taxRateId) as
              { name: string } | undefined
          )?.name ?? '');
    return { taxRateId: t.taxRateId, name, taxPercent: t.taxPercent, base: t.base, tax: t.tax };
  });
}

export function resolveOrder(
  ctx: CompanyContext,
  input: ParsedOrder,
  previousLines: ({ productId: number | null; taxRateId: number | null } | undefined)[] = [],
  /** A confirmed order keeps the currency it was confirmed in, even if the customer's has changed since. */
  orderCurrency?: string,
): ResolvedOrder {
  const customer = getCustomer(ctx, input.customerId);
  const currency = orderCurrency ?? customer.currency;
  const settings = getCompanySettings(ctx);
  const lines = input.lines.map((l, i) => resolveLine(ctx, l, i, previousLines[i]));
  let totals: DocumentTotals;
  try {
    totals = computeTotals(
      lines.map((l) => ({ ...l, quantity: l.qty })),
      {
        currency,
        roundingMode: settings.roundingMode,
        taxRounding: settings.taxRounding,
        pricesIncludeTax: false,
      },
    );
  } catch (error) {
    // computeTotals reports bad lines with their field path; a sum too large to hold exactly is a RangeError.
    if (error instanceof OrdoError) throw error;
    throw new OrdoError('VALIDATION', 'The order is too large to total exactly', {
      fields: [{ path: 'lines', message: 'Amounts too large' }],
    });
  }
  return {
    customerId: customer.id,
    currency,
    billingAddress: input.billingAddress ?? customer.billingAddress,
    shippingAddress: input.shippingAddress ?? customer.shippingAddress,
    lines: lines.map((l, i) => {
      const t = totals.lines[i]!;
      return { ...l, net: t.net, tax: t.tax, gross: t.gross };
    }),
    totals: {
      net: totals.net,
      discount: totals.discount,
      fees: totals.fees,
      taxes: taxNames(ctx, totals),
      tax: totals.tax,
      total: totals.total,
    },
  };
}
