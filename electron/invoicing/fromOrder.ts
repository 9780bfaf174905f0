// A draft invoice from an order: what was shipped and not yet billed, open services and fees, and the
// deduction of posted deposit invoices not yet deducted. Priced and taxed as on the order.
import type { Invoice } from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import { minorToDecimalString } from '../../shared/money';
import { formatQuantity } from '../../shared/quantity';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { orderLines, orderRow } from '../orders/read';
import { createInvoice } from './drafts';
import { withFieldRenamed } from '../fieldPaths';
import { billableQty, discountInvoiced, invoicedQty } from './orderQuantities';
import type { ParsedInvoice } from './resolve';

type Line = ParsedInvoice['lines'][number];

function depositDeductions(ctx: CompanyContext, orderId: number, currency: string): Line[] {
  const lines = stmt(
    ctx.sqlite,
    `SELECT i.id AS invoiceId, i.number, l.tax_rate_id AS taxRateId, sum(l.net) AS net
     FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
     WHERE i.order_id = ? AND i.is_deposit = 1 AND i.posted_at IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM invoice_lines d WHERE d.deposit_invoice_id = i.id)
       AND NOT EXISTS (SELECT 1 FROM credit_notes c WHERE c.invoice_id = i.id AND c.posted_at IS NOT NULL)
     GROUP BY i.id, l.tax_rate_id ORDER BY i.id`,
  ).all(orderId) as { invoiceId: number; number: string; taxRateId: number | null; net: number }[];
  return lines
    .filter((d) => d.net > 0)
    .map((d) => ({
      kind: 'deposit' as const,
      productId: null,
      orderLineId: null,
      depositInvoiceId: d.invoiceId,
      description: `Deposit invoiced on ${d.number}`,
      quantity: '1',
      unit: '',
      unitPrice: minorToDecimalString(d.net, currency),
      discountPercent: null,
      discountAmount: null,
      taxRateId: d.taxRateId,
      feeKind: null,
      accountId: null,
    }));
}

export function createInvoiceFromOrder(ctx: CompanyContext, orderId: number, invoiceDate: string): Invoice {
  const order = withFieldRenamed('id', 'orderId', () => orderRow(ctx, orderId));
  if (order.kind !== 'order' || order.isConfirmed !== 1) {
    throw new OrdoError('VALIDATION', 'Only a confirmed order can be invoiced', {
      fields: [{ path: 'orderId', message: 'Not a confirmed order' }],
    });
  }
  const lines: Line[] = [];
  for (const l of orderLines(ctx, orderId)) {
    const billed = invoicedQty(ctx, l.id, true);
    const toBill = billableQty(ctx, l.id) - billed;
    if (toBill <= 0) continue;
    // A discount amount belongs to the whole ordered quantity: this invoice takes the share of everything
    // billed so far less what earlier invoices took, so the parts add up to the whole once all is billed
    // (flooring each part's own share lost a unit on every partial invoice).
    const discountAmount =
      l.discountAmount === null
        ? null
        : Math.max(
            0,
            Math.floor((l.discountAmount * (billed + toBill)) / l.qty) - discountInvoiced(ctx, l.id),
          );
    lines.push({
      kind: l.kind,
      productId: l.productId,
      orderLineId: l.id,
      depositInvoiceId: null,
      description: l.description,
      quantity: formatQuantity(toBill),
      unit: l.unit,
      unitPrice: l.unitPrice,
      discountPercent: l.discountPercent,
      discountAmount,
      taxRateId: l.taxRateId,
      feeKind: l.feeKind,
      accountId: null,
    });
  }
  if (lines.length === 0) {
    throw new OrdoError('VALIDATION', 'Nothing on this order is waiting to be invoiced', {
      fields: [{ path: 'orderId', message: 'Nothing left to invoice' }],
    });
  }
  lines.push(...depositDeductions(ctx, orderId, order.currency));
  return createInvoice(ctx, {
    customerId: order.customerId,
    orderId,
    isDeposit: false,
    invoiceDate,
    installments: [],
    pricesIncludeTax: false,
    discountPercent: null,
    customerReference: order.customerReference,
    notes: '',
    billingAddress: JSON.parse(order.billingAddress) as ParsedInvoice['billingAddress'],
    lines,
  });
}
