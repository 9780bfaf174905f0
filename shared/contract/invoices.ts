// Invoices (from an order, direct, deposit) and credit notes: drafts, posting with a gapless number and its
// journal entry, derived status, dispute flag.
import { z } from 'zod';
import type { InvoiceStatus } from '../invoicing/openAmount';
import { addressInput, type Address } from './customers';
import { method } from './define';
import { rateText } from './exchangeRates';
import {
  currency,
  decimalString,
  id,
  isoDate,
  minorAmount,
  optionalText,
  paging,
  percent,
  requiredText,
  sortDir,
  type Page,
} from './fields';
import { feeKinds, quantity, type TaxLine } from './orders';

export type { InvoiceStatus };
export const invoiceStatuses = [
  'draft',
  'open',
  'partially_paid',
  'overdue',
  'paid',
  'credited',
  'partly_credited',
] as const satisfies readonly InvoiceStatus[];
export const invoiceLineKinds = ['product', 'text', 'fee', 'deposit'] as const;

export const invoiceLineInput = z
  .object({
    kind: z.enum(invoiceLineKinds).default('product'),
    productId: id.nullable().default(null),
    /** The order line this bills (invoices from an order). */
    orderLineId: id.nullable().default(null),
    /** kind deposit: the posted deposit invoice this line deducts. */
    depositInvoiceId: id.nullable().default(null),
    description: optionalText('Description', 500),
    quantity,
    unit: optionalText('Unit', 20),
    /** Omitted: the product's price. */
    unitPrice: decimalString('Unit price', { scale: 6, max: 999_999_999 }).optional(),
    discountPercent: percent('Discount %').nullable().default(null),
    discountAmount: minorAmount('Discount').nullable().default(null),
    /** Omitted: the product's tax rate; null: no tax. */
    taxRateId: id.nullable().optional(),
    feeKind: z.enum(feeKinds).nullable().default(null),
    /** Revenue account; omitted: sales revenue (fee income for fees). */
    accountId: id.nullable().default(null),
  })
  .superRefine((l, ctx) => {
    if (l.kind === 'product' && l.productId === null) {
      ctx.addIssue({ code: 'custom', path: ['productId'], message: 'Choose a product' });
    }
    if (l.kind !== 'product' && l.description === '') {
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'Describe the line' });
    }
    if (l.kind !== 'product' && l.unitPrice === undefined) {
      ctx.addIssue({ code: 'custom', path: ['unitPrice'], message: 'Enter a price' });
    }
    if (l.discountPercent !== null && l.discountAmount !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['discountAmount'],
        message: 'Give a discount % or an amount, not both',
      });
    }
    if (l.kind === 'fee' && l.feeKind === null) {
      ctx.addIssue({ code: 'custom', path: ['feeKind'], message: 'Choose the kind of fee' });
    }
    if (l.kind === 'deposit' && l.depositInvoiceId === null) {
      ctx.addIssue({ code: 'custom', path: ['depositInvoiceId'], message: 'Choose the deposit invoice' });
    }
  });
export type InvoiceLineInput = z.input<typeof invoiceLineInput>;

export const installmentInput = z.object({ dueDate: isoDate, percent: percent('Share') });

export const invoiceInput = z
  .object({
    customerId: id,
    orderId: id.nullable().default(null),
    /** A deposit (prepayment) invoice on an order: billed before shipping, deducted by the final invoice. */
    isDeposit: z.boolean().default(false),
    invoiceDate: isoDate,
    /** Omitted: the customer's terms, else the company default. */
    paymentTermsId: id.nullable().optional(),
    /** Empty: one due date from the terms. Otherwise shares that add up to 100. */
    installments: z.array(installmentInput).max(24, 'At most 24 installments').default([]),
    /** Base units per unit of the invoice currency; omitted: the company's rate on the invoice date. */
    fxRate: rateText.optional(),
    pricesIncludeTax: z.boolean().default(false),
    /** Document discount on goods and text lines (not fees). */
    discountPercent: percent('Document discount').nullable().default(null),
    customerReference: optionalText('Customer reference', 60),
    notes: optionalText('Notes', 4000),
    /** Omitted: the customer's billing address. */
    billingAddress: addressInput.optional(),
    lines: z.array(invoiceLineInput).max(500, 'At most 500 lines'),
  })
  .superRefine((inv, ctx) => {
    if (inv.isDeposit && inv.orderId === null) {
      ctx.addIssue({ code: 'custom', path: ['orderId'], message: 'A deposit invoice belongs to an order' });
    }
    const due = inv.installments.map((i) => i.dueDate);
    if (due.some((d) => d < inv.invoiceDate)) {
      const index = due.findIndex((d) => d < inv.invoiceDate);
      ctx.addIssue({
        code: 'custom',
        path: ['installments', index, 'dueDate'],
        message: 'An installment falls due on or after the invoice date',
      });
    }
  });
