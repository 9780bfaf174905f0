// An invoice's status in words and in the chip colours of ui.md: draft grey, open blue, overdue red,
// paid green, credited muted. The word is always shown, so colour is never the only signal.
import type { InvoiceStatus } from '../../../../shared/contract';
import type { Tone } from '../../components/StatusChip';

export const invoiceStatusLabels: Readonly<Record<InvoiceStatus, string>> = {
  draft: 'Draft',
  open: 'Open',
  partially_paid: 'Partially paid',
  overdue: 'Overdue',
  paid: 'Paid',
  credited: 'Credited',
  partly_credited: 'Partly credited',
};

export const invoiceStatusTone: Readonly<Record<InvoiceStatus, Tone>> = {
  draft: 'draft',
  open: 'open',
  partially_paid: 'open',
  overdue: 'danger',
  paid: 'done',
  credited: 'muted',
  partly_credited: 'muted',
};

/** Posted and something still to collect: payments and credit notes apply to it. */
export function isCollectible(status: InvoiceStatus): boolean {
  return ['open', 'partially_paid', 'overdue', 'partly_credited'].includes(status);
}
