// An invoice's status chip, and the "Disputed" badge kept beside it (a dispute does not change the status).
import type { InvoiceStatus } from '../../../../shared/contract';
import { StatusChip } from '../../components/StatusChip';
import { invoiceStatusLabels, invoiceStatusTone } from './invoiceStatus';

export function InvoiceStatusChip({ status }: { status: InvoiceStatus }) {
  return <StatusChip tone={invoiceStatusTone[status]}>{invoiceStatusLabels[status]}</StatusChip>;
}

export function DisputedBadge({ isDisputed }: { isDisputed: boolean }) {
  return isDisputed ? <StatusChip tone="warning">Disputed</StatusChip> : null;
}
