// Turns an invoice input into priced lines, totals, due dates and a rate: defaults from the customer, the
// catalogue and the company's own rate table; totals by the shared document code. Nothing from the
// renderer is trusted.
import type { z } from 'zod';
import type { Address, InvoiceTotals } from '../../shared/contract';
import type { invoiceInput } from '../../shared/contract/invoices';
import { discountDeadline, dueDate, type PaymentTerm } from '../../shared/dates';
import { computeTotals, type DocumentTotals } from '../../shared/documents/totals';
import { OrdoError, fieldError } from '../../shared/errors';
import { splitInstallments, type Installment } from '../../shared/invoicing/installments';
import { canonicalDecimal, Dec, decimalRounding } from '../../shared/money';
import { parseQuantity } from '../../shared/quantity';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { customerAt, notFound } from './refs';
import { rateOn } from '../fx/rates';
import { accountIdByRole } from '../ledger/accounts';
import { getCompanySettings } from '../settings/company';
import { cashRoundingStep } from './settings';

export type ParsedInvoice = z.output<typeof invoiceInput>;
type ParsedLine = ParsedInvoice['lines'][number];

export interface ResolvedLine {
  kind: ParsedLine['kind'];
  productId: number | null;
  sku: string | null;
  orderLineId: number | null;
  depositInvoiceId: number | null;
  description: string;
  qty: number;
  unit: string;
  unitPrice: string;
  discountPercent: string | null;
  discountAmount: number | null;
  taxRateId: number | null;
  taxPercent: string;
  feeKind: ParsedLine['feeKind'];
  accountId: number;
  net: number;
  tax: number;
}

export interface ResolvedInvoice {
  customerId: number;
  customerName: string;
  currency: string;
  fxRate: string | null;
  billingAddress: Address;
  paymentTermsId: number | null;
  earlyDiscount: { percent: string; deadline: string } | null;
  installments: Installment[];
  dueDate: string;
  lines: ResolvedLine[];
  totals: InvoiceTotals;
}

interface ProductRow {
  sku: string;
  name: string;
  unit: string;
  price: string;
  taxRateId: number | null;
  archived: number;
}

interface TermsRow {
  id: number;
  kind: 'net' | 'end_of_month';
  days: number;
  discountPercent: string | null;
  discountDays: number | null;
  archived: number;
}

function taxPercentOf(ctx: CompanyContext, taxRateId: number | null, path: string): string {
  if (taxRateId === null) return '0';
  const rate = stmt(ctx.sqlite, 'SELECT rate_percent AS p, archived FROM tax_rates WHERE id = ?').get(
    taxRateId,
  ) as { p: string; archived: number } | undefined;
  if (!rate)
    throw new OrdoError('NOT_FOUND', 'Unknown tax rate', { fields: [{ path, message: 'Unknown tax rate' }] });
  return rate.p;
}

function revenueAccount(ctx: CompanyContext, l: ParsedLine, path: string): number {
  if (l.accountId === null) return accountIdByRole(ctx, l.kind === 'fee' ? 'fee_income' : 'revenue');
  const a = stmt(ctx.sqlite, 'SELECT type, archived FROM accounts WHERE id = ?').get(l.accountId) as
    { type: string; archived: number } | undefined;
  if (!a) throw notFound(path, 'Unknown account');
  if (a.type !== 'income') throw fieldError(path, 'Choose an income account');
  if (a.archived) throw fieldError(path, 'This account is archived');
  return l.accountId;
}

function resolveLine(ctx: CompanyContext, l: ParsedLine, i: number) {
  const path = (field: string) => `lines.${i}.${field}`;
  let product: ProductRow | undefined;
  if (l.kind === 'product') {
    product = stmt(
      ctx.sqlite,
      'SELECT sku, name, unit, price, tax_rate_id AS taxRateId, archived FROM products WHERE id = ?',
    ).get(l.productId) as ProductRow | undefined;
    if (!product)
      throw new OrdoError('NOT_FOUND', 'Unknown product', {
        fields: [{ path: path('productId'), message: 'Unknown product' }],
      });
  }
  const taxRateId = l.taxRateId === undefined ? (product?.taxRateId ?? null) : l.taxRateId;
  return {
    kind: l.kind,
    productId: l.kind === 'product' ? l.productId : null,
    sku: product?.sku ?? null,
    orderLineId: l.orderLineId,
    depositInvoiceId: l.kind === 'deposit' ? l.depositInvoiceId : null,
    description: l.description || product?.name || '',
    qty: parseQuantity(l.quantity),
    unit: l.unit || product?.unit || '',
    unitPrice: l.unitPrice ?? product?.price ?? '0',
    discountPercent: l.kind === 'deposit' ? null : l.discountPercent,
    discountAmount: l.kind === 'deposit' ? null : l.discountAmount,
    taxRateId,
    taxPercent: taxPercentOf(ctx, taxRateId, path('taxRateId')),
    feeKind: l.kind === 'fee' ? l.feeKind : null,
    accountId: revenueAccount(ctx, l, path('accountId')),
  };
}

