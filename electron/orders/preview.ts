// What the order editor shows while typing: prices, totals per tax rate and stock availability, computed by
// main from the same code that saves the order — nothing is written.
import type { OrderPreview } from '../../shared/contract';
import type { CompanyContext } from '../context';
import { creditWarning } from '../credit/exposure';
import { availabilityOf } from './read';
import { resolveOrder, type ParsedOrder } from './resolve';

export function previewOrder(ctx: CompanyContext, input: ParsedOrder): OrderPreview {
  const r = resolveOrder(ctx, input);
  return {
    currency: r.currency,
    lines: r.lines.map((l) => ({
      net: l.net,
      tax: l.tax,
      gross: l.gross,
      unitPrice: l.unitPrice,
      taxRateId: l.taxRateId,
      availability: l.productId !== null && l.isStockTracked ? availabilityOf(ctx, l.productId) : null,
    })),
    totals: r.totals,
    creditWarning: creditWarning(ctx, r.customerId, r.totals.total, null),
  };
}
