// Draft invoices: create, update, preview, delete. A draft has no number and no ledger rows; it checks its
// references (order, order lines, deposits) so posting rarely finds a surprise, and posting checks them again.
import type { Invoice, InvoicePreview } from '../../shared/contract';
import { OrdoError, fieldError } from '../../shared/errors';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { customerAt, notFound } from './refs';
import { getInvoice } from './read';
import { resolveInvoice, type ParsedInvoice, type ResolvedInvoice } from './resolve';

function assertCustomerActive(ctx: CompanyContext, customerId: number): void {
  if (customerAt(ctx, customerId).archived) {
    throw fieldError('customerId', 'This customer is archived; restore it before invoicing');
  }
}

/** The order must be a confirmed order of the same customer; its lines must belong to it. */
function checkOrderRefs(ctx: CompanyContext, input: ParsedInvoice): void {
  input.lines.forEach((l, i) => {
    if (
      l.orderLineId !== null &&
      !stmt(ctx.sqlite, 'SELECT 1 FROM order_lines WHERE id = ?').get(l.orderLineId)
    ) {
      throw notFound(`lines.${i}.orderLineId`, 'Unknown order line');
    }
    if (
      l.depositInvoiceId !== null &&
      !stmt(ctx.sqlite, 'SELECT 1 FROM invoices WHERE id = ?').get(l.depositInvoiceId)
    ) {
      throw notFound(`lines.${i}.depositInvoiceId`, 'Unknown invoice');
    }
  });
  if (input.orderId === null) {
    input.lines.forEach((l, i) => {
      if (l.orderLineId !== null) throw fieldError(`lines.${i}.orderLineId`, 'This line belongs to an order');
      if (l.kind === 'deposit')
        throw fieldError(`lines.${i}.kind`, 'Deposits are deducted on invoices of their order');
    });
    return;
  }
  const order = stmt(
    ctx.sqlite,
    'SELECT customer_id AS customerId, kind, is_confirmed AS isConfirmed, is_cancelled AS isCancelled FROM orders WHERE id = ?',
  ).get(input.orderId) as
    { customerId: number; kind: string; isConfirmed: number; isCancelled: number } | undefined;
  if (!order || order.kind !== 'order') throw notFound('orderId', 'Unknown order');
  if (order.customerId !== input.customerId)
    throw fieldError('orderId', 'This order belongs to another customer');
  if (!order.isConfirmed) throw fieldError('orderId', 'Only a confirmed order can be invoiced');
  input.lines.forEach((l, i) => {
    if (l.orderLineId !== null) {
      const line = stmt(ctx.sqlite, 'SELECT order_id AS orderId FROM order_lines WHERE id = ?').get(
        l.orderLineId,
      ) as { orderId: number } | undefined;
      if (!line) throw notFound(`lines.${i}.orderLineId`, 'Unknown order line');
      if (line.orderId !== input.orderId)
        throw fieldError(`lines.${i}.orderLineId`, 'This line is not on the order');
    }
    if (l.kind === 'deposit' && l.depositInvoiceId !== null) {
      const dep = stmt(
        ctx.sqlite,
        'SELECT order_id AS orderId, is_deposit AS isDeposit, posted_at AS postedAt FROM invoices WHERE id = ?',
      ).get(l.depositInvoiceId) as
        { orderId: number | null; isDeposit: number; postedAt: string | null } | undefined;
      if (!dep) throw notFound(`lines.${i}.depositInvoiceId`, 'Unknown invoice');
      if (dep.orderId !== input.orderId || !dep.isDeposit || dep.postedAt === null) {
        throw fieldError(`lines.${i}.depositInvoiceId`, 'Choose a posted deposit invoice of this order');
      }
    }
  });
}

