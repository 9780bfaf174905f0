// The invoice editor's form (text as typed) and how it reads into invoices.create/update/preview: the input to
// save, the subset complete enough to preview, and which draft line each sent line came from.
import type { Address, Invoice, InvoiceInput, InvoiceLineInput } from '../../../../shared/contract';
import { parseDecimal } from '../../../../shared/money';
import { decimalInputText } from '../../lib/format';
import {
  emptyDocumentLine,
  isPriceable,
  isUntouched,
  lineCellPattern,
  lineFieldOf,
  lineKey,
  readLineFields,
  type DocumentLine,
  type NewLineKind,
} from '../documents/documentLine';
import { withCurrencyDecimals } from '../products/productForm';

export interface InvoiceDraftLine extends DocumentLine {
  /** The order line this bills; its product stays. */
  orderLineId: number | null;
  depositInvoiceId: number | null;
  /** The revenue account of a saved line, sent back unchanged; null: main's default. */
  accountId: number | null;
  /** The picked product's list price and tax rate, shown as hints until main prices the line. */
  listPrice: string;
  listTaxRateId: number | null | undefined;
}

export interface InstallmentRow {
  key: number;
  dueDate: string;
  /** Share of the total in %, as typed. */
  percent: string;
}

export interface InvoiceForm {
  customer: { id: number; name: string } | null;
  orderId: number | null;
  isDeposit: boolean;
  invoiceDate: string;
  /** '' = the customer's terms (else the company default). */
  paymentTermsId: string;
  hasInstallments: boolean;
  installments: InstallmentRow[];
  pricesIncludeTax: boolean;
  discountPercent: string;
  /** '' = the company's rate on the invoice date. */
  fxRate: string;
  customerReference: string;
  notes: string;
  /** null: the customer's billing address (main fills it in); kept as saved otherwise. */
  billingAddress: Address | null;
  lines: InvoiceDraftLine[];
}

export function newInvoiceLine(kind: NewLineKind = 'product'): InvoiceDraftLine {
  return {
    ...emptyDocumentLine(kind),
    orderLineId: null,
    depositInvoiceId: null,
    accountId: null,
    listPrice: '',
    listTaxRateId: undefined,
  };
}

export function newInstallment(dueDate = ''): InstallmentRow {
  return { key: lineKey(), dueDate, percent: '' };
}

export function emptyInvoiceForm(today: string): InvoiceForm {
  return {
    customer: null,
    orderId: null,
    isDeposit: false,
    invoiceDate: today,
    paymentTermsId: '',
    hasInstallments: false,
    installments: [],
    pricesIncludeTax: false,
    discountPercent: '',
    fxRate: '',
    customerReference: '',
    notes: '',
    billingAddress: null,
    lines: [newInvoiceLine()],
  };
}

export function formOfInvoice(invoice: Invoice, locale: string): InvoiceForm {
  const typed = (value: string) => decimalInputText(value, locale);
  const price = (value: string) => typed(withCurrencyDecimals(value, invoice.currency));
  // The shares as they were entered; main keeps them beside the amounts it split from them.
  const plan = invoice.installmentPlan ?? [];
  const hasInstallments = plan.length > 0;
  return {
    customer: { id: invoice.customerId, name: invoice.customerName },
    orderId: invoice.orderId,
    isDeposit: invoice.isDeposit,
    invoiceDate: invoice.invoiceDate,
    paymentTermsId: invoice.paymentTermsId === null ? '' : String(invoice.paymentTermsId),
    hasInstallments,
    installments: plan.map((i) => ({ key: lineKey(), dueDate: i.dueDate, percent: typed(i.percent) })),
    pricesIncludeTax: invoice.pricesIncludeTax,
    discountPercent: invoice.discountPercent === null ? '' : typed(invoice.discountPercent),
    fxRate: invoice.fxRate === '1' ? '' : typed(invoice.fxRate),
    customerReference: invoice.customerReference,
    notes: invoice.notes,
    billingAddress: invoice.billingAddress,
    lines: invoice.lines.map((l) => ({
      key: lineKey(),
      kind: l.kind,
      productId: l.productId,
      productText: l.sku ? `${l.sku} ${l.description}` : l.description,
      description: l.description,
      quantity: typed(l.quantity),
      unitPrice: price(l.unitPrice),
      discountPercent: l.discountPercent === null ? '' : typed(l.discountPercent),
      discountAmount: l.discountAmount,
      taxRate: l.taxRateId === null ? 'none' : String(l.taxRateId),
      feeKind: l.feeKind,
      unit: l.unit,
      orderLineId: l.orderLineId,
      depositInvoiceId: l.depositInvoiceId,
      accountId: l.accountId,
      listPrice: '',
      listTaxRateId: undefined,
    })),
  };
}

