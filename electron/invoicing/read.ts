// Reading an invoice as the screens show it: lines, totals per tax rate, due dates, settlements and credit
// notes, derived status (as of today) and the dispute flag.
import type { Address, Invoice, InvoiceLine, Settlement } from '../../shared/contract';
import { todayIn } from '../../shared/dates';
import { compareTaxTotals } from '../../shared/documents/totals';
import { OrdoError } from '../../shared/errors';
import { invoiceStatus, type InvoiceStatus } from '../../shared/invoicing/openAmount';
import { formatQuantity } from '../../shared/quantity';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';

export interface InvoiceRowDb {
  id: number;
  number: string | null;
  customerId: number;
  customerName: string;
  orderId: number | null;
  orderNumber: string | null;
  isDeposit: number;
  invoiceDate: string;
  dueDate: string;
  paymentTermsId: number | null;
  earlyDiscountPercent: string | null;
  earlyDiscountDeadline: string | null;
  installmentPlan: string | null;
  currency: string;
  fxRate: string;
  pricesIncludeTax: number;
  discountPercent: string | null;
  customerReference: string;
  notes: string;
  billingAddress: string;
  net: number;
  tax: number;
  discount: number;
  fees: number;
  cashRounding: number;
  total: number;
  arBase: number | null;
  journalEntryId: number | null;
  postedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function invoiceRow(ctx: CompanyContext, id: number): InvoiceRowDb {
  const row = stmt(
    ctx.sqlite,
    `SELECT i.id, i.number, i.customer_id AS customerId, c.name AS customerName, i.order_id AS orderId,
       o.number AS orderNumber, i.is_deposit AS isDeposit, i.invoice_date AS invoiceDate, i.due_date AS dueDate,
       i.payment_terms_id AS paymentTermsId, i.early_discount_percent AS earlyDiscountPercent,
       i.early_discount_deadline AS earlyDiscountDeadline, i.installment_plan AS installmentPlan, i.currency, i.fx_rate AS fxRate,
       i.prices_include_tax AS pricesIncludeTax, i.discount_percent AS discountPercent,
       i.customer_reference AS customerReference, i.notes, i.billing_address AS billingAddress, i.net, i.tax,
       i.discount, i.fees, i.cash_rounding AS cashRounding, i.total, i.ar_base AS arBase,
       i.journal_entry_id AS journalEntryId, i.posted_at AS postedAt, i.created_at AS createdAt, i.updated_at AS updatedAt
     FROM invoices i JOIN customers c ON c.id = i.customer_id LEFT JOIN orders o ON o.id = i.order_id WHERE i.id = ?`,
  ).get(id) as InvoiceRowDb | undefined;
  if (!row) {
    throw new OrdoError('NOT_FOUND', 'That invoice does not exist', {
      fields: [{ path: 'id', message: 'Unknown invoice' }],
    });
  }
  return row;
}

export interface BalanceRow {
  total: number;
  paid: number;
  credited: number;
  writtenOff: number;
  discounted: number;
  open: number;
  nextDueDate: string | null;
  arBaseRelieved: number;
}

export function balanceOf(ctx: CompanyContext, invoiceId: number): BalanceRow | undefined {
  return stmt(
    ctx.sqlite,
    `SELECT total, paid, credited, written_off AS writtenOff, discounted, open, next_due_date AS nextDueDate,
       ar_base_relieved AS arBaseRelieved FROM invoice_balances WHERE invoice_id = ?`,
  ).get(invoiceId) as BalanceRow | undefined;
}

export function installmentsOf(
  ctx: CompanyContext,
  invoiceId: number,
): { dueDate: string; amount: number }[] {
  return stmt(
    ctx.sqlite,
    'SELECT due_date AS dueDate, amount FROM invoice_installments WHERE invoice_id = ? ORDER BY due_date, id',
  ).all(invoiceId) as { dueDate: string; amount: number }[];
}

export function isDisputed(ctx: CompanyContext, invoiceId: number): { disputed: boolean; reason: string } {
  const row = stmt(
    ctx.sqlite,
    'SELECT is_disputed AS d, reason FROM invoice_disputes WHERE invoice_id = ? ORDER BY id DESC LIMIT 1',
  ).get(invoiceId) as { d: number; reason: string } | undefined;
  return { disputed: row?.d === 1, reason: row?.d === 1 ? row.reason : '' };
}

interface LineDb extends Omit<InvoiceLine, 'quantity' | 'gross' | 'credited'> {
  qty: number;
  creditedQty: number;
}

function linesOf(ctx: CompanyContext, invoiceId: number): InvoiceLine[] {
  const rows = stmt(
    ctx.sqlite,
    `SELECT l.id, l.position, l.kind, l.product_id AS productId, p.sku, l.order_line_id AS orderLineId,
       l.deposit_invoice_id AS depositInvoiceId, l.description, l.qty, l.unit, l.unit_price AS unitPrice,
       l.discount_percent AS discountPercent, l.discount_amount AS discountAmount, l.tax_rate_id AS taxRateId,
       l.tax_percent AS taxPercent, l.fee_kind AS feeKind, l.account_id AS accountId, l.net, l.tax,
       coalesce((SELECT sum(cl.qty) FROM credit_note_lines cl JOIN credit_notes cn ON cn.id = cl.credit_note_id
                 WHERE cl.invoice_line_id = l.id AND cn.posted_at IS NOT NULL), 0) AS creditedQty
     FROM invoice_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.invoice_id = ? ORDER BY l.position`,
  ).all(invoiceId) as LineDb[];
  return rows.map(({ qty, creditedQty, ...l }) => ({
    ...l,
    quantity: formatQuantity(qty),
    credited: formatQuantity(creditedQty),
    gross: l.net + l.tax,
  }));
}

function settlementsOf(ctx: CompanyContext, invoiceId: number): Settlement[] {
  const rows = stmt(
    ctx.sqlite,
    `SELECT a.id AS allocationId, a.date, a.kind, a.source_type AS sourceType, a.source_id AS sourceId, a.amount,
       a.reverses_id AS reversesId,
       CASE a.source_type WHEN 'payment' THEN (SELECT number FROM payments WHERE id = a.source_id)
         ELSE (SELECT number FROM credit_notes WHERE id = a.source_id) END AS sourceNumber,
       EXISTS (SELECT 1 FROM allocations r WHERE r.reverses_id = a.id) AS isReversed
     FROM allocations a WHERE a.invoice_id = ? ORDER BY a.date, a.id`,
  ).all(invoiceId) as (Omit<Settlement, 'kind' | 'isReversed'> & {
    kind: 'apply' | 'writeoff' | 'discount';
    sourceType: 'payment' | 'credit_note';
    isReversed: number;
  })[];
  return rows.map(({ sourceType, kind, isReversed, ...r }) => ({
    ...r,
    sourceType,
    kind: kind === 'apply' ? sourceType : kind,
    isReversed: isReversed === 1,
  }));
}

export function statusOfBalance(
  isPosted: boolean,
  b: BalanceRow | undefined,
  installments: { dueDate: string; amount: number }[],
  asOf: string,
): InvoiceStatus {
  if (!isPosted || b === undefined) return 'draft';
  return invoiceStatus({
    isPosted,
    total: b.total,
    allocated: b.paid,
    credited: b.credited,
    writtenOff: b.writtenOff,
    discounted: b.discounted,
    installments,
    asOf,
  });
}

export function getInvoice(ctx: CompanyContext, id: number): Invoice {
  const r = invoiceRow(ctx, id);
  const balance = balanceOf(ctx, id);
  const installments = installmentsOf(ctx, id);
  const dispute = isDisputed(ctx, id);
  const taxes = stmt(
    ctx.sqlite,
    `SELECT l.tax_rate_id AS taxRateId, coalesce(t.name, 'No tax') AS name, l.tax_percent AS taxPercent,
       sum(l.net) AS base, sum(l.tax) AS tax
     FROM invoice_lines l LEFT JOIN tax_rates t ON t.id = l.tax_rate_id WHERE l.invoice_id = ?
     GROUP BY l.tax_rate_id, l.tax_percent`,
  ).all(id) as Invoice['totals']['taxes'];
  const creditNotes = stmt(
    ctx.sqlite,
    `SELECT id, number, date, total, posted_at IS NOT NULL AS isPosted FROM credit_notes WHERE invoice_id = ? ORDER BY id`,
  ).all(id) as (Omit<Invoice['creditNotes'][number], 'isPosted'> & { isPosted: number })[];
  const isPosted = r.postedAt !== null;
  return {
    id: r.id,
    number: r.number,
    status: statusOfBalance(isPosted, balance, installments, todayIn(ctx.clock)),
    isDisputed: dispute.disputed,
    disputeReason: dispute.reason,
    customerId: r.customerId,
    customerName: r.customerName,
    orderId: r.orderId,
    orderNumber: r.orderNumber,
    isDeposit: r.isDeposit === 1,
    invoiceDate: r.invoiceDate,
    dueDate: r.dueDate,
    currency: r.currency,
    total: r.total,
    open: balance?.open ?? r.total,
    paymentTermsId: r.paymentTermsId,
    installments,
    installmentPlan:
      r.installmentPlan === null ? null : (JSON.parse(r.installmentPlan) as Invoice['installmentPlan']),
    earlyDiscount:
      r.earlyDiscountPercent !== null && r.earlyDiscountDeadline !== null
        ? { percent: r.earlyDiscountPercent, deadline: r.earlyDiscountDeadline }
        : null,
    fxRate: r.fxRate,
    pricesIncludeTax: r.pricesIncludeTax === 1,
    discountPercent: r.discountPercent,
    customerReference: r.customerReference,
    notes: r.notes,
    billingAddress: JSON.parse(r.billingAddress) as Address,
    lines: linesOf(ctx, id),
    totals: {
      net: r.net,
      tax: r.tax,
      discount: r.discount,
      fees: r.fees,
      cashRounding: r.cashRounding,
      total: r.total,
      taxes: taxes.filter((t) => t.base !== 0 || t.tax !== 0).sort(compareTaxTotals),
    },
    paid: balance?.paid ?? 0,
    credited: balance?.credited ?? 0,
    writtenOff: balance?.writtenOff ?? 0,
    discounted: balance?.discounted ?? 0,
    settlements: settlementsOf(ctx, id),
    creditNotes: creditNotes.map((c) => ({ ...c, isPosted: c.isPosted === 1 })),
    journalEntryId: r.journalEntryId,
    postedAt: r.postedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
