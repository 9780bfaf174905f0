// Steps of the receivables property test that move money: payments recorded with the proposed allocation
// (kept, or edited: partial, write-off, early-payment discount, or made invalid on purpose), a remainder
// allocated later, allocations taken back, payments reversed, customer credit applied or refunded; and the
// company's rates and tolerance changing on the way. The model predicts which calls must be refused.
import { expect } from 'vitest';
import { addDays } from '../../../shared/dates';
import { editRows, problemOf, proposal, recordSettlements, type Edit, type Row } from './propertyAllocation';
import { rateNear } from './propertyDocuments';
import {
  attempt,
  count,
  creditOf,
  creditTotal,
  openOf,
  setTolerance,
  settle,
  sourceKey,
  unsettle,
  type ModelSource,
  type World,
} from './propertyWorld';

export type CashStep =
  | { op: 'rate'; currency: number; permille: number; shift: number }
  | { op: 'tolerance'; amount: string; percent: string; taxCorrection: boolean; cashRounding: number }
  | { op: 'dispute'; invoice: number }
  | {
      op: 'pay';
      customer: number;
      /** Share of what the customer owes (‰), or an amount short of it, or a prepayment. */
      amount: { permille: number } | { short: number } | { prepay: number };
      edit: Edit;
      reference: number | null;
      /** Minor units an edit cuts off a row (to write off, say). */
      cut: number;
      /** Entered rate (‰ of the centre) instead of the company's rate of the day. */
      rate: number | null;
      method: 'bank_transfer' | 'cash' | 'card';
      check: boolean;
    }
  | { op: 'allocate'; payment: number; permille: number; anyPayment: boolean }
  | { op: 'unallocate'; allocation: number; liveOnly: boolean }
  | { op: 'reverse'; payment: number }
  | { op: 'applyCredit'; customer: number; invoice: number; permille: number; named: number | null }
  | { op: 'refund'; customer: number; permille: number; named: number | null; rate: number | null };

const pick = <T>(items: readonly T[], i: number): T | undefined =>
  items.length ? items[i % items.length] : undefined;

async function pay(w: World, st: Extract<CashStep, { op: 'pay' }>) {
  const index = st.customer % w.customers.length;
  const customer = w.customers[index]!;
  const open = openOf(w, index);
  const owed = open.reduce((sum, i) => sum + i.open, 0);
  const scale = { EUR: 100, USD: 100, JPY: 1, KWD: 1000 }[customer.currency];
  const base =
    'permille' in st.amount && owed > 0
      ? Math.floor((owed * st.amount.permille) / 1000)
      : 'short' in st.amount && owed > 0
        ? owed - st.amount.short
        : ('prepay' in st.amount ? st.amount.prepay : 25) * scale;
  const reference = st.reference === null ? '' : (pick(open, st.reference)?.number ?? '');
  const p = await proposal(w, index, Math.max(1, base), reference);
  const { rows, extra } = editRows(w, index, st, p);
  const amount = Math.max(1, base + extra);
  const other = w.customers[(index + 1) % w.customers.length]!.currency;
  const currency = st.edit === 'wrongCurrency' ? other : customer.currency;
  const problem = currency === customer.currency ? problemOf(w, index, rows, amount) : 'currency';
  const expectOk = problem === null;
  const payment = await attempt(
    w,
    'pay',
    () =>
      w.s.call('payments.record', {
        customerId: customer.id,
        date: w.today,
        amount,
        currency,
        ...(st.rate !== null && customer.currency !== 'EUR'
          ? { fxRate: rateNear(customer.currency, st.rate) }
          : {}),
        method: st.method,
        reference,
        allocations: rows,
      }),
    { expectOk, fingerprint: !expectOk || st.check, why: problem },
  );
  if (!payment) return;
  const key = sourceKey('payment', payment.id);
  w.sources.set(key, {
    key,
    type: 'payment',
    id: payment.id,
    customer: index,
    date: w.today,
    remaining: amount,
    isLive: true,
    isRefunded: false,
  });
  recordSettlements(w, key, rows, payment.allocations);
  expect(payment.unapplied, `${payment.number} unapplied`).toBe(w.sources.get(key)?.remaining);
  if (payment.unapplied > 0) count(w, 'overpaid');
  count(w, `paidIn${customer.currency}`);
  if (st.edit !== 'asProposed') count(w, `pay_${st.edit}`);
}

