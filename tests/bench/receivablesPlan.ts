// What the benchmark company invoiced and was paid, decided in memory before a row is written: posted invoices
// of ~5 lines priced by the app's own totals code, and payments that settle them — most in full, some several at
// once, some in part (the rest later or never), some paying more than was open (customer credit), some paying
// ahead with nothing to settle. Three customers carry the big accounts the receivables benchmarks need.
import type { PaymentMethod } from '../../shared/contract';
import { dueDate, discountDeadline, type PaymentTerm } from '../../shared/dates';
import { computeTotals, type DocumentTotals, type TaxRounding } from '../../shared/documents/totals';
import {
  splitInstallments,
  type Installment,
  type InstallmentPlanRow,
} from '../../shared/invoicing/installments';
import { canonicalDecimal, type RoundingMode } from '../../shared/money';
import type { InvoiceState } from '../../electron/payments/settle';
import { isoDay, LAST_DAY } from './calendar';
import type { Random } from './generate';
import type { Customer, Product } from './parties';

export interface ReceivablesSizes {
  /** Posted invoices in all. */
  invoices: number;
  /** Payments in all (topped up with payments on account when settling leaves fewer). */
  payments: number;
  /** Open invoices of the order benchmarks' focus customer, never paid. */
  focusOpenItems: number;
  /** Open invoices of the customer the allocation proposal is measured for (a tenth of them part-paid). */
  proposalOpenItems: number;
  /** Entries in the account history of the customer the account is measured for: half invoices, half payments. */
  accountHistoryItems: number;
}

export interface ReceivablesParties {
  /** Customers with an ordinary history; invoices are spread over them at random. */
  history: Customer[];
  focus: Customer;
  proposal: Customer;
  account: Customer;
  products: Product[];
}

/** The company's rules the invoices are priced and dated by. */
export interface PricingRules {
  baseCurrency: string;
  roundingMode: RoundingMode;
  taxRounding: TaxRounding;
  terms: Map<number, PaymentTerm>;
  defaultTermsId: number | null;
}

export interface InvoiceLineSpec {
  product: Product;
  /** e4 quantity. */
  qty: number;
  net: number;
  tax: number;
}

export interface InvoiceSpec {
  seq: number;
  day: number;
  customer: Customer;
  customerReference: string;
  lines: InvoiceLineSpec[];
  totals: DocumentTotals;
  termsId: number | null;
  plan: InstallmentPlanRow[] | null;
  installments: Installment[];
  dueDate: string;
  earlyDiscount: { percent: string; deadline: string } | null;
  fxRate: string;
  /** Set when the invoice is written: what settling it reads and changes, as the services keep it. */
  state?: InvoiceState & { paid: number };
}

export interface PaymentSpec {
  seq: number;
  day: number;
  customer: Customer;
  amount: number;
  allocations: { invoice: InvoiceSpec; amount: number }[];
  method: PaymentMethod;
  fxRate: string;
  /** The bank reference quotes the invoice numbers (else a transfer reference or nothing). */
  namesInvoices: boolean;
}

export interface ReceivablesPlan {
  invoices: InvoiceSpec[];
  payments: PaymentSpec[];
}

const int = (rand: Random, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));
const pickOne = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

/** Base per unit of each foreign currency, drifting a few percent month by month (so settling books FX). */
const fxCentres: Record<string, number> = { GBP: 1.17, USD: 0.92 };

export function rateOnDay(currency: string, baseCurrency: string, day: number): string {
  if (currency === baseCurrency) return '1';
  const centre = fxCentres[currency];
  if (centre === undefined) throw new Error(`The bench has no ${currency} rate`);
  const month = Math.floor(day / 30.44);
  return canonicalDecimal((centre * (1 + 0.03 * Math.sin(month / 4))).toFixed(4));
}

/** Rules as data: how a payment is made, [method, share]. */
const methods: [PaymentMethod, number][] = [
  ['bank_transfer', 0.85],
  ['card', 0.08],
  ['cheque', 0.05],
  ['cash', 1],
];

