// The world of the receivables property test: a EUR company with customers in EUR, USD, JPY and KWD, rates,
// terms and a write-off tolerance; the test's own model of what every invoice still owes and what every credit
// source still holds (kept from the calls it made, never read back from the database); and `attempt`, which
// runs one call, counts its outcome and holds a refusal to the model's expectation and to an unchanged file.
import { expect } from 'vitest';
import type { Product } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { OrdoError } from '../../../shared/errors';
import { Dec } from '../../../shared/money';
import { fingerprint, makeTrade, type Trade } from '../../helpers/orderFixtures';
import type { TestServices } from '../../helpers/services';

/** Base EUR; customers pay in these (JPY has no decimals, KWD three). */
export const currencies = ['EUR', 'USD', 'JPY', 'KWD'] as const;
export type Currency = (typeof currencies)[number];
/** EUR per unit: the centre the random rates move around. */
export const centreRates: Record<Exclude<Currency, 'EUR'>, string> = {
  USD: '0.92',
  JPY: '0.0061',
  KWD: '3.02',
};
/** Late in the year, so longer sequences cross into 2027 and every series starts again at 00001. */
export const startDate = '2026-12-14';

export interface ModelInvoice {
  id: number;
  number: string;
  customer: number;
  orderId: number | null;
  date: string;
  total: number;
  open: number;
  discounted: number;
  /** Σ posted credit notes (their applied part and their excess). */
  credited: number;
  isDisputed: boolean;
  isDeposit: boolean;
  earlyDiscount: { percent: string; deadline: string } | null;
}

export interface ModelSource {
  key: string;
  type: 'payment' | 'credit_note';
  id: number;
  customer: number;
  date: string;
  remaining: number;
  isLive: boolean;
  /** Part of it was paid out: the payment can no longer be reversed. */
  isRefunded: boolean;
}

export interface ModelAllocation {
  id: number;
  source: string;
  invoiceId: number;
  kind: 'apply' | 'writeoff' | 'discount';
  amount: number;
  isReversed: boolean;
}

export interface Tolerance {
  amount: string;
  percent: string;
  taxCorrection: boolean;
  /** Cash rounding steps per currency (e.g. EUR 0.05): invoices then carry a rounding line. */
  cashRounding: { currency: string; increment: string }[];
}

export interface World {
  t: Trade;
  s: TestServices;
  today: string;
  customers: { id: number; currency: Currency }[];
  products: Product[];
  /** null: no tax. */
  taxRates: (number | null)[];
  terms: { early: number; endOfMonth: number };
  orders: number[];
  invoices: Map<number, ModelInvoice>;
  sources: Map<string, ModelSource>;
  allocations: Map<number, ModelAllocation>;
  tolerance: Tolerance;
  /** How often each call succeeded (`pay:ok`) or was refused (`pay:VALIDATION`), and other facts seen. */
  outcomes: Record<string, number>;
}

export const sourceKey = (type: ModelSource['type'], id: number) => `${type}:${id}`;

export function count(w: World, key: string, n = 1): void {
  w.outcomes[key] = (w.outcomes[key] ?? 0) + n;
}

export async function setTolerance(w: World, tolerance: Tolerance): Promise<void> {
  await w.s.call('settings.updateReceivables', {
    writeOffToleranceAmount: tolerance.amount,
    writeOffTolerancePercent: tolerance.percent,
    discountTaxCorrection: tolerance.taxCorrection,
    cashRounding: tolerance.cashRounding,
  });
  w.tolerance = tolerance;
}

export async function makeWorld(): Promise<World> {
  const t = await makeTrade({ stock: { widget: '1000', gadget: '1000' } });
  const { s } = t;
  s.clock.set(`${startDate}T10:00:00Z`);
  const zero = await s.call('taxRates.create', { name: 'Zero', ratePercent: '0', category: 'zero' });
  const early = await s.call('paymentTerms.create', {
    name: 'Net 30, 2 % in 10 days',
    kind: 'net',
    days: 30,
    discountPercent: '2',
    discountDays: 10,
  });
  const endOfMonth = await s.call('paymentTerms.create', {
    name: 'EOM + 15',
    kind: 'end_of_month',
    days: 15,
  });
  for (const [currency, rate] of Object.entries(centreRates))
    await s.call('exchangeRates.set', { currency, date: addDays(startDate, -30), rate });
  const customers: World['customers'] = [{ id: t.customer.id, currency: 'EUR' }];
  for (const currency of ['USD', 'JPY', 'KWD'] as const) {
    const c = await s.call('customers.create', {
      name: `Buyer ${currency}`,
      currency,
      // one foreign customer gets the early-payment terms by default
      paymentTermsId: currency === 'USD' ? early.id : null,
    });
    customers.push({ id: c.id, currency });
  }
  const w: World = {
    t,
    s,
    today: startDate,
    customers,
    products: [t.widget, t.gadget, t.service],
    taxRates: [t.vat20.id, t.vat7.id, zero.id, null],
    terms: { early: early.id, endOfMonth: endOfMonth.id },
    orders: [],
    invoices: new Map(),
    sources: new Map(),
    allocations: new Map(),
    tolerance: { amount: '0', percent: '0', taxCorrection: false, cashRounding: [] },
    outcomes: {},
  };
  await setTolerance(w, { amount: '0.50', percent: '1', taxCorrection: true, cashRounding: [] });
  return w;
}

/** Moves the fixed clock (and the date every document of the next steps carries) forward. */
export function advance(w: World, days: number): void {
  w.today = addDays(w.today, days);
  w.s.clock.set(`${w.today}T10:00:00Z`);
}