function termsOf(ctx: CompanyContext, input: ParsedInvoice, customerTermsId: number | null): TermsRow | null {
  const select = `SELECT id, kind, days, discount_percent AS discountPercent, discount_days AS discountDays, archived
    FROM payment_terms`;
  const id = input.paymentTermsId === undefined ? customerTermsId : input.paymentTermsId;
  if (id === null) {
    return (
      (stmt(ctx.sqlite, `${select} WHERE is_default = 1 AND archived = 0 LIMIT 1`).get() as
        TermsRow | undefined) ?? null
    );
  }
  const row = stmt(ctx.sqlite, `${select} WHERE id = ?`).get(id) as TermsRow | undefined;
  if (!row) throw notFound('paymentTermsId', 'Unknown payment terms');
  return row;
}

function taxNames(ctx: CompanyContext, totals: DocumentTotals): InvoiceTotals['taxes'] {
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

/** The rounding line that brings the total to the currency's cash step (e.g. CHF 0.05), in the company mode. */
function cashRoundingOf(
  ctx: CompanyContext,
  currency: string,
  total: number,
  mode: 'half_up' | 'half_even',
): number {
  const step = cashRoundingStep(ctx, currency);
  if (step === null || step <= 1) return 0;
  const rounded = new Dec(total).div(step).toDecimalPlaces(0, decimalRounding[mode]).times(step).toNumber();
  return rounded - total;
}

/** The invoice's rate: as entered, else the company's rate on the invoice date; '1' in the base currency. */
export function invoiceRate(
  ctx: CompanyContext,
  currency: string,
  date: string,
  entered: string | undefined,
): string | null {
  const base = getCompanySettings(ctx).baseCurrency;
  if (currency === base) return '1';
  if (entered !== undefined) return canonicalDecimal(entered);
  return rateOn(ctx, currency, date)?.rate ?? null;
}

export function resolveInvoice(ctx: CompanyContext, input: ParsedInvoice): ResolvedInvoice {
  const customer = customerAt(ctx, input.customerId);
  const settings = getCompanySettings(ctx);
  const currency = customer.currency;
  const lines = input.lines.map((l, i) => resolveLine(ctx, l, i));
  let totals: DocumentTotals;
  try {
    totals = computeTotals(
      lines.map((l) => ({ ...l, quantity: l.qty })),
      {
        currency,
        roundingMode: settings.roundingMode,
        taxRounding: settings.taxRounding,
        pricesIncludeTax: input.pricesIncludeTax,
        documentDiscountPercent: input.discountPercent,
      },
    );
  } catch (error) {
    if (error instanceof OrdoError) throw error;
    throw new OrdoError('VALIDATION', 'The invoice is too large to total exactly', {
      fields: [{ path: 'lines', message: 'Amounts too large' }],
    });
  }
  const cashRounding = cashRoundingOf(ctx, currency, totals.total, settings.roundingMode);
  const total = totals.total + cashRounding;
  const terms = termsOf(ctx, input, customer.paymentTermsId);
  const term: PaymentTerm | null = terms
    ? {
        kind: terms.kind,
        days: terms.days,
        ...(terms.discountPercent !== null && terms.discountDays !== null
          ? { discountPercent: terms.discountPercent, discountDays: terms.discountDays }
          : {}),
      }
    : null;
  const singleDue = term ? dueDate(input.invoiceDate, term) : input.invoiceDate;
  let installments: Installment[];
  try {
    installments = splitInstallments(
      Math.max(total, 0),
      input.installments.length > 0 ? input.installments : { dueDate: singleDue },
    );
  } catch (error) {
    throw fieldError('installments', error instanceof Error ? error.message : 'Check the installments');
  }
  const deadline = term ? discountDeadline(input.invoiceDate, term) : null;
  return {
    customerId: customer.id,
    customerName: customer.name,
    currency,
    fxRate: invoiceRate(ctx, currency, input.invoiceDate, input.fxRate),
    billingAddress: input.billingAddress ?? customer.billingAddress,
    paymentTermsId: terms?.id ?? null,
    // Installment plans carry no early-payment discount: the window belongs to a single due date.
    earlyDiscount:
      deadline !== null && terms?.discountPercent && input.installments.length === 0
        ? { percent: terms.discountPercent, deadline }
        : null,
    installments,
    dueDate: installments[installments.length - 1]?.dueDate ?? singleDue,
    lines: lines.map((l, i) => {
      const t = totals.lines[i];
      return { ...l, net: t?.net ?? 0, tax: t?.tax ?? 0 };
    }),
    totals: {
      net: totals.net,
      tax: totals.tax,
      discount: totals.discount,
      fees: totals.fees,
      cashRounding,
      total,
      taxes: taxNames(ctx, totals),
    },
  };
}