async function allocate(w: World, st: Extract<CashStep, { op: 'allocate' }>) {
  const payments = [...w.sources.values()].filter(
    (s) => s.type === 'payment' && (st.anyPayment || (s.isLive && s.remaining > 0)),
  );
  const source = pick(payments, st.payment);
  if (!source) return;
  const amount = Math.max(1, Math.floor((source.remaining * st.permille) / 1000));
  const p = await proposal(w, source.customer, amount, '');
  const rows: Row[] = p.rows
    .filter((r) => r.amount > 0)
    .map((r) => ({ invoiceId: r.invoiceId, amount: r.amount, writeOff: 0, discount: 0 }));
  if (rows.length === 0) return;
  const problem = source.isLive ? problemOf(w, source.customer, rows, source.remaining) : 'reversed';
  const expectOk = problem === null;
  const payment = await attempt(
    w,
    'allocate',
    () => w.s.call('payments.allocate', { paymentId: source.id, date: w.today, allocations: rows }),
    { expectOk, fingerprint: !expectOk, why: problem },
  );
  if (!payment) return;
  recordSettlements(w, source.key, rows, payment.allocations);
  expect(payment.unapplied).toBe(source.remaining);
}

async function unallocate(w: World, st: Extract<CashStep, { op: 'unallocate' }>) {
  const rows = [...w.allocations.values()].filter(
    (a) => !st.liveOnly || (!a.isReversed && w.sources.get(a.source)?.type === 'payment'),
  );
  const row = pick(rows, st.allocation);
  if (!row) return;
  const source = w.sources.get(row.source);
  const expectOk = !row.isReversed && source?.type === 'payment';
  const payment = await attempt(
    w,
    'unallocate',
    () => w.s.call('payments.unallocate', { allocationId: row.id, date: w.today, reason: 'Wrong invoice' }),
    { expectOk, fingerprint: !expectOk },
  );
  if (!payment) return;
  unsettle(w, row);
  expect(payment.unapplied).toBe(source?.remaining);
  count(w, `unallocate_${row.kind}`);
}

async function reverse(w: World, st: Extract<CashStep, { op: 'reverse' }>) {
  const source = pick(
    [...w.sources.values()].filter((s) => s.type === 'payment'),
    st.payment,
  );
  if (!source) return;
  const expectOk = source.isLive && !source.isRefunded;
  const payment = await attempt(
    w,
    'reverse',
    () => w.s.call('payments.reverse', { id: source.id, date: w.today, reason: 'Bounced' }),
    { expectOk, fingerprint: !expectOk },
  );
  if (!payment) return;
  for (const row of w.allocations.values())
    if (row.source === source.key && !row.isReversed) unsettle(w, row);
  source.isLive = false;
  source.remaining = 0;
  expect([payment.isReversed, payment.unapplied]).toEqual([true, 0]);
}

/** Oldest source first (or the one named), as much of each as is still needed. */
function piecesOf(w: World, customer: number, amount: number, named: ModelSource | undefined) {
  let left = amount;
  return (named ? [named] : creditOf(w, customer)).flatMap((source) => {
    const piece = Math.min(left, source.remaining);
    left -= piece;
    return piece > 0 ? [{ source, piece }] : [];
  });
}

