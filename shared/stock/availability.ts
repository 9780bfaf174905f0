// Stock availability per product and the check before a shipment, all in ten-thousandths (e4).

export interface StockLevel {
  onHand: number;
  reserved: number;
}

export interface Availability extends StockLevel {
  /** onHand − reserved; negative when more is promised than is on the shelf. */
  available: number;
}

export interface ShipmentRequest {
  requested: number;
  remainingOnOrder: number;
  onHand: number;
  allowNegativeStock: boolean;
  isStockTracked: boolean;
}

export type ShipmentCheck =
  | { ok: true }
  /** max: the most that could be shipped on this line right now (0 when nothing can). */
  | { ok: false; reason: 'more_than_ordered' | 'insufficient_stock'; max: number };

function assertWhole(value: number, label: string, allowNegative: boolean): void {
  if (!Number.isSafeInteger(value) || (!allowNegative && value < 0)) {
    const range = allowNegative ? '' : ' ≥ 0';
    throw new RangeError(`${label} must be a whole number of ten-thousandths${range}, got ${String(value)}`);
  }
}

function difference(a: number, b: number, label: string): number {
  const result = a - b;
  if (!Number.isSafeInteger(result)) throw new RangeError(`${label} is out of range`);
  return result;
}

export function availability({ onHand, reserved }: StockLevel): Availability {
  // On hand may be negative where a product allows negative stock; reservations cannot be.
  assertWhole(onHand, 'onHand', true);
  assertWhole(reserved, 'reserved', false);
  return { onHand, reserved, available: difference(onHand, reserved, 'available') };
}

/**
 * Compares with on hand, not available: the stock reserved for this very order is what it ships, so
 * counting its own reservation against it would refuse every shipment of reserved goods.
 */
export function checkShipment(request: ShipmentRequest): ShipmentCheck {
  const { requested, remainingOnOrder, onHand } = request;
  assertWhole(requested, 'requested', false);
  if (requested === 0) throw new RangeError('requested must be more than 0');
  assertWhole(remainingOnOrder, 'remainingOnOrder', false);
  assertWhole(onHand, 'onHand', true);

  const isStockBound = request.isStockTracked && !request.allowNegativeStock;
  const max = isStockBound ? Math.max(0, Math.min(remainingOnOrder, onHand)) : remainingOnOrder;
  if (requested > remainingOnOrder) return { ok: false, reason: 'more_than_ordered', max };
  if (isStockBound && requested > onHand) return { ok: false, reason: 'insufficient_stock', max };
  return { ok: true };
}