export function insertInvoiceLines(ctx: CompanyContext, invoiceId: number, r: ResolvedInvoice): void {
  const insert = stmt(
    ctx.sqlite,
    `INSERT INTO invoice_lines (invoice_id, position, kind, product_id, order_line_id, deposit_invoice_id, description,
       qty, unit, unit_price, discount_percent, discount_amount, tax_rate_id, tax_percent, fee_kind, account_id, net, tax)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  r.lines.forEach((l, i) =>
    insert.run(
      invoiceId,
      i + 1,
      l.kind,
      l.productId,
      l.orderLineId,
      l.depositInvoiceId,
      l.description,
      l.qty,
      l.unit,
      l.unitPrice,
      l.discountPercent,
      l.discountAmount,
      l.taxRateId,
      l.taxPercent,
      l.feeKind,
      l.accountId,
      l.net,
      l.tax,
    ),
  );
  const installment = stmt(
    ctx.sqlite,
    'INSERT INTO invoice_installments (invoice_id, due_date, amount) VALUES (?, ?, ?)',
  );
  for (const i of r.installments) installment.run(invoiceId, i.dueDate, i.amount);
}

function headerValues(input: ParsedInvoice, r: ResolvedInvoice) {
  return {
    customerId: r.customerId,
    orderId: input.orderId,
    isDeposit: input.isDeposit ? 1 : 0,
    invoiceDate: input.invoiceDate,
    dueDate: r.dueDate,
    paymentTermsId: r.paymentTermsId,
    plan: input.installments.length > 0 ? JSON.stringify(input.installments) : null,
    discountPercentEarly: r.earlyDiscount?.percent ?? null,
    discountDeadline: r.earlyDiscount?.deadline ?? null,
    currency: r.currency,
    // A draft may wait for its rate; posting refuses it without one.
    fxRate: r.fxRate ?? '',
    pricesIncludeTax: input.pricesIncludeTax ? 1 : 0,
    discountPercent: input.discountPercent,
    customerReference: input.customerReference,
    notes: input.notes,
    billing: JSON.stringify(r.billingAddress),
    net: r.totals.net,
    tax: r.totals.tax,
    discount: r.totals.discount,
    fees: r.totals.fees,
    cashRounding: r.totals.cashRounding,
    total: r.totals.total,
  };
}

export function createInvoice(ctx: CompanyContext, input: ParsedInvoice): Invoice {
  return ctx.tx(() => {
    assertCustomerActive(ctx, input.customerId);
    checkOrderRefs(ctx, input);
    const r = resolveInvoice(ctx, input);
    const now = ctx.nowIso();
    const id = Number(
      stmt(
        ctx.sqlite,
        `INSERT INTO invoices (customer_id, order_id, is_deposit, invoice_date, due_date, payment_terms_id, installment_plan,
           early_discount_percent, early_discount_deadline, currency, fx_rate, prices_include_tax, discount_percent,
           customer_reference, notes, billing_address, net, tax, discount, fees, cash_rounding, total, created_by,
           created_at, updated_at)
         VALUES (@customerId, @orderId, @isDeposit, @invoiceDate, @dueDate, @paymentTermsId, @plan, @discountPercentEarly,
           @discountDeadline, @currency, @fxRate, @pricesIncludeTax, @discountPercent, @customerReference, @notes,
           @billing, @net, @tax, @discount, @fees, @cashRounding, @total, @user, @now, @now)`,
      ).run({ ...headerValues(input, r), user: ctx.user.id, now }).lastInsertRowid,
    );
    insertInvoiceLines(ctx, id, r);
    const after = getInvoice(ctx, id);
    recordAudit(ctx, { action: 'invoices.create', entity: 'invoice', entityId: id, after: auditView(after) });
    return after;
  });
}

/** What the audit row keeps of an invoice: its header, totals and lines, without derived lists. */
export function auditView(i: Invoice) {
  return {
    number: i.number,
    customerId: i.customerId,
    orderId: i.orderId,
    invoiceDate: i.invoiceDate,
    dueDate: i.dueDate,
    currency: i.currency,
    fxRate: i.fxRate,
    total: i.total,
    tax: i.totals.tax,
    lines: i.lines.map((l) => ({
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      net: l.net,
      tax: l.tax,
    })),
  };
}

export function assertDraft(ctx: CompanyContext, id: number): Invoice {
  const inv = getInvoice(ctx, id);
  if (inv.number !== null || inv.postedAt !== null) {
    // On `id`, as posting twice reports it: a caller can tell which record refused, not only why.
    const message = `Invoice ${inv.number ?? id} is posted and cannot be changed; issue a credit note`;
    throw new OrdoError('CONFLICT', message, { fields: [{ path: 'id', message }] });
  }
  return inv;
}

export function updateInvoice(ctx: CompanyContext, id: number, input: ParsedInvoice): Invoice {
  return ctx.tx(() => {
    const before = assertDraft(ctx, id);
    assertCustomerActive(ctx, input.customerId);
    checkOrderRefs(ctx, input);
    const r = resolveInvoice(ctx, input);
    stmt(
      ctx.sqlite,
      `UPDATE invoices SET customer_id = @customerId, order_id = @orderId, is_deposit = @isDeposit,
         invoice_date = @invoiceDate, due_date = @dueDate, payment_terms_id = @paymentTermsId, installment_plan = @plan,
         early_discount_percent = @discountPercentEarly, early_discount_deadline = @discountDeadline, currency = @currency,
         fx_rate = @fxRate, prices_include_tax = @pricesIncludeTax, discount_percent = @discountPercent,
         customer_reference = @customerReference, notes = @notes, billing_address = @billing, net = @net, tax = @tax,
         discount = @discount, fees = @fees, cash_rounding = @cashRounding, total = @total, updated_at = @now
       WHERE id = @id`,
    ).run({ ...headerValues(input, r), id, now: ctx.nowIso() });
    stmt(ctx.sqlite, 'DELETE FROM invoice_lines WHERE invoice_id = ?').run(id);
    stmt(ctx.sqlite, 'DELETE FROM invoice_installments WHERE invoice_id = ?').run(id);
    insertInvoiceLines(ctx, id, r);
    const after = getInvoice(ctx, id);
    recordAudit(ctx, {
      action: 'invoices.update',
      entity: 'invoice',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}

export function deleteDraft(ctx: CompanyContext, id: number): { deleted: boolean } {
  return ctx.tx(() => {
    const before = assertDraft(ctx, id);
    stmt(ctx.sqlite, 'DELETE FROM invoice_lines WHERE invoice_id = ?').run(id);
    stmt(ctx.sqlite, 'DELETE FROM invoice_installments WHERE invoice_id = ?').run(id);
    stmt(ctx.sqlite, 'DELETE FROM invoices WHERE id = ?').run(id);
    recordAudit(ctx, {
      action: 'invoices.deleteDraft',
      entity: 'invoice',
      entityId: id,
      before: auditView(before),
      after: { deleted: true },
    });
    return { deleted: true };
  });
}

export function previewInvoice(ctx: CompanyContext, input: ParsedInvoice): InvoicePreview {
  const r = resolveInvoice(ctx, input);
  return {
    totals: r.totals,
    lines: r.lines.map((l) => ({
      net: l.net,
      tax: l.tax,
      gross: l.net + l.tax,
      unitPrice: l.unitPrice,
      taxRateId: l.taxRateId,
    })),
    dueDate: r.dueDate,
    installments: r.installments,
    fxRate: r.fxRate,
  };
}
