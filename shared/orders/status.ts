// An order's status is derived from facts (flags and line quantities), never stored and updated by hand,
// so it cannot drift from the shipments and cancellations it summarises.

export type OrderStatus =
  | 'draft'
  | 'quote'
  | 'converted'
  | 'on_hold'
  | 'rejected'
  | 'confirmed'
  | 'partially_shipped'
  | 'shipped'
  | 'invoiced'
  | 'closed'
  | 'cancelled';

/** Quantities in ten-thousandths (e4). */
export interface LineQuantities {
  ordered: number;
  shipped: number;
  cancelled: number;
}

export interface StatusFacts {
  kind: 'order' | 'quote';
  isConfirmed: boolean;
  isOnHold: boolean;
  isRejected: boolean;
  isConverted: boolean;
  isCancelled: boolean;
  lines: LineQuantities[];
  /**
   * Billing facts: every line billed as far as it can be (goods as shipped, services and fees as ordered),
   * by at least one posted invoice; and every posted invoice of the order paid or credited.
   */
  billing?: { isFullyInvoiced: boolean; isSettled: boolean };
}

export type StatusTone = 'grey' | 'blue' | 'amber' | 'red' | 'green' | 'muted';

function assertQuantities(line: LineQuantities): void {
  for (const key of ['ordered', 'shipped', 'cancelled'] as const) {
    if (!Number.isSafeInteger(line[key]) || line[key] < 0) {
      throw new RangeError(`${key} must be a whole number of ten-thousandths ≥ 0, got ${String(line[key])}`);
    }
  }
}

/** What is still to ship on a line; never negative, even when more was shipped than ordered. */
export function remainingToShip(line: LineQuantities): number {
  assertQuantities(line);
  return Math.max(0, line.ordered - line.shipped - line.cancelled);
}

const isFullyCancelled = (line: LineQuantities): boolean => line.cancelled >= line.ordered;
const isDone = (line: LineQuantities): boolean => remainingToShip(line) === 0;

// First matching row wins. Hold and refusal come before "not confirmed" because a held order is one whose
// confirmation is waiting for approval, whether or not the caller already sets isConfirmed.
const statusRules: readonly { status: OrderStatus; applies: (f: StatusFacts) => boolean }[] = [
  { status: 'converted', applies: (f) => f.kind === 'quote' && f.isConverted },
  { status: 'cancelled', applies: (f) => f.kind === 'quote' && f.isCancelled },
  { status: 'quote', applies: (f) => f.kind === 'quote' },
  {
    status: 'cancelled',
    applies: (f) => f.isCancelled || (f.lines.length > 0 && f.lines.every(isFullyCancelled)),
  },
  { status: 'rejected', applies: (f) => f.isRejected },
  { status: 'on_hold', applies: (f) => f.isOnHold },
  { status: 'draft', applies: (f) => !f.isConfirmed },
  {
    status: 'closed',
    applies: (f) => f.lines.every(isDone) && f.billing?.isFullyInvoiced === true && f.billing.isSettled,
  },
  { status: 'invoiced', applies: (f) => f.lines.every(isDone) && f.billing?.isFullyInvoiced === true },
  { status: 'confirmed', applies: (f) => f.lines.every((line) => line.shipped === 0) },
  { status: 'shipped', applies: (f) => f.lines.every(isDone) },
];

export function deriveOrderStatus(f: StatusFacts): OrderStatus {
  f.lines.forEach(assertQuantities);
  return statusRules.find((rule) => rule.applies(f))?.status ?? 'partially_shipped';
}

export const orderStatusLabels: Readonly<Record<OrderStatus, string>> = {
  draft: 'Draft',
  quote: 'Quote',
  converted: 'Converted',
  on_hold: 'On hold',
  rejected: 'Credit refused',
  confirmed: 'Confirmed',
  partially_shipped: 'Partially shipped',
  shipped: 'Shipped',
  invoiced: 'Invoiced',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

/** Chip colours from ui.md. */
export const orderStatusTone: Readonly<Record<OrderStatus, StatusTone>> = {
  draft: 'grey',
  quote: 'grey',
  converted: 'muted',
  on_hold: 'amber',
  rejected: 'red',
  confirmed: 'blue',
  partially_shipped: 'blue',
  shipped: 'green',
  invoiced: 'blue',
  closed: 'green',
  cancelled: 'muted',
};