export type InvoiceInput = z.input<typeof invoiceInput>;

export interface InvoiceLine {
  id: number;
  position: number;
  kind: (typeof invoiceLineKinds)[number];
  productId: number | null;
  sku: string | null;
  orderLineId: number | null;
  depositInvoiceId: number | null;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discountPercent: string | null;
  discountAmount: number | null;
  taxRateId: number | null;
  taxPercent: string;
  feeKind: (typeof feeKinds)[number] | null;
  accountId: number;
  net: number;
  tax: number;
  gross: number;
  /** Quantity already credited by posted credit notes. */
  credited: string;
}

export interface InvoiceTotals {
  net: number;
  tax: number;
  discount: number;
  fees: number;
  cashRounding: number;
  total: number;
  taxes: TaxLine[];
}

export interface Settlement {
  allocationId: number;
  date: string;
  kind: 'payment' | 'credit_note' | 'writeoff' | 'discount';
  /** Where the settlement came from: write-offs and discounts come with a payment. */
  sourceType: 'payment' | 'credit_note';
  /** Payment or credit note number the amount came from. */
  sourceNumber: string;
  sourceId: number;
  amount: number;
  /** The row this one reverses, or null. */
  reversesId: number | null;
  isReversed: boolean;
}

export interface InvoiceSummary {
  id: number;
  number: string | null;
  status: InvoiceStatus;
  isDisputed: boolean;
  customerId: number;
  customerName: string;
  orderId: number | null;
  orderNumber: string | null;
  isDeposit: boolean;
  invoiceDate: string;
  dueDate: string;
  currency: string;
  total: number;
  open: number;
}

