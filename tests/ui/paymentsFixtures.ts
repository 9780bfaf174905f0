// Records the payment and account screens' tests answer with: open invoices and their proposal, payments,
// a customer's account, receivables settings.
import type {
  AllocationProposal,
  AllocationRow,
  CustomerAccount,
  InputOf,
  Invoice,
  Payment,
  PaymentSummary,
  ProposalRow,
  ReceivablesSettings,
} from '../../shared/contract';
import type { Routes } from './fakeOrdo';
import { address, heron, heronRow } from './ordersFixtures';

export { heron, heronRow };

export function proposalRow(patch: Partial<ProposalRow> = {}): ProposalRow {
  return {
    invoiceId: 1,
    number: 'INV-2026-00001',
    invoiceDate: '2026-01-10',
    dueDate: '2026-02-09',
    total: 10000,
    open: 10000,
    isDisputed: false,
    isOverdue: false,
    amount: 0,
    discountAvailable: 0,
    writeOffLimit: 0,
    isReferenced: false,
    ...patch,
  };
}

/** Three open invoices of Hungry Heron, oldest due first: the second has a discount, the third write-off room. */
export const openInvoices: ProposalRow[] = [
  proposalRow({ isOverdue: true }),
  proposalRow({
    invoiceId: 2,
    number: 'INV-2026-00002',
    invoiceDate: '2026-02-01',
    dueDate: '2026-03-03',
    total: 11900,
    open: 11900,
    discountAvailable: 238,
  }),
  proposalRow({
    invoiceId: 3,
    number: 'INV-2026-00003',
    invoiceDate: '2026-02-20',
    dueDate: '2026-03-22',
    total: 5040,
    open: 5040,
    writeOffLimit: 40,
    isDisputed: true,
  }),
];

/** Oldest due first, as main proposes (invoices named in the reference first): integer minor units only. */
export function propose(input: InputOf<'payments.proposeAllocation'>): AllocationProposal {
  const reference = (input.reference ?? '').toUpperCase();
  const ordered = [
    ...openInvoices.filter((row) => reference.includes(row.number)),
    ...openInvoices.filter((row) => !reference.includes(row.number)),
  ];
  let left = input.amount;
  const byId = new Map<number, ProposalRow>();
  for (const row of ordered) {
    const amount = Math.min(left, row.open);
    left -= amount;
    byId.set(row.invoiceId, { ...row, amount, isReferenced: reference.includes(row.number) });
  }
  return {
    customerId: input.customerId,
    currency: 'EUR',
    amount: input.amount,
    rows: openInvoices.map((row) => byId.get(row.invoiceId) ?? row),
    unapplied: left,
    openCount: openInvoices.length,
    openTotal: 26940,
  };
}

/** A posted invoice of Hungry Heron with 50.40 open (the payment screens read its customer, number and open). */
export function invoice(patch: Partial<Invoice> = {}): Invoice {
  return {
    id: 3,
    number: 'INV-2026-00003',
    status: 'open',
    isDisputed: false,
    customerId: 7,
    customerName: 'Hungry Heron Café',
    orderId: null,
    orderNumber: null,
    isDeposit: false,
    invoiceDate: '2026-02-20',
    dueDate: '2026-03-22',
    currency: 'EUR',
    total: 5040,
    open: 5040,
    disputeReason: '',
    paymentTermsId: null,
    installments: [],
    installmentPlan: null,
    earlyDiscount: null,
    fxRate: '1',
    pricesIncludeTax: false,
    discountPercent: null,
    customerReference: '',
    notes: '',
    billingAddress: address,
    lines: [],
    totals: { net: 4235, tax: 805, discount: 0, fees: 0, cashRounding: 0, total: 5040, taxes: [] },
    paid: 0,
    credited: 0,
    writtenOff: 0,
    discounted: 0,
    settlements: [],
    creditNotes: [],
    journalEntryId: 90,
    postedAt: '2026-02-20T09:00:00.000Z',
    createdAt: '2026-02-20T09:00:00.000Z',
    updatedAt: '2026-02-20T09:00:00.000Z',
    ...patch,
  };
}

