// A shipment's stage in plain words and the colour of its chip: to pick, to ship, shipped, delivered, cancelled.
import type { Shipment, ShipmentRow } from '../../../../shared/contract';
import type { Tone } from '../../components/StatusChip';

export type Stage = ShipmentRow['stage'];

export const stageWords: Record<Stage, { label: string; tone: Tone }> = {
  to_pick: { label: 'To pick', tone: 'open' },
  to_ship: { label: 'To ship', tone: 'open' },
  shipped: { label: 'Shipped', tone: 'done' },
  delivered: { label: 'Delivered', tone: 'done' },
  cancelled: { label: 'Cancelled', tone: 'muted' },
};

/** The same rule as main's list: an open shipment is to pick until every line is packed, then to ship. */
export function stageOf(shipment: Pick<Shipment, 'status' | 'isFullyPacked'>): Stage {
  if (shipment.status !== 'open') return shipment.status;
  return shipment.isFullyPacked ? 'to_ship' : 'to_pick';
}
