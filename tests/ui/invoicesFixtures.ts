// Records the invoice screens' tests answer with: invoices, their lines and summaries, previews, credit notes.
import type {
  CreditNote,
  Invoice,
  InvoiceLine,
  InvoicePreview,
  InvoiceSummary,
  PaymentTerms,
} from '../../shared/contract';
import type { Routes } from './fakeOrdo';
import { editorRoutes, address } from './ordersFixtures';

export function invoiceSummary(id: number, patch: Partial<InvoiceSummary> = {}): InvoiceSummary {
  return {
    id,
    number: `INV-2026-${String(id).padStart(5, '0')}`,
    status: 'open',
    isDisputed: false,
    customerId: 7,
    customerName: 'Hungry Heron Café',
    orderId: null,
    orderNumber: null,
    isDeposit: false,
    invoiceDate: '2026-03-02',
    dueDate: '2026-04-01',
    currency: 'EUR',
    total: 10000,
    open: 10000,
    ...patch,
  };
}

export function invoiceLine(patch: Partial<InvoiceLine> = {}): InvoiceLine {
  return {
    id: 801,
    position: 1,
    kind: 'product',
    productId: 31,
    sku: 'HT-100',
    orderLineId: null,
    depositInvoiceId: null,
    description: 'Chef’s knife',
    quantity: '3',
    unit: 'pcs',
    unitPrice: '45',
    discountPercent: null,
    discountAmount: null,
    taxRateId: 1,
    taxPercent: '23',
    feeKind: null,
    accountId: 40,
    net: 13500,
    tax: 3105,
    gross: 16605,
    credited: '0',
    ...patch,
  };
}

export function invoice(patch: Partial<Invoice> = {}): Invoice {
  return {
    ...invoiceSummary(60, { number: null, status: 'draft', total: 16605, open: 16605 }),
    disputeReason: '',
    paymentTermsId: null,
    installments: [{ dueDate: '2026-04-01', amount: 16605 }],
    installmentPlan: null,
    earlyDiscount: null,
    fxRate: '1',
    pricesIncludeTax: false,
    discountPercent: null,
    customerReference: 'PO-77',
    notes: '',
    billingAddress: address,
    lines: [invoiceLine()],
    totals: {
      net: 13500,
      tax: 3105,
      discount: 0,
      fees: 0,
      cashRounding: 0,
      total: 16605,
      taxes: [{ taxRateId: 1, name: 'Standard 23%', taxPercent: '23', base: 13500, tax: 3105 }],
    },
    paid: 0,
    credited: 0,
    writtenOff: 0,
    discounted: 0,
    settlements: [],
    creditNotes: [],
    journalEntryId: null,
    postedAt: null,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    ...patch,
  };
}

/** A posted invoice, partly paid, with a payment and a credit note against it. */
export function postedInvoice(patch: Partial<Invoice> = {}): Invoice {
  return invoice({
    id: 61,
    number: 'INV-2026-00061',
    status: 'partially_paid',
    orderId: 42,
    orderNumber: 'SO-2026-00042',
    journalEntryId: 77,
    postedAt: '2026-03-02T10:00:00.000Z',
    earlyDiscount: { percent: '2', deadline: '2026-03-12' },
    lines: [
      invoiceLine({ id: 801 }),
      invoiceLine({
        id: 802,
        position: 2,
        kind: 'fee',
        productId: null,
        sku: null,
        description: 'Shipping',
        feeKind: 'shipping',
        quantity: '1',
        unitPrice: '9.5',
        net: 950,
        tax: 219,
        gross: 1169,
      }),
    ],
    paid: 5000,
    credited: 1169,
    open: 11605,
    settlements: [
      {
        allocationId: 1,
        date: '2026-03-05',
        kind: 'payment',
        sourceType: 'payment',
        sourceNumber: 'PAY-2026-00003',
        sourceId: 3,
        amount: 5000,
        reversesId: null,
        isReversed: false,
      },
      {
        allocationId: 2,
        date: '2026-03-06',
        kind: 'credit_note',
        sourceType: 'credit_note',
        sourceNumber: 'CN-2026-00001',
        sourceId: 9,
        amount: 1169,
        reversesId: null,
        isReversed: false,
      },
    ],
    creditNotes: [{ id: 9, number: 'CN-2026-00001', date: '2026-03-06', total: 1169, isPosted: true }],
    ...patch,
  });
}

export function invoicePreview(patch: Partial<InvoicePreview> = {}): InvoicePreview {
  return {
    // Distinct numbers that no sum of the lines gives: the screen shows main's figures, it does not add up.
    totals: {
      net: 13579,
      tax: 3123,
      discount: 246,
      fees: 1357,
      cashRounding: -2,
      total: 16700,
      taxes: [{ taxRateId: 1, name: 'Standard 23%', taxPercent: '23', base: 13579, tax: 3123 }],
    },
    lines: [{ net: 13511, tax: 3107, gross: 16618, unitPrice: '45', taxRateId: 1 }],
    dueDate: '2026-04-15',
    installments: [{ dueDate: '2026-04-15', amount: 16700 }],
    fxRate: null,
    ...patch,
  };
}

export function creditNote(patch: Partial<CreditNote> = {}): CreditNote {
  return {
    id: 9,
    number: null,
    isPosted: false,
    invoiceId: 61,
    invoiceNumber: 'INV-2026-00061',
    customerId: 7,
    customerName: 'Hungry Heron Café',
    date: '2026-03-06',
    mode: 'lines',
    reason: 'Damaged in transit',
    restock: false,
    currency: 'EUR',
    fxRate: '1',
    net: 4500,
    tax: 1035,
    total: 5535,
    appliedToInvoice: 0,
    toCredit: 0,
    unapplied: 0,
    lines: [
      {
        id: 1,
        invoiceLineId: 801,
        description: 'Chef’s knife',
        quantity: '1',
        restockQuantity: '1',
        accountId: 40,
        taxRateId: 1,
        net: 4500,
        tax: 1035,
      },
    ],
    journalEntryId: null,
    postedAt: null,
    createdAt: '2026-03-06T09:00:00.000Z',
    ...patch,
  };
}

export const netThirty: PaymentTerms = {
  id: 3,
  name: 'Net 30',
  kind: 'net',
  days: 30,
  discountPercent: null,
  discountDays: null,
  isDefault: true,
  archived: false,
  description: '',
};

/** What every invoice screen test needs answered besides its own calls. */
export function invoiceRoutes(patch: Routes = {}): Routes {
  return editorRoutes({
    'invoices.counts': { draft: 0, open: 0, overdue: 0 },
    'invoices.preview': invoicePreview(),
    'paymentTerms.list': [netThirty],
    'audit.list': { rows: [], total: 0 },
    ...patch,
  });
}
