// Allocation rows of the receivables property test: the proposal (checked against the model), the edits a user
// might make to it (partial, write-off, early-payment discount, or invalid on purpose), the model's verdict on
// the rows, and the rows the call wrote, entered into the model.
import { expect } from 'vitest';
import type { AllocationInput, Payment } from '../../../shared/contract';
import {
  count,
  discountRoom,
  fullDiscount,
  openOf,
  settle,
  withinTolerance,
  type World,
} from './propertyWorld';

export type Edit =
  | 'asProposed'
  | 'partial'
  | 'writeOff'
  | 'discount'
  | 'partialDiscount'
  | 'overOpen'
  | 'overAmount'
  | 'bigWriteOff'
  | 'partialWriteOff'
  | 'anyDiscount'
  | 'foreignInvoice'
  | 'wrongCurrency';

export type Row = Required<AllocationInput>;

/** The model's verdict on allocation rows drawn from `available` for customer `customer`: null when valid. */
export function problemOf(w: World, customer: number, rows: Row[], available: number): string | null {
  if (rows.reduce((sum, r) => sum + r.amount, 0) > available) return `more than the ${available} available`;
  const currency = w.customers[customer]!.currency;
  for (const r of rows) {
    const inv = w.invoices.get(r.invoiceId);
    const at = `invoice ${r.invoiceId} (${JSON.stringify(r)}, open ${inv?.open})`;
    if (!inv || inv.customer !== customer) return `${at} is another customer's`;
    if (r.amount + r.writeOff + r.discount > inv.open) return `${at}: more than open`;
    if (r.discount > 0 && r.discount > discountRoom(inv, w.today))
      return `${at}: discount beyond ${discountRoom(inv, w.today)} (taken ${inv.discounted} of ${fullDiscount(inv)})`;
    // the tolerance bounds the underpayment: what this payment and discount leave open
    const shortfall = inv.open - r.amount - r.discount;
    if (r.writeOff > 0 && !withinTolerance(w, currency, shortfall, inv.open))
      return `${at}: underpaid beyond the tolerance`;
  }
  return null;
}

/** The rows a call wrote for the model's request: each piece found once, with the amount asked. */
export function recordSettlements(w: World, source: string, rows: Row[], written: Payment['allocations']) {
  // rows not yet known to the model, leaving out reversals and refunds (those are no settlements)
  const fresh = written.filter(
    (a) => !w.allocations.has(a.id) && a.reversesId === null && a.refundId === null,
  );
  for (const r of rows)
    for (const kind of ['apply', 'discount', 'writeoff'] as const) {
      const amount = kind === 'apply' ? r.amount : kind === 'discount' ? r.discount : r.writeOff;
      if (amount === 0) continue;
      const found = fresh.find((a) => a.invoiceId === r.invoiceId && a.kind === kind);
      expect(found?.amount, `${kind} on invoice ${r.invoiceId}`).toBe(amount);
      settle(w, { id: found!.id, source, invoiceId: r.invoiceId, kind, amount, isReversed: false });
      if (kind !== 'apply') count(w, kind === 'discount' ? 'discountTaken' : 'writtenOff');
    }
  expect(fresh.length, 'no rows beyond those asked for').toBe(
    rows.reduce((n, r) => n + [r.amount, r.discount, r.writeOff].filter((a) => a > 0).length, 0),
  );
}

export async function proposal(w: World, customer: number, amount: number, reference: string) {
  const c = w.customers[customer]!;
  const p = await w.s.call('payments.proposeAllocation', {
    customerId: c.id,
    amount,
    date: w.today,
    reference,
  });
  // the grid starts from what the model says is open, and never proposes more than is open or paid
  const open = openOf(w, customer);
  expect(p.openTotal, 'proposal open total').toBe(open.reduce((sum, i) => sum + i.open, 0));
  for (const r of p.rows) {
    expect(r.open, `${r.number} open in the proposal`).toBe(w.invoices.get(r.invoiceId)?.open);
    expect(r.amount).toBeLessThanOrEqual(r.open);
    // the write-off limit is the largest underpayment the tolerance accepts
    const within = (shortfall: number) => withinTolerance(w, c.currency, shortfall, r.open);
    const limit = r.writeOffLimit;
    expect([limit === 0 || within(limit), limit < r.open && within(limit + 1)], `${r.number} limit`).toEqual([
      true,
      false,
    ]);
    const inv = w.invoices.get(r.invoiceId);
    if (inv) expect(r.discountAvailable, `${r.number} discount offered`).toBe(discountRoom(inv, w.today));
    // a disputed invoice is paid only when the customer names it
    if (inv?.isDisputed && !r.isReferenced) expect(r.amount, `${r.number} is disputed`).toBe(0);
    expect(r.isDisputed).toBe(inv?.isDisputed);
  }
  expect(p.rows.reduce((sum, r) => sum + r.amount, 0) + p.unapplied).toBe(amount);
  return p;
}

export function editRows(
  w: World,
  customer: number,
  { edit, cut }: { edit: Edit; cut: number },
  p: Awaited<ReturnType<typeof proposal>>,
) {
  const rows: Row[] = p.rows
    .filter((r) => r.amount > 0)
    .map((r) => ({ invoiceId: r.invoiceId, amount: r.amount, writeOff: 0, discount: 0 }));
  const first = rows[0];
  const openOfRow = (r: Row) => w.invoices.get(r.invoiceId)?.open ?? 0;
  let extra = 0;
  if (edit === 'partial' && first) first.amount = Math.floor(first.amount / 2);
  const last = rows[rows.length - 1];
  if (edit === 'writeOff' && last) {
    // the customer paid all but `cut` of the last invoice, and the rest is written off
    const paid = Math.max(0, openOfRow(last) - cut);
    extra = paid - last.amount;
    last.amount = paid;
    last.writeOff = openOfRow(last) - paid;
  }
  if (edit === 'discount' || edit === 'partialDiscount') {
    for (const r of p.rows.filter((x) => x.discountAvailable > 0 && x.amount > 0)) {
      const row = rows.find((x) => x.invoiceId === r.invoiceId)!;
      row.discount = r.discountAvailable;
      row.amount = Math.min(row.amount, r.open - r.discountAvailable);
      if (edit === 'partialDiscount') row.amount = Math.floor(row.amount / 2);
      if (edit === 'partialDiscount') break;
    }
  }
  if (edit === 'overOpen' && first) {
    extra = openOfRow(first) + 1 - first.amount;
    first.amount = openOfRow(first) + 1;
  }
  if (edit === 'overAmount' && first) extra = -1;
  if (edit === 'bigWriteOff' && first) first.writeOff = openOfRow(first) - first.amount;
  // a small write-off beside a payment that leaves much more open
  if (edit === 'partialWriteOff' && first) {
    first.amount = Math.floor(first.amount / 2);
    first.writeOff = Math.min(cut, openOfRow(first) - first.amount);
  }
  if (edit === 'anyDiscount' && first && first.amount > 1) {
    first.amount -= 1;
    first.discount = 1;
  }
  if (edit === 'foreignInvoice') {
    const other = [...w.invoices.values()].find((i) => i.customer !== customer && i.open > 0);
    if (other) rows.push({ invoiceId: other.id, amount: 1, writeOff: 0, discount: 0 });
  }
  return { rows: rows.filter((r) => r.amount + r.writeOff + r.discount > 0), extra };
}
