// Credit exposure: what the customer owes or has committed to, in minor units of the customer's currency.
import { addMinor } from '../money';

export interface ExposureParts {
  /** Posted, unpaid invoices, overdue ones included. */
  openReceivables: number;
  /** Remaining value of confirmed orders not yet shipped. */
  confirmedNotShipped: number;
  shippedNotInvoiced: number;
  /** Payments and credit notes not yet applied to an invoice: they lower exposure. */
  unappliedCredits: number;
}

const partNames = [
  'openReceivables',
  'confirmedNotShipped',
  'shippedNotInvoiced',
  'unappliedCredits',
] as const;

/** openReceivables + confirmedNotShipped + shippedNotInvoiced − unappliedCredits (may be negative). */
export function totalExposure(p: ExposureParts): number {
  for (const name of partNames) {
    const value = p[name];
    // Each part is a magnitude; a negative one would mean a sign was applied twice upstream.
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`${name} must be a whole number of minor units ≥ 0, got ${String(value)}`);
    }
  }
  return addMinor(p.openReceivables, p.confirmedNotShipped, p.shippedNotInvoiced, -p.unappliedCredits);
}