async function applyCredit(w: World, st: Extract<CashStep, { op: 'applyCredit' }>) {
  const index = st.customer % w.customers.length;
  const inv = pick(openOf(w, index), st.invoice) ?? pick([...w.invoices.values()], st.invoice);
  const named = st.named === null ? undefined : pick(creditOf(w, index), st.named);
  const available = named ? named.remaining : creditTotal(w, index);
  if (!inv || available === 0) return;
  const amount = Math.max(1, Math.floor((Math.min(available, Math.max(inv.open, 1)) * st.permille) / 1000));
  const expectOk = inv.customer === index && amount <= inv.open && amount <= available;
  const result = await attempt(
    w,
    'applyCredit',
    () =>
      w.s.call('credits.apply', {
        customerId: w.customers[index]!.id,
        invoiceId: inv.id,
        amount,
        date: w.today,
        ...(named ? { source: { sourceType: named.type, sourceId: named.id } } : {}),
      }),
    { expectOk, fingerprint: !expectOk },
  );
  if (!result) return;
  const pieces = piecesOf(w, index, amount, named);
  expect(result.allocations.map((a) => a.amount)).toEqual(pieces.map((p) => p.piece));
  pieces.forEach(({ source, piece }, i) => {
    const id = result.allocations[i]!.id;
    settle(w, { id, source: source.key, invoiceId: inv.id, kind: 'apply', amount: piece, isReversed: false });
  });
  expect(result.unapplied).toBe(creditTotal(w, index));
}

async function refund(w: World, st: Extract<CashStep, { op: 'refund' }>) {
  const index = st.customer % w.customers.length;
  const customer = w.customers[index]!;
  const named = st.named === null ? undefined : pick(creditOf(w, index), st.named);
  const available = named ? named.remaining : creditTotal(w, index);
  if (available === 0) return;
  const amount = Math.max(1, Math.floor((available * st.permille) / 1000));
  const rate = st.rate !== null && customer.currency !== 'EUR' ? rateNear(customer.currency, st.rate) : null;
  const done = await attempt(
    w,
    'refund',
    () =>
      w.s.call('credits.refund', {
        customerId: customer.id,
        amount,
        date: w.today,
        ...(rate ? { fxRate: rate } : {}),
        ...(named ? { source: { sourceType: named.type, sourceId: named.id } } : {}),
      }),
    { expectOk: amount <= available, fingerprint: amount > available },
  );
  if (!done) return;
  for (const { source, piece } of piecesOf(w, index, amount, named)) {
    source.remaining -= piece;
    if (source.type === 'payment') source.isRefunded = true;
  }
}

const cashRoundings = [
  [],
  [{ currency: 'EUR', increment: '0.05' }],
  [
    { currency: 'EUR', increment: '0.05' },
    { currency: 'JPY', increment: '5' },
    { currency: 'KWD', increment: '0.050' },
  ],
];

export async function applyCashStep(w: World, st: CashStep): Promise<void> {
  switch (st.op) {
    case 'rate': {
      const currency = (['USD', 'JPY', 'KWD'] as const)[st.currency % 3]!;
      await attempt(w, 'rate', () =>
        w.s.call('exchangeRates.set', {
          currency,
          date: addDays(w.today, st.shift),
          rate: rateNear(currency, st.permille),
        }),
      );
      return;
    }
    case 'tolerance':
      await setTolerance(w, {
        amount: st.amount,
        percent: st.percent,
        taxCorrection: st.taxCorrection,
        cashRounding: cashRoundings[st.cashRounding % cashRoundings.length] ?? [],
      });
      count(w, 'tolerance:ok');
      return;
    case 'dispute': {
      const inv = pick([...w.invoices.values()], st.invoice);
      if (!inv) return;
      const done = await attempt(
        w,
        'dispute',
        () => w.s.call('invoices.setDisputed', { id: inv.id, disputed: !inv.isDisputed, reason: 'Damaged' }),
        { expectOk: true },
      );
      if (done) inv.isDisputed = !inv.isDisputed;
      return;
    }
    case 'pay':
      return pay(w, st);
    case 'allocate':
      return allocate(w, st);
    case 'unallocate':
      return unallocate(w, st);
    case 'reverse':
      return reverse(w, st);
    case 'applyCredit':
      return applyCredit(w, st);
    case 'refund':
      return refund(w, st);
  }
}
