// An invoice's open amount and status, derived from its rows (never a running counter).
import { isIsoDate, type IsoDate } from '../dates';
import { assertSafeMinor } from '../money';

/** All minor units of the document currency, each ≥ 0; sums over the invoice's rows up to a date. */
export interface SettledParts {
  total: number;
  /** Σ payment and customer-credit allocations (net of reversals). */
  allocated: number;
  /** Σ credit notes applied to this invoice (their excess is customer credit, not counted here). */
  credited: number;
  writtenOff: number;
  discounted: number;
}

const partNames = ['total', 'allocated', 'credited', 'writtenOff', 'discounted'] as const;

/**
 * total − allocated − credited − writtenOff − discounted. Throws when a part is negative or the result
 * would be: allocation and crediting never exceed the open amount, so that is a bug upstream.
 */
export function openAmount(parts: SettledParts): number {
  for (const name of partNames) {
    assertSafeMinor(parts[name], name);
    if (parts[name] < 0) throw new RangeError(`${name} must be ≥ 0, got ${parts[name]}`);
  }
  const open = parts.total - parts.allocated - parts.credited - parts.writtenOff - parts.discounted;
  if (open < 0) {
    throw new RangeError(`Invoice settled beyond its total by ${-open}: allocations and credits exceed it`);
  }
  return open;
}

/**
 * The first installment not yet fully covered by what was settled (settled amounts fill installments in
 * due-date order), or null when nothing is open. Installments must be in due-date order, as
 * splitInstallments returns them.
 */
export function firstUnpaidDueDate(
  installments: readonly { dueDate: IsoDate; amount: number }[],
  settled: number,
): IsoDate | null {
  let covered = 0;
  for (const installment of installments) {
    covered += installment.amount;
    if (covered > settled) return installment.dueDate;
  }
  return null;
}

export type InvoiceStatus =
  'draft' | 'open' | 'partially_paid' | 'overdue' | 'paid' | 'credited' | 'partly_credited';

export interface StatusInput extends SettledParts {
  isPosted: boolean;
  /** In due-date order, summing to total. */
  installments: readonly { dueDate: IsoDate; amount: number }[];
  asOf: IsoDate;
}

/**
 * First matching rule wins:
 * draft (not posted) → credited (open 0, all of it by credit notes) → paid (open 0 otherwise) →
 * overdue (asOf after the due date of the first unpaid installment; the due date itself is not late) →
 * partially_paid (some allocation, write-off or discount) → partly_credited (some credit) → open.
 * The disputed flag is kept beside the status and does not change it.
 */
export function invoiceStatus(input: StatusInput): InvoiceStatus {
  if (!input.isPosted) return 'draft';
  if (!isIsoDate(input.asOf))
    throw new RangeError(`asOf must be a real YYYY-MM-DD date, got "${input.asOf}"`);
  const open = openAmount(input);
  const scheduled = input.installments.reduce((sum, i) => sum + i.amount, 0);
  if (scheduled !== input.total) {
    throw new RangeError(`Installments add up to ${scheduled}, not the invoice total ${input.total}`);
  }
  if (open === 0) return input.credited === input.total && input.total > 0 ? 'credited' : 'paid';
  const due = firstUnpaidDueDate(input.installments, input.total - open);
  if (due !== null && input.asOf > due) return 'overdue';
  if (input.allocated + input.writtenOff + input.discounted > 0) return 'partially_paid';
  if (input.credited > 0) return 'partly_credited';
  return 'open';
}
