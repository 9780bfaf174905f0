// The default allocation of a payment: invoices named in its reference first, then oldest due date first.
import type { IsoDate } from '../dates';
import { assertSafeMinor } from '../money';

export interface OpenInvoice {
  id: number;
  /** Posted number, e.g. "INV-2026-00042". */
  number: string;
  dueDate: IsoDate;
  /** Open amount in minor units, ≥ 0. */
  open: number;
}

export interface Proposal {
  allocations: { invoiceId: number; amount: number }[];
  /** Payment left over: stays on the customer as unapplied credit. */
  unapplied: number;
  /** Invoices found in the reference, in the order they appear there. */
  matchedInvoiceIds: number[];
}

const ALNUM = /[A-Za-z0-9]/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "INV-2026-00042" → prefix "INV-2026-", counter 42n; a number without trailing digits has no counter. */
type SplitNumber = { prefix: string; counter: bigint | null };

function splitNumber(number: string): SplitNumber {
  let start = number.length;
  while (start > 0 && isDigit(number.charCodeAt(start - 1))) start -= 1;
  if (start === number.length) return { prefix: number, counter: null };
  return { prefix: number.slice(0, start), counter: BigInt(number.slice(start)) };
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** The digits a number ends with, without leading zeros ("" when it has none). No regex: thousands are read. */
function counterDigits(number: string): string | null {
  let start = number.length;
  while (start > 0 && isDigit(number.charCodeAt(start - 1))) start -= 1;
  if (start === number.length) return null;
  let first = start;
  while (first < number.length - 1 && number[first] === '0') first += 1;
  return number.slice(first);
}

/** Natural order: prefix as text, then the counter as a number, so INV-9 sorts before INV-10. */
function compareNumbers(x: SplitNumber, y: SplitNumber): number {
  if (x.prefix !== y.prefix) return x.prefix < y.prefix ? -1 : 1;
  if (x.counter !== y.counter) return (x.counter ?? -1n) < (y.counter ?? -1n) ? -1 : 1;
  return 0;
}

/**
 * Where each invoice is named in the reference, case-insensitively:
 * 1. the full number, with any count of leading zeros on the counter ("inv-2026-42" = INV-2026-00042),
 *    not glued to letters/digits on either side;
 * 2. outside those spans, a bare counter ("43", "#0043") standing alone — not part of a word, a decimal
 *    amount or a date (no letter, digit, '.', ',', '-' or '/' touching it) — when exactly one of the open
 *    invoices has that counter.
 * Returns invoice id → position of its first mention, in the order of mention.
 */
export function findReferencedInvoices(
  reference: string,
  invoices: readonly OpenInvoice[],
): Map<number, number> {
  const found = new Map<number, number>();
  const taken: boolean[] = new Array<boolean>(reference.length).fill(false);
  // Either way an invoice is named, its counter stands in the reference as a whole run of digits (a full
  // number's counter follows its non-digit prefix and is not glued to a digit; a bare counter stands alone).
  // So only invoices whose counter is one of those runs can match: the rest (a customer may have thousands
  // open) are ruled out before any pattern is built, and cannot share a bare counter with a match either.
  const runs = new Set([...reference.matchAll(/\d+/g)].map((m) => m[0].replace(/^0+(?=\d)/, '')));
  const split = invoices
    .filter((invoice) => {
      const digits = counterDigits(invoice.number);
      return digits === null || runs.has(digits);
    })
    .map((invoice) => ({ invoice, ...splitNumber(invoice.number) }));
  for (const { invoice, prefix, counter } of split) {
    const body = counter === null ? escapeRegExp(prefix) : `${escapeRegExp(prefix)}0*${counter.toString()}`;
    const pattern = new RegExp(body, 'gi');
    for (const match of reference.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // Leading-zero runs are part of the counter, so "INV-2026-000042" may match; "INV-2026-420" not.
      if (ALNUM.test(reference[start - 1] ?? '') || ALNUM.test(reference[end] ?? '')) continue;
      if (!found.has(invoice.id)) found.set(invoice.id, start);
      for (let i = start; i < end; i += 1) taken[i] = true;
    }
  }
  const byCounter = new Map<bigint, OpenInvoice[]>();
  for (const { invoice, counter } of split) {
    if (counter === null) continue;
    const same = byCounter.get(counter);
    if (same) same.push(invoice);
    else byCounter.set(counter, [invoice]);
  }
  for (const match of reference.matchAll(/(?<![A-Za-z0-9.,\-/])\d+(?![A-Za-z0-9]|[.,\-/]\d)/g)) {
    if (taken[match.index]) continue;
    const candidates = byCounter.get(BigInt(match[0])) ?? [];
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only !== undefined && !found.has(only.id)) found.set(only.id, match.index);
  }
  return new Map([...found].sort((a, b) => a[1] - b[1]));
}

/**
 * Proposes allocations for a payment (or a credit being applied): invoices named in the reference in the
 * order they are named, then the rest by oldest due date, ties by invoice number, then id. No allocation
 * exceeds an invoice's open amount; Σ allocations + unapplied = amount.
 */
export function proposeAllocation(
  amount: number,
  reference: string,
  invoices: readonly OpenInvoice[],
  /** findReferencedInvoices(reference, invoices) when the caller has it already. */
  named?: ReadonlyMap<number, number>,
): Proposal {
  assertSafeMinor(amount, 'payment amount');
  if (amount < 0) throw new RangeError(`A payment amount cannot be negative, got ${amount}`);
  const ids = new Set<number>();
  for (const invoice of invoices) {
    assertSafeMinor(invoice.open, `open amount of ${invoice.number}`);
    if (invoice.open < 0)
      throw new RangeError(`Open amount of ${invoice.number} is negative: ${invoice.open}`);
    if (ids.has(invoice.id)) throw new RangeError(`Invoice ${invoice.id} is listed twice`);
    ids.add(invoice.id);
  }
  const candidates = invoices.filter((invoice) => invoice.open > 0);
  const mentions = named ?? findReferencedInvoices(reference, candidates);
  const byId = new Map(candidates.map((invoice) => [invoice.id, invoice]));
  const matched = [...mentions.keys()].flatMap((id) => byId.get(id) ?? []);
  const rest = candidates
    .filter((invoice) => !mentions.has(invoice.id))
    .map((invoice) => ({ invoice, number: splitNumber(invoice.number) }))
    .sort((a, b) =>
      a.invoice.dueDate !== b.invoice.dueDate
        ? a.invoice.dueDate < b.invoice.dueDate
          ? -1
          : 1
        : compareNumbers(a.number, b.number) || a.invoice.id - b.invoice.id,
    )
    .map(({ invoice }) => invoice);
  let remaining = amount;
  const allocations: Proposal['allocations'] = [];
  for (const invoice of [...matched, ...rest]) {
    if (remaining === 0) break;
    const take = Math.min(remaining, invoice.open);
    allocations.push({ invoiceId: invoice.id, amount: take });
    remaining -= take;
  }
  return { allocations, unapplied: remaining, matchedInvoiceIds: matched.map((invoice) => invoice.id) };
}
