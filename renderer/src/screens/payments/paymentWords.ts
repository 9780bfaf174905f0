// Plain words for how a customer paid and for what each allocation row did, shared by the payment screens.
import type { AllocationRow, PaymentMethod } from '../../../../shared/contract';
import type { Option } from '../../components/Field';
import type { Area } from '../../lib/queries';

export const methodLabels = {
  bank_transfer: 'Bank transfer',
  card: 'Card',
  cash: 'Cash',
  cheque: 'Cheque',
} as const satisfies Record<PaymentMethod, string>;

export const methodOptions: readonly Option[] = Object.entries(methodLabels).map(([value, label]) => ({
  value,
  label,
}));

export function isPaymentMethod(value: string): value is PaymentMethod {
  return Object.prototype.hasOwnProperty.call(methodLabels, value);
}

/** What an allocation row did, in the words of the payment view. */
export function allocationKindText(row: AllocationRow): string {
  if (row.reversesId !== null) return 'Taken back';
  if (row.refundId !== null) return 'Refunded';
  if (row.kind === 'discount') return 'Early-payment discount';
  if (row.kind === 'writeoff') return 'Written off';
  return 'Paid';
}

/** A row that still counts: not taken back, not itself a taking-back, and on an invoice (refunds are paid out). */
export function isLiveAllocation(row: AllocationRow): boolean {
  return !row.isReversed && row.reversesId === null && row.invoiceId !== null;
}

/** The row as a noun, for button names and questions ("Unallocate the discount on INV-…"). */
export const allocationNoun: Record<AllocationRow['kind'], string> = {
  apply: 'payment',
  discount: 'discount',
  writeoff: 'write-off',
};

/**
 * Recording, allocating or reversing a payment changes invoices' open amounts, the customer's account and
 * credit exposure, and the ledger: all of those cached answers are stale afterwards.
 */
export const receivablesAreas: Area[] = ['payments', 'invoices', 'customers', 'credits', 'credit', 'ledger'];