interface AttemptOptions {
  /** The model's verdict: true must succeed, false must be refused; undefined either is fine. */
  expectOk?: boolean | undefined;
  /** Take a fingerprint first, so a refusal is proven to have left every row as it was. */
  fingerprint?: boolean;
  /** The model's reason for expecting a refusal, for the failure message. */
  why?: string | null;
}

const refusals = new Set<string>([
  'VALIDATION',
  'CONFLICT',
  'NOT_FOUND',
  'INSUFFICIENT_STOCK',
  'CREDIT_HOLD',
]);

/** Runs one call; a typed refusal is a normal outcome (counted), any other error fails the property. */
export async function attempt<T>(
  w: World,
  label: string,
  call: () => Promise<T>,
  options: AttemptOptions = {},
): Promise<T | undefined> {
  const before = options.fingerprint ? fingerprint(w.s) : null;
  let value: T;
  try {
    value = await call();
  } catch (error) {
    // a user's wrong choice; anything else (UNBALANCED, IMMUTABLE, INTERNAL…) is a fault of the app
    if (!(error instanceof OrdoError) || !refusals.has(error.code)) throw error;
    count(w, `${label}:${error.code}`);
    expect(options.expectOk, `${label} refused: ${error.message}`).not.toBe(true);
    if (before !== null) {
      expect(fingerprint(w.s), `${label} was refused (${error.message}) yet changed the file`).toBe(before);
      count(w, 'refusalLeftFileUnchanged');
    }
    return undefined;
  }
  count(w, `${label}:ok`);
  expect(
    options.expectOk,
    `${label} succeeded though the model expected a refusal: ${options.why ?? ''}`,
  ).not.toBe(false);
  return value;
}

// ---- the model's rules (the domain's, written again here independently of electron/) ----

const minorOf = (currency: Currency) => (currency === 'JPY' ? 0 : currency === 'KWD' ? 3 : 2);

/** The full early-payment discount of an invoice (round half-up of total × percent). */
export function fullDiscount(inv: ModelInvoice): number {
  if (!inv.earlyDiscount) return 0;
  return new Dec(inv.total)
    .times(inv.earlyDiscount.percent)
    .div(100)
    .toDecimalPlaces(0, Dec.ROUND_HALF_UP)
    .toNumber();
}

/** What may still be taken as early-payment discount on `date`: the full discount once, less what was taken. */
export function discountRoom(inv: ModelInvoice, date: string): number {
  if (!inv.earlyDiscount || date > inv.earlyDiscount.deadline) return 0;
  return Math.max(0, Math.min(fullDiscount(inv) - inv.discounted, inv.open));
}

/** An underpayment within the write-off tolerance: by amount (invoice currency) or by percent of the open amount. */
export function withinTolerance(w: World, currency: Currency, shortfall: number, open: number): boolean {
  if (shortfall <= 0 || shortfall > open) return false;
  const amount = new Dec(w.tolerance.amount)
    .times(new Dec(10).pow(minorOf(currency)))
    .floor()
    .toNumber();
  if (shortfall <= amount) return true;
  return new Dec(shortfall).times(100).lte(new Dec(open).times(w.tolerance.percent));
}

export const openOf = (w: World, customer: number) =>
  [...w.invoices.values()].filter((i) => i.customer === customer && i.open > 0);

/** Live sources of a customer with credit left, oldest first (payments before credit notes on a day). */
export function creditOf(w: World, customer: number): ModelSource[] {
  return [...w.sources.values()]
    .filter((s) => s.customer === customer && s.isLive && s.remaining > 0)
    .sort((a, b) =>
      a.date !== b.date
        ? a.date < b.date
          ? -1
          : 1
        : a.type !== b.type
          ? a.type === 'payment'
            ? -1
            : 1
          : a.id - b.id,
    );
}

export const creditTotal = (w: World, customer: number) =>
  creditOf(w, customer).reduce((sum, s) => sum + s.remaining, 0);

/** A new posted invoice enters the model at its full total. */
export function addInvoice(
  w: World,
  customer: number,
  inv: {
    id: number;
    number: string | null;
    orderId: number | null;
    isDeposit: boolean;
    invoiceDate: string;
    total: number;
    earlyDiscount: ModelInvoice['earlyDiscount'];
  },
): void {
  w.invoices.set(inv.id, {
    id: inv.id,
    number: inv.number ?? '',
    customer,
    orderId: inv.orderId,
    date: inv.invoiceDate,
    total: inv.total,
    open: inv.total,
    discounted: 0,
    credited: 0,
    isDisputed: false,
    isDeposit: inv.isDeposit,
    earlyDiscount: inv.earlyDiscount,
  });
}

/** A settlement row the SUT wrote for the model's own request: its effect on the invoice (and the source). */
export function settle(w: World, row: ModelAllocation): void {
  const inv = w.invoices.get(row.invoiceId);
  if (!inv) throw new Error(`the model does not know invoice ${row.invoiceId}`);
  inv.open -= row.amount;
  if (row.kind === 'discount') inv.discounted += row.amount;
  const source = w.sources.get(row.source);
  if (row.kind === 'apply' && source) source.remaining -= row.amount;
  w.allocations.set(row.id, row);
}

/** Taking a row back: the invoice owes it again, an applied amount returns to its source. */
export function unsettle(w: World, row: ModelAllocation): void {
  const inv = w.invoices.get(row.invoiceId);
  if (!inv) throw new Error(`the model does not know invoice ${row.invoiceId}`);
  inv.open += row.amount;
  if (row.kind === 'discount') inv.discounted -= row.amount;
  const source = w.sources.get(row.source);
  if (row.kind === 'apply' && source) source.remaining += row.amount;
  row.isReversed = true;
}
