// Payments and cash application: record, allocation proposal, allocate / unallocate, reverse; customer
// credit applied to invoices or refunded; the customer's account; receivables settings.
import { z } from 'zod';
import { method } from './define';
import { rateText } from './exchangeRates';
import {
  currency,
  decimalString,
  MAX_MINOR,
  id,
  isoDate,
  minorAmount,
  optionalText,
  paging,
  percent,
  requiredText,
  type Page,
} from './fields';

export const paymentMethods = ['bank_transfer', 'card', 'cash', 'cheque'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/** More than 0, with one message for 0 and for negatives alike. */
const positiveAmount = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number of minor units (cents)`)
    .min(1, `${label} must be more than 0`)
    .max(MAX_MINOR, `${label} is too large`);

export const allocationInput = z
  .object({
    invoiceId: id,
    /** Paid from the payment (or credit) towards this invoice. */
    amount: minorAmount('Amount').default(0),
    /** The rest of this invoice written off (within the company's tolerance). */
    writeOff: minorAmount('Write-off').default(0),
    /** Early-payment discount taken (within the invoice's discount window). */
    discount: minorAmount('Discount').default(0),
  })
  .refine((a) => a.amount + a.writeOff + a.discount > 0, {
    message: 'Allocate an amount, a write-off or a discount',
    path: ['amount'],
  });
export type AllocationInput = z.input<typeof allocationInput>;

const allocationList = z
  .array(allocationInput)
  .max(10_000)
  .superRefine((rows, ctx) => {
    const seen = new Set<number>();
    rows.forEach((r, i) => {
      if (seen.has(r.invoiceId)) {
        ctx.addIssue({ code: 'custom', path: [i, 'invoiceId'], message: 'This invoice is listed twice' });
      }
      seen.add(r.invoiceId);
    });
  });

export const paymentInput = z.object({
  customerId: id,
  date: isoDate,
  amount: positiveAmount('Amount'),
  /** Omitted: the customer's currency (payments are in the customer's currency). */
  currency: currency.optional(),
  /** Base units per unit of the payment currency; omitted: the company's rate on the payment date. */
  fxRate: rateText.optional(),
  method: z.enum(paymentMethods, { error: 'Choose how the customer paid' }).default('bank_transfer'),
  /** A bank or cash account; omitted: the bank account (cash account for cash). */
  bankAccountId: id.nullable().default(null),
  reference: optionalText('Reference', 200),
  memo: optionalText('Memo', 1000),
  /** What the payment settles; the rest stays on the customer as unapplied credit. */
  allocations: allocationList.default([]),
});
export type PaymentInput = z.input<typeof paymentInput>;

export interface ProposalRow {
  invoiceId: number;
  number: string;
  invoiceDate: string;
  dueDate: string;
  total: number;
  open: number;
  isDisputed: boolean;
  isOverdue: boolean;
  /** Proposed payment amount. */
  amount: number;
  /** Early-payment discount available on this date (0 when none). */
  discountAvailable: number;
  /**
   * The most the company's tolerance lets be written off on this invoice (0: write-offs are off). A write-off
   * settles what the payment and discount leave open, so it may be taken when that shortfall is within this.
   */
  writeOffLimit: number;
  isReferenced: boolean;
}

export interface AllocationProposal {
  customerId: number;
  currency: string;
  amount: number;
  /** The oldest-due 300 open invoices, plus any proposed or named in the reference (named ones first). */
  rows: ProposalRow[];
  unapplied: number;
  /** All the customer's open invoices, for the grid's totals (rows may list fewer). */
  openCount: number;
  openTotal: number;
}

export interface AllocationRow {
  id: number;
  kind: 'apply' | 'writeoff' | 'discount';
  invoiceId: number | null;
  invoiceNumber: string | null;
  refundId: number | null;
  refundNumber: string | null;
  date: string;
  amount: number;
  reversesId: number | null;
  isReversed: boolean;
  reason: string;
}

export interface PaymentSummary {
  id: number;
  number: string;
  customerId: number;
  customerName: string;
  date: string;
  amount: number;
  currency: string;
  method: PaymentMethod;
  reference: string;
  /** Applied to invoices or refunded (net of reversals). */
  applied: number;
  unapplied: number;
  isReversed: boolean;
}

export interface Payment extends PaymentSummary {
  fxRate: string;
  bankAccountId: number;
  bankAccountName: string;
  memo: string;
  allocations: AllocationRow[];
  journalEntryIds: number[];
  /** The same entries (the reversal's included) with their numbers, oldest first. */
  journalEntries: { id: number; number: string }[];
  reversal: { date: string; reason: string; journalEntryId: number } | null;
  createdAt: string;
}

export interface CreditSource {
  sourceType: 'payment' | 'credit_note';
  sourceId: number;
  number: string;
  date: string;
  amount: number;
  unapplied: number;
}

export interface Refund {
  id: number;
  number: string;
  customerId: number;
  date: string;
  amount: number;
  currency: string;
  method: PaymentMethod;
  bankAccountId: number;
  reference: string;
  journalEntryId: number;
}

const creditSource = z.object({ sourceType: z.enum(['payment', 'credit_note']), sourceId: id });

export const paymentsContract = {
  'payments.record': method(paymentInput).returns<Payment>(),
  /** The default allocation: invoices named in the reference first, then oldest due date first. */
  'payments.proposeAllocation': method(
    z.object({
      customerId: id,
      amount: minorAmount('Amount'),
      date: isoDate,
      reference: optionalText('Reference', 200),
    }),
  ).returns<AllocationProposal>(),
  /** Applies a recorded payment's unapplied remainder to invoices. */
  'payments.allocate': method(
    z.object({ paymentId: id, date: isoDate, allocations: allocationList.min(1, 'Allocate to an invoice') }),
  ).returns<Payment>(),
  /** Takes one allocation back (a reversing row); the amount returns to the source's unapplied credit. */
  'payments.unallocate': method(
    z.object({ allocationId: id, date: isoDate, reason: requiredText('Reason', 500) }),
  ).returns<Payment>(),
  /** Reverses a whole payment (bounced, recorded in error): unallocates it and takes the money back out. */
  'payments.reverse': method(
    z.object({ id, date: isoDate, reason: requiredText('Reason', 500) }),
  ).returns<Payment>(),
  'payments.get': method(z.object({ id })).returns<Payment>(),
  'payments.list': method(
    z
      .object({
        search: z.string().trim().max(100).default(''),
        customerId: id.optional(),
        method: z.enum(paymentMethods).optional(),
        dateFrom: isoDate.optional(),
        dateTo: isoDate.optional(),
        unappliedOnly: z.boolean().default(false),
        ...paging,
      })
      .default({ search: '', unappliedOnly: false, limit: 50, offset: 0 }),
  ).returns<Page<PaymentSummary>>(),
};

export const creditsContract = {
  /** A customer's unapplied credit, by source (payments and credit notes), oldest first. */
  'credits.list': method(z.object({ customerId: id })).returns<{
    currency: string;
    total: number;
    sources: CreditSource[];
  }>(),
  /** Uses the customer's unapplied credit (oldest first, or the named source) on an invoice. */
  'credits.apply': method(
    z.object({
      customerId: id,
      invoiceId: id,
      amount: positiveAmount('Amount'),
      date: isoDate,
      source: creditSource.optional(),
    }),
  ).returns<{ allocations: AllocationRow[]; unapplied: number }>(),
  /** Pays unapplied credit back to the customer (a refund document). */
  'credits.refund': method(
    z.object({
      customerId: id,
      amount: positiveAmount('Amount'),
      date: isoDate,
      method: z.enum(paymentMethods).default('bank_transfer'),
      bankAccountId: id.nullable().default(null),
      /** Omitted: the company's rate on the refund date. */
      fxRate: rateText.optional(),
      reference: optionalText('Reference', 200),
      source: creditSource.optional(),
    }),
  ).returns<Refund>(),
};

export interface OpenItem {
  invoiceId: number;
  number: string;
  invoiceDate: string;
  dueDate: string;
  total: number;
  open: number;
  daysOverdue: number;
  isDisputed: boolean;
}

export interface AccountHistoryRow {
  entryId: number;
  date: string;
  kind: 'invoice' | 'credit_note' | 'payment' | 'allocation' | 'refund' | 'reversal' | 'other';
  sourceId: number | null;
  document: string;
  description: string;
  /** Positive: the customer owes more; negative: less. */
  amount: number;
  /** What the customer owes after this row (receivables − unapplied credit). */
  balance: number;
}

export interface CustomerAccount {
  customerId: number;
  customerName: string;
  currency: string;
  asOf: string;
  /** The oldest-due open items, at most 500; openCount and openTotal cover all of them. */
  openItems: OpenItem[];
  openCount: number;
  openTotal: number;
  credits: CreditSource[];
  unappliedTotal: number;
  /** openTotal − unappliedTotal. */
  balance: number;
  history: Page<AccountHistoryRow>;
}

export const accountContract = {
  'customers.account': method(
    z.object({ customerId: id, asOf: isoDate.optional(), ...paging }),
  ).returns<CustomerAccount>(),
};

export interface ReceivablesSettings {
  writeOffToleranceAmount: string;
  writeOffTolerancePercent: string;
  discountTaxCorrection: boolean;
  cashRounding: { currency: string; increment: string }[];
}

export const receivablesSettingsInput = z.object({
  /** In each invoice's own currency, major units ("5.00"). */
  writeOffToleranceAmount: decimalString('Tolerance amount', { scale: 3, max: 1_000_000 }),
  writeOffTolerancePercent: percent('Tolerance %'),
  discountTaxCorrection: z.boolean(),
  cashRounding: z
    .array(
      z.object({
        currency: z.string().trim().toUpperCase().length(3, 'A three-letter currency code'),
        increment: decimalString('Rounding step', { scale: 3, max: 100 }).refine(
          (s) => /[1-9]/.test(s),
          'The rounding step must be more than 0',
        ),
      }),
    )
    .max(50)
    .default([]),
});

export const receivablesContract = {
  'settings.receivables': method(z.object({}).default({})).returns<ReceivablesSettings>(),
  'settings.updateReceivables': method(receivablesSettingsInput).returns<ReceivablesSettings>(),
};

export type CreditSourceRef = z.infer<typeof creditSource>;
