// An order's or quote's status as a chip, in the colours of ui.md (the word is always there).
import {
  orderStatusLabels,
  orderStatusTone,
  type OrderStatus,
  type StatusTone,
} from '../../../../shared/orders/status';
import { StatusChip, type Tone } from '../../components/StatusChip';

const chipTone: Readonly<Record<StatusTone, Tone>> = {
  grey: 'draft',
  blue: 'open',
  amber: 'warning',
  red: 'danger',
  green: 'done',
  muted: 'muted',
};

export function OrderStatusChip({ status }: { status: OrderStatus }) {
  return <StatusChip tone={chipTone[orderStatusTone[status]]}>{orderStatusLabels[status]}</StatusChip>;
}