export interface Invoice extends InvoiceSummary {
  disputeReason: string;
  paymentTermsId: number | null;
  installments: { dueDate: string; amount: number }[];
  /** The installment shares as entered; null when the terms give one due date. */
  installmentPlan: { dueDate: string; percent: string }[] | null;
  earlyDiscount: { percent: string; deadline: string } | null;
  fxRate: string;
  pricesIncludeTax: boolean;
  discountPercent: string | null;
  customerReference: string;
  notes: string;
  billingAddress: Address;
  lines: InvoiceLine[];
  totals: InvoiceTotals;
  paid: number;
  credited: number;
  writtenOff: number;
  discounted: number;
  settlements: Settlement[];
  creditNotes: { id: number; number: string | null; date: string; total: number; isPosted: boolean }[];
  journalEntryId: number | null;
  postedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface InvoicePreview {
  totals: InvoiceTotals;
  /** Per line: the price and tax rate used (the product's when the line left them out). */
  lines: { net: number; tax: number; gross: number; unitPrice: string; taxRateId: number | null }[];
  dueDate: string;
  installments: { dueDate: string; amount: number }[];
  fxRate: string | null;
}

export const invoiceSortFields = ['invoiceDate', 'dueDate', 'number', 'customer', 'total', 'open'] as const;

export const invoicesContract = {
  'invoices.create': method(invoiceInput).returns<Invoice>(),
  /** A draft billing what the order shipped and has not been invoiced (fees and services: what is open). */
  'invoices.createFromOrder': method(
    z.object({ orderId: id, invoiceDate: isoDate.optional() }),
  ).returns<Invoice>(),
  'invoices.update': method(z.object({ id, invoice: invoiceInput })).returns<Invoice>(),
  'invoices.preview': method(invoiceInput).returns<InvoicePreview>(),
  'invoices.deleteDraft': method(z.object({ id })).returns<{ deleted: boolean }>(),
  'invoices.post': method(z.object({ id })).returns<Invoice>(),
  'invoices.get': method(z.object({ id })).returns<Invoice>(),
  'invoices.list': method(
    z
      .object({
        search: z.string().trim().max(100).default(''),
        status: z.enum(invoiceStatuses).optional(),
        customerId: id.optional(),
        orderId: id.optional(),
        currency: currency.optional(),
        dateFrom: isoDate.optional(),
        dateTo: isoDate.optional(),
        disputedOnly: z.boolean().default(false),
        sort: z.enum(invoiceSortFields).default('invoiceDate'),
        dir: sortDir.default('desc'),
        ...paging,
      })
      .default({
        search: '',
        disputedOnly: false,
        sort: 'invoiceDate',
        dir: 'desc',
        limit: 50,
        offset: 0,
      }),
  ).returns<Page<InvoiceSummary> & { asOf: string }>(),
  'invoices.counts': method(z.object({}).default({})).returns<{
    draft: number;
    open: number;
    overdue: number;
  }>(),
  'invoices.setDisputed': method(
    z.object({ id, disputed: z.boolean(), reason: requiredText('Reason', 500) }),
  ).returns<Invoice>(),
  /** Cancels a posted invoice by a full credit note (posted at once); the invoice keeps its number. */
  'invoices.cancel': method(
    z.object({ id, date: isoDate, reason: requiredText('Reason', 500) }),
  ).returns<CreditNote>(),
};

export const creditNoteModes = ['all', 'lines', 'amount'] as const;

export const creditNoteInput = z
  .object({
    invoiceId: id,
    date: isoDate,
    mode: z.enum(creditNoteModes).default('all'),
    reason: requiredText('Reason', 500),
    /** mode lines: the invoice lines and quantities credited. */
    lines: z
      .array(z.object({ invoiceLineId: id, quantity, restock: z.boolean().default(false) }))
      .max(500)
      .default([]),
    /** mode amount: the gross amount credited, split over the invoice's net and tax in proportion. */
    amount: minorAmount('Amount').optional(),
    /** mode all: put the goods back into stock. */
    restock: z.boolean().default(false),
  })
  .superRefine((c, ctx) => {
    if (c.mode === 'lines' && c.lines.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'Choose at least one line to credit' });
    }
    if (c.mode === 'amount' && (c.amount === undefined || c.amount === 0)) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Enter the amount to credit' });
    }
  });
export type CreditNoteInput = z.input<typeof creditNoteInput>;

export interface CreditNoteLine {
  id: number;
  invoiceLineId: number | null;
  description: string;
  quantity: string;
  restockQuantity: string;
  accountId: number;
  taxRateId: number | null;
  net: number;
  tax: number;
}

export interface CreditNote {
  id: number;
  number: string | null;
  isPosted: boolean;
  invoiceId: number;
  invoiceNumber: string;
  customerId: number;
  customerName: string;
  date: string;
  mode: (typeof creditNoteModes)[number];
  reason: string;
  restock: boolean;
  currency: string;
  fxRate: string;
  net: number;
  tax: number;
  total: number;
  /** Posted: the part that reduced the invoice's open amount, and the excess that became customer credit. */
  appliedToInvoice: number;
  toCredit: number;
  /** Customer credit of this note not yet used or refunded. */
  unapplied: number;
  lines: CreditNoteLine[];
  journalEntryId: number | null;
  postedAt: string | null;
  createdAt: string;
}

export const creditNotesContract = {
  'creditNotes.createFromInvoice': method(creditNoteInput).returns<CreditNote>(),
  'creditNotes.post': method(z.object({ id })).returns<CreditNote>(),
  'creditNotes.deleteDraft': method(z.object({ id })).returns<{ deleted: boolean }>(),
  'creditNotes.get': method(z.object({ id })).returns<CreditNote>(),
  'creditNotes.list': method(
    z
      .object({ customerId: id.optional(), invoiceId: id.optional(), ...paging })
      .default({ limit: 50, offset: 0 }),
  ).returns<Page<CreditNote>>(),
};
