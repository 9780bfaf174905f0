// Stock availability and the shipment check: never more than ordered, not more than on hand unless allowed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availability, checkShipment, type ShipmentRequest } from '../../../shared/stock/availability';

const request = (r: Partial<ShipmentRequest> = {}): ShipmentRequest => ({
  requested: 10_000,
  remainingOnOrder: 50_000,
  onHand: 30_000,
  allowNegativeStock: false,
  isStockTracked: true,
  ...r,
});

describe('availability', () => {
  it('is on hand minus reserved', () => {
    // 12.5 on hand, 4.25 reserved → 8.25 available
    expect(availability({ onHand: 125_000, reserved: 42_500 })).toEqual({
      onHand: 125_000,
      reserved: 42_500,
      available: 82_500,
    });
    expect(availability({ onHand: -20_000, reserved: 10_000 }).available).toBe(-30_000);
  });

  it('refuses negative reservations and non-integers', () => {
    expect(() => availability({ onHand: 0, reserved: -1 })).toThrow(/reserved/);
    expect(() => availability({ onHand: 0.5, reserved: 0 })).toThrow(/onHand/);
  });
});

describe('checkShipment', () => {
  it('accepts up to what remains on the order and what is on hand', () => {
    expect(checkShipment(request({ requested: 30_000 }))).toEqual({ ok: true });
  });

  it('always refuses more than ordered, offering what can ship', () => {
    // 6 requested, 5 left on the order, 3 on hand → at most 3 can ship now.
    expect(checkShipment(request({ requested: 60_000 }))).toEqual({
      ok: false,
      reason: 'more_than_ordered',
      max: 30_000,
    });
    expect(checkShipment(request({ requested: 60_000, allowNegativeStock: true }))).toEqual({
      ok: false,
      reason: 'more_than_ordered',
      max: 50_000,
    });
    expect(checkShipment(request({ requested: 1, remainingOnOrder: 0 }))).toEqual({
      ok: false,
      reason: 'more_than_ordered',
      max: 0,
    });
  });

  it('refuses more than on hand for tracked stock', () => {
    expect(checkShipment(request({ requested: 30_001 }))).toEqual({
      ok: false,
      reason: 'insufficient_stock',
      max: 30_000,
    });
    expect(checkShipment(request({ onHand: -5 }))).toEqual({
      ok: false,
      reason: 'insufficient_stock',
      max: 0,
    });
  });

  it('lets negative stock or untracked products ship beyond on hand', () => {
    expect(checkShipment(request({ requested: 40_000, allowNegativeStock: true }))).toEqual({ ok: true });
    expect(checkShipment(request({ requested: 40_000, onHand: 0, isStockTracked: false }))).toEqual({
      ok: true,
    });
  });

  it('refuses an empty or malformed request', () => {
    expect(() => checkShipment(request({ requested: 0 }))).toThrow(/more than 0/);
    expect(() => checkShipment(request({ requested: -1 }))).toThrow(/requested/);
    expect(() => checkShipment(request({ remainingOnOrder: 1.5 }))).toThrow(/remainingOnOrder/);
  });

  it('accepts exactly the requests up to max, whenever it refuses', () => {
    const nat = fc.integer({ min: 0, max: 10 ** 9 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 9 }),
        nat,
        fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
        fc.boolean(),
        fc.boolean(),
        (requested, remainingOnOrder, onHand, allowNegativeStock, isStockTracked) => {
          const r = { requested, remainingOnOrder, onHand, allowNegativeStock, isStockTracked };
          const result = checkShipment(r);
          const bound = isStockTracked && !allowNegativeStock;
          expect(result.ok).toBe(requested <= remainingOnOrder && (!bound || requested <= onHand));
          if (!result.ok) {
            expect(result.max).toBeLessThan(requested);
            if (result.max > 0) expect(checkShipment({ ...r, requested: result.max })).toEqual({ ok: true });
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