export function allocationRow(patch: Partial<AllocationRow> = {}): AllocationRow {
  return {
    id: 501,
    kind: 'apply',
    invoiceId: 1,
    invoiceNumber: 'INV-2026-00001',
    refundId: null,
    refundNumber: null,
    date: '2026-03-05',
    amount: 10000,
    reversesId: null,
    isReversed: false,
    reason: '',
    ...patch,
  };
}

export function payment(patch: Partial<Payment> = {}): Payment {
  return {
    id: 42,
    number: 'PAY-2026-00042',
    customerId: 7,
    customerName: 'Hungry Heron Café',
    date: '2026-03-05',
    amount: 15000,
    currency: 'EUR',
    method: 'bank_transfer',
    reference: 'INV-2026-00001',
    applied: 10000,
    unapplied: 5000,
    isReversed: false,
    fxRate: '1',
    bankAccountId: 3,
    bankAccountName: '1200 Bank',
    memo: '',
    allocations: [allocationRow()],
    journalEntryIds: [77],
    journalEntries: [{ id: 77, number: 'JE-2026-000077' }],
    reversal: null,
    createdAt: '2026-03-05T10:00:00.000Z',
    ...patch,
  };
}

export function paymentSummary(id: number, patch: Partial<PaymentSummary> = {}): PaymentSummary {
  return {
    id,
    number: `PAY-2026-${String(id).padStart(5, '0')}`,
    customerId: 7,
    customerName: 'Hungry Heron Café',
    date: '2026-03-05',
    amount: 10000,
    currency: 'EUR',
    method: 'bank_transfer',
    reference: '',
    applied: 10000,
    unapplied: 0,
    isReversed: false,
    ...patch,
  };
}

export function account(patch: Partial<CustomerAccount> = {}): CustomerAccount {
  return {
    customerId: 7,
    customerName: 'Hungry Heron Café',
    currency: 'EUR',
    asOf: '2026-03-10',
    openItems: [
      {
        invoiceId: 2,
        number: 'INV-2026-00002',
        invoiceDate: '2026-02-01',
        dueDate: '2026-03-03',
        total: 11900,
        open: 11900,
        daysOverdue: 7,
        isDisputed: false,
      },
    ],
    openCount: 1,
    openTotal: 11900,
    credits: [
      {
        sourceType: 'payment',
        sourceId: 42,
        number: 'PAY-2026-00042',
        date: '2026-03-05',
        amount: 15000,
        unapplied: 5000,
      },
    ],
    unappliedTotal: 5000,
    balance: 6900,
    history: {
      rows: [
        {
          entryId: 1,
          date: '2026-01-10',
          kind: 'invoice',
          sourceId: 1,
          document: 'INV-2026-00001',
          description: 'Invoice',
          amount: 10000,
          balance: 10000,
        },
        {
          entryId: 2,
          date: '2026-02-01',
          kind: 'invoice',
          sourceId: 2,
          document: 'INV-2026-00002',
          description: 'Invoice',
          amount: 11900,
          balance: 21900,
        },
        {
          entryId: 3,
          date: '2026-03-05',
          kind: 'payment',
          sourceId: 42,
          document: 'PAY-2026-00042',
          description: 'Payment received',
          amount: -15000,
          balance: 6900,
        },
      ],
      total: 3,
    },
    ...patch,
  };
}

export const receivables: ReceivablesSettings = {
  writeOffToleranceAmount: '5',
  writeOffTolerancePercent: '0.5',
  discountTaxCorrection: false,
  cashRounding: [{ currency: 'CHF', increment: '0.05' }],
};

/** What every payment screen needs answered besides its own calls. */
export function paymentRoutes(patch: Routes = {}): Routes {
  return {
    'orders.counts': { onHold: 0, toShip: 0, drafts: 0 },
    'customers.list': { rows: [heronRow], total: 1 },
    'customers.get': heron,
    'payments.proposeAllocation': propose,
    ...patch,
  };
}