function invoiceMaker(rand: Random, rules: PricingRules, products: readonly Product[]) {
  let seq = 0;
  return (customer: Customer, day: number): InvoiceSpec => {
    const picked = Array.from({ length: int(rand, 1, 9) }, () => ({
      product: pickOne(rand, products),
      qty: int(rand, 1, 12) * 10_000,
    }));
    const totals = computeTotals(
      picked.map(({ product, qty }) => ({
        kind: 'product' as const,
        quantity: qty,
        unitPrice: product.price,
        discountPercent: null,
        discountAmount: null,
        taxRateId: product.taxRateId,
        taxPercent: product.taxPercent,
      })),
      {
        currency: customer.currency,
        roundingMode: rules.roundingMode,
        taxRounding: rules.taxRounding,
        pricesIncludeTax: false,
        documentDiscountPercent: null,
      },
    );
    const date = isoDay(day);
    const termsId = customer.paymentTermsId ?? rules.defaultTermsId;
    const term = termsId === null ? undefined : rules.terms.get(termsId);
    // A few invoices are split in two installments, a month apart.
    const plan =
      rand() < 0.03
        ? [
            { dueDate: isoDay(day + 30), percent: '50' },
            { dueDate: isoDay(day + 60), percent: '50' },
          ]
        : null;
    const installments = splitInstallments(
      totals.total,
      plan ?? { dueDate: term ? dueDate(date, term) : date },
    );
    const deadline = term && plan === null ? discountDeadline(date, term) : null;
    return {
      seq: seq++,
      day,
      customer,
      customerReference: rand() < 0.5 ? `PO-${int(rand, 10_000, 99_999)}` : '',
      lines: picked.map((l, i) => ({ ...l, net: totals.lines[i]!.net, tax: totals.lines[i]!.tax })),
      totals,
      termsId: term ? termsId : null,
      plan,
      installments,
      dueDate: installments[installments.length - 1]!.dueDate,
      earlyDiscount:
        deadline !== null && term?.discountPercent ? { percent: term.discountPercent, deadline } : null,
      fxRate: rateOnDay(customer.currency, rules.baseCurrency, day),
    };
  };
}

function paymentMaker(rand: Random, rules: PricingRules) {
  let seq = 0;
  return (
    customer: Customer,
    day: number,
    allocations: PaymentSpec['allocations'],
    extra = 0,
  ): PaymentSpec => {
    const r = rand();
    let share = 0;
    const method = (methods.find(([, s]) => (share += s) > r) ?? methods[0]!)[0];
    return {
      seq: seq++,
      day,
      customer,
      amount: allocations.reduce((s, a) => s + a.amount, 0) + extra,
      allocations,
      method,
      fxRate: rateOnDay(customer.currency, rules.baseCurrency, day),
      namesInvoices: allocations.length > 0 && rand() < 0.5,
    };
  };
}

/** A part of an amount between 30 % and 90 %, at least 1 and less than all of it. */
const partOf = (rand: Random, amount: number) =>
  Math.min(amount - 1, Math.max(1, Math.floor(amount * (0.3 + 0.6 * rand()))));

/**
 * Ordinary customers pay one invoice at a time (sometimes two or three together) 7–60 days after the last of
 * them; what would be paid after today stays open. 7 % of payments pay the last invoice in part, and the
 * rest follows 2–6 weeks later for most of them; 4 % pay more than was open.
 */
