// Stock movements in plain words.
import type { StockMovement } from '../../../../shared/contract';

export const movementWords: Record<StockMovement['kind'], string> = {
  receipt: 'Received',
  adjustment: 'Adjusted',
  count: 'Counted',
  shipment: 'Shipped',
  return: 'Returned',
};