export interface InvoiceReading {
  /** What Save sends; null until a customer is chosen. */
  input: InvoiceInput | null;
  /** Numbers that do not read, by field path ("lines.<draft index>.quantity", "installments.0.percent"). */
  problems: Record<string, string>;
  /** Sent line index → draft line index. */
  draftIndexOf: number[];
  /** The lines complete enough for main to price, for the totals shown while typing. */
  preview: InvoiceInput | null;
  previewDraftIndexOf: number[];
}

function readOptional(
  text: string,
  locale: string,
  scale: number,
  path: string,
  problems: Record<string, string>,
): string | null {
  if (text.trim() === '') return null;
  const parsed = parseDecimal(text, locale, scale);
  if (parsed.ok) return parsed.value;
  problems[path] = parsed.error;
  return null;
}

/** `isForeign`: the invoice currency is not the company's, so an exchange rate applies. */
export function readInvoiceForm(form: InvoiceForm, locale: string, isForeign: boolean): InvoiceReading {
  const problems: Record<string, string> = {};
  const lines: InvoiceLineInput[] = [];
  const draftIndexOf: number[] = [];
  const previewLines: InvoiceLineInput[] = [];
  const previewDraftIndexOf: number[] = [];

  form.lines.forEach((line, index) => {
    if (line.orderLineId === null && line.depositInvoiceId === null && isUntouched(line)) return;
    const fields = readLineFields(line, index, locale, problems);
    if (!fields) return;
    const input: InvoiceLineInput = {
      ...fields,
      orderLineId: line.orderLineId,
      depositInvoiceId: line.depositInvoiceId,
      accountId: line.accountId,
    };
    lines.push(input);
    draftIndexOf.push(index);
    if (isPriceable(line, fields)) {
      previewLines.push(input);
      previewDraftIndexOf.push(index);
    }
  });

  const discountPercent = readOptional(form.discountPercent, locale, 4, 'discountPercent', problems);
  const fxRate = isForeign ? readOptional(form.fxRate, locale, 10, 'fxRate', problems) : null;
  const installments = form.hasInstallments
    ? form.installments.map((row, index) => ({
        dueDate: row.dueDate,
        percent:
          readOptional(row.percent, locale, 4, `installments.${index}.percent`, problems) ??
          row.percent.trim(),
      }))
    : [];

  if (!form.customer) return { input: null, problems, draftIndexOf, preview: null, previewDraftIndexOf };
  const header = {
    customerId: form.customer.id,
    orderId: form.orderId,
    isDeposit: form.isDeposit,
    invoiceDate: form.invoiceDate,
    ...(form.paymentTermsId === '' ? {} : { paymentTermsId: Number(form.paymentTermsId) }),
    installments,
    ...(fxRate === null ? {} : { fxRate }),
    pricesIncludeTax: form.pricesIncludeTax,
    discountPercent,
    customerReference: form.customerReference,
    notes: form.notes,
    ...(form.billingAddress ? { billingAddress: form.billingAddress } : {}),
  };
  // Installments still being typed would only make the preview fail; the totals do not depend on them.
  const isScheduleComplete = installments.every((i) => i.dueDate !== '' && i.percent !== '');
  return {
    input: { ...header, lines },
    problems,
    draftIndexOf,
    preview: { ...header, ...(isScheduleComplete ? {} : { installments: [] }), lines: previewLines },
    previewDraftIndexOf,
  };
}

// Where main's field errors are shown: header fields by name, installments in their row, lines in their cell.
const headerFields = new Set([
  'customerId',
  'invoiceDate',
  'paymentTermsId',
  'installments',
  'pricesIncludeTax',
  'discountPercent',
  'fxRate',
  'customerReference',
  'notes',
]);

export function isInvoiceFieldShown(path: string): boolean {
  if (headerFields.has(path)) return true;
  if (/^installments\.\d+\.(dueDate|percent)$/.test(path)) return true;
  return lineCellPattern.test(path);
}

/** Line errors go to the cell of the draft line they came from; "installments.3" (a row) to the list. */
export function invoiceFieldOf(path: string, draftIndexOf: readonly number[]): string {
  if (/^installments\.\d+$/.test(path)) return 'installments';
  return lineFieldOf(path, draftIndexOf);
}