function settleHistory(
  rand: Random,
  invoices: readonly InvoiceSpec[],
  pay: ReturnType<typeof paymentMaker>,
): PaymentSpec[] {
  const payments: PaymentSpec[] = [];
  const byCustomer = new Map<Customer, InvoiceSpec[]>();
  for (const inv of invoices) {
    const list = byCustomer.get(inv.customer);
    if (list) list.push(inv);
    else byCustomer.set(inv.customer, [inv]);
  }
  for (const [customer, list] of byCustomer) {
    list.sort((a, b) => a.day - b.day || a.seq - b.seq);
    for (let i = 0; i < list.length;) {
      const r = rand();
      const group = list.slice(i, i + (r < 0.9 ? 1 : r < 0.97 ? 2 : 3));
      i += group.length;
      const day = Math.max(...group.map((inv) => inv.day)) + int(rand, 7, 60);
      if (day > LAST_DAY) continue;
      const full = group.map((invoice) => ({ invoice, amount: invoice.totals.total }));
      const roll = rand();
      const last = full[full.length - 1]!;
      if (roll < 0.07 && last.amount > 1) {
        const part = partOf(rand, last.amount);
        payments.push(pay(customer, day, [...full.slice(0, -1), { invoice: last.invoice, amount: part }]));
        const restDay = day + int(rand, 14, 45);
        if (rand() < 0.6 && restDay <= LAST_DAY)
          payments.push(pay(customer, restDay, [{ invoice: last.invoice, amount: last.amount - part }]));
      } else {
        payments.push(pay(customer, day, full, roll < 0.11 ? int(rand, 100, 5_000) : 0));
      }
    }
  }
  return payments;
}

export function planReceivables(
  rand: Random,
  sizes: ReceivablesSizes,
  parties: ReceivablesParties,
  rules: PricingRules,
): ReceivablesPlan {
  const invoice = invoiceMaker(rand, rules, parties.products);
  const pay = paymentMaker(rand, rules);
  const invoices: InvoiceSpec[] = [];
  const payments: PaymentSpec[] = [];

  // The order benchmarks' focus customer: open invoices of the last eleven months, nothing paid.
  for (let i = 0; i < sizes.focusOpenItems; i += 1)
    invoices.push(invoice(parties.focus, int(rand, LAST_DAY - 330, LAST_DAY)));

  // The proposal's customer: open invoices of the last 13 months, a tenth of them part-paid, and a paid past.
  const proposal = parties.proposal;
  const paidPast = Math.round(sizes.proposalOpenItems / 5);
  for (let i = 0; i < paidPast; i += 1) {
    const inv = invoice(proposal, int(rand, LAST_DAY - 1_100, LAST_DAY - 420));
    invoices.push(inv);
    payments.push(pay(proposal, inv.day + int(rand, 7, 60), [{ invoice: inv, amount: inv.totals.total }]));
  }
  for (let i = 0; i < sizes.proposalOpenItems; i += 1) {
    const inv = invoice(proposal, int(rand, LAST_DAY - 400, LAST_DAY));
    invoices.push(inv);
    const day = inv.day + int(rand, 7, 60);
    if (rand() < 0.1 && day <= LAST_DAY && inv.totals.total > 1)
      payments.push(pay(proposal, day, [{ invoice: inv, amount: partOf(rand, inv.totals.total) }]));
  }

  // The account's customer: an invoice every few days for five years, each answered by one payment — in full,
  // in part (still open), or more than was due (credit).
  const accountInvoices = Math.floor(sizes.accountHistoryItems / 2);
  for (let i = 0; i < accountInvoices; i += 1) {
    const inv = invoice(parties.account, Math.floor((i * (LAST_DAY - 61)) / accountInvoices));
    invoices.push(inv);
    const day = inv.day + int(rand, 7, 60);
    const roll = rand();
    const total = inv.totals.total;
    if (roll < 0.06 && total > 1)
      payments.push(pay(parties.account, day, [{ invoice: inv, amount: partOf(rand, total) }]));
    else
      payments.push(
        pay(parties.account, day, [{ invoice: inv, amount: total }], roll < 0.1 ? int(rand, 100, 5_000) : 0),
      );
  }

  // Everyone else: the rest of the invoices, each for a customer and a day drawn at random.
  const ordinary: InvoiceSpec[] = [];
  while (invoices.length + ordinary.length < sizes.invoices)
    ordinary.push(invoice(pickOne(rand, parties.history), int(rand, 0, LAST_DAY)));
  for (const inv of ordinary) invoices.push(inv);
  for (const p of settleHistory(rand, ordinary, pay)) payments.push(p);

  // Payments on account, with nothing to settle: customer credit.
  while (payments.length < sizes.payments)
    payments.push(pay(pickOne(rand, parties.history), int(rand, 0, LAST_DAY), [], int(rand, 1_000, 50_000)));
  return { invoices, payments };
}
