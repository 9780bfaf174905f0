// Derived order status: the rule table row by row, and properties as shipments accumulate.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveOrderStatus,
  type LineQuantities,
  type OrderStatus,
  orderStatusLabels,
  orderStatusTone,
  remainingToShip,
  type StatusFacts,
} from '../../../shared/orders/status';

const q = (units: number) => units * 10_000;
const ln = (ordered: number, shipped = 0, cancelled = 0): LineQuantities => ({
  ordered: q(ordered),
  shipped: q(shipped),
  cancelled: q(cancelled),
});
const facts = (f: Partial<StatusFacts> = {}): StatusFacts => ({
  kind: 'order',
  isConfirmed: true,
  isOnHold: false,
  isRejected: false,
  isConverted: false,
  isCancelled: false,
  lines: [ln(5)],
  ...f,
});

describe('deriveOrderStatus', () => {
  it.each<[string, Partial<StatusFacts>, OrderStatus]>([
    ['open quote', { kind: 'quote', isConfirmed: false }, 'quote'],
    ['converted quote', { kind: 'quote', isConverted: true }, 'converted'],
    ['cancelled quote', { kind: 'quote', isCancelled: true }, 'cancelled'],
    [
      'converted wins over cancelled on a quote',
      { kind: 'quote', isConverted: true, isCancelled: true },
      'converted',
    ],
    ['unconfirmed order', { isConfirmed: false }, 'draft'],
    ['empty draft', { isConfirmed: false, lines: [] }, 'draft'],
    ['cancelled draft', { isConfirmed: false, isCancelled: true }, 'cancelled'],
    ['cancelled order', { isCancelled: true, lines: [ln(5, 2)] }, 'cancelled'],
    ['every line fully cancelled', { lines: [ln(5, 0, 5), ln(2, 0, 2)] }, 'cancelled'],
    ['refused credit', { isRejected: true }, 'rejected'],
    ['refused while flagged on hold', { isRejected: true, isOnHold: true }, 'rejected'],
    ['on hold', { isOnHold: true }, 'on_hold'],
    ['on hold before confirmation', { isOnHold: true, isConfirmed: false }, 'on_hold'],
    ['confirmed, nothing shipped', {}, 'confirmed'],
    ['confirmed without lines', { lines: [] }, 'confirmed'],
    ['one line cancelled, rest open', { lines: [ln(5, 0, 5), ln(3)] }, 'confirmed'],
    ['some shipped', { lines: [ln(5, 2), ln(3)] }, 'partially_shipped'],
    ['one line done, one open', { lines: [ln(5, 5), ln(3)] }, 'partially_shipped'],
    ['all shipped', { lines: [ln(5, 5), ln(3, 3)] }, 'shipped'],
    ['shipped, rest cancelled', { lines: [ln(5, 3, 2), ln(3, 0, 3)] }, 'shipped'],
    [
      'shipped 0.0001 short',
      { lines: [{ ordered: q(1), shipped: q(1) - 1, cancelled: 0 }] },
      'partially_shipped',
    ],
  ])('%s → %s', (_label, f, status) => {
    expect(deriveOrderStatus(facts(f))).toBe(status);
  });

  it('refuses malformed quantities', () => {
    expect(() => deriveOrderStatus(facts({ lines: [{ ordered: 1.5, shipped: 0, cancelled: 0 }] }))).toThrow(
      /ordered/,
    );
    expect(() => deriveOrderStatus(facts({ lines: [{ ordered: 1, shipped: -1, cancelled: 0 }] }))).toThrow(
      /shipped/,
    );
  });
});

describe('remainingToShip', () => {
  it('is ordered − shipped − cancelled, never negative', () => {
    expect(remainingToShip(ln(10, 3, 2))).toBe(q(5));
    expect(remainingToShip(ln(10, 10))).toBe(0);
    expect(remainingToShip(ln(10, 12))).toBe(0);
    expect(remainingToShip({ ordered: 15_000, shipped: 2_500, cancelled: 0 })).toBe(12_500);
  });
});

describe('labels and tones', () => {
  it('name and colour every status as ui.md says', () => {
    expect(orderStatusLabels).toEqual({
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
    });
    expect(orderStatusTone).toEqual({
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
    });
  });
});

describe('billing', () => {
  const shippedOrder = {
    kind: 'order' as const,
    isConfirmed: true,
    isOnHold: false,
    isRejected: false,
    isConverted: false,
    isCancelled: false,
    lines: [{ ordered: 20_000, shipped: 20_000, cancelled: 0 }],
  };
  it('is invoiced once everything is billed, closed once those invoices are settled', () => {
    expect(deriveOrderStatus({ ...shippedOrder, billing: { isFullyInvoiced: false, isSettled: true } })).toBe(
      'shipped',
    );
    expect(deriveOrderStatus({ ...shippedOrder, billing: { isFullyInvoiced: true, isSettled: false } })).toBe(
      'invoiced',
    );
    expect(deriveOrderStatus({ ...shippedOrder, billing: { isFullyInvoiced: true, isSettled: true } })).toBe(
      'closed',
    );
  });
  it('is not closed while goods are still to ship, however it is billed', () => {
    const partly = { ...shippedOrder, lines: [{ ordered: 20_000, shipped: 10_000, cancelled: 0 }] };
    expect(deriveOrderStatus({ ...partly, billing: { isFullyInvoiced: true, isSettled: true } })).toBe(
      'partially_shipped',
    );
  });
});

describe('status properties', () => {
  const genLine = fc
    .record({
      ordered: fc.integer({ min: 1, max: 1_000_000 }),
      cancelledShare: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ ordered, cancelledShare }) => ({
      ordered,
      cancelled: Math.floor((ordered * cancelledShare) / 100),
    }));
  const genLines = fc.array(genLine, { minLength: 1, maxLength: 8 });

  it('remainingToShip is never negative', () => {
    const nat = fc.integer({ min: 0, max: 10 ** 12 });
    fc.assert(
      fc.property(nat, nat, nat, (ordered, shipped, cancelled) => {
        const remaining = remainingToShip({ ordered, shipped, cancelled });
        expect(remaining).toBeGreaterThanOrEqual(0);
        expect(remaining).toBe(Math.max(0, ordered - shipped - cancelled));
      }),
    );
  });

  it('moves only forward, confirmed → partially shipped → shipped, as shipments accumulate', () => {
    const rank: Partial<Record<OrderStatus, number>> = { confirmed: 0, partially_shipped: 1, shipped: 2 };
    fc.assert(
      fc.property(genLines, fc.array(fc.nat(), { maxLength: 40 }), (lines, picks) => {
        if (lines.every((line) => line.cancelled >= line.ordered)) return;
        const state = lines.map((line) => ({ ...line, shipped: 0 }));
        let previous = deriveOrderStatus(facts({ lines: state }));
        expect(previous).toBe('confirmed');
        // Each pick ships part of what remains on one line; shipped never exceeds ordered.
        for (const pick of picks) {
          const line = state[pick % state.length];
          if (line === undefined) continue;
          line.shipped += Math.ceil(remainingToShip(line) / ((pick % 3) + 1));
          const status = deriveOrderStatus(facts({ lines: state }));
          expect(rank[status]).toBeDefined();
          expect(rank[status] ?? -1).toBeGreaterThanOrEqual(rank[previous] ?? 99);
          previous = status;
        }
        const everythingShipped = state.every((line) => remainingToShip(line) === 0);
        const anyShipped = state.some((line) => line.shipped > 0);
        expect(previous).toBe(everythingShipped ? 'shipped' : anyShipped ? 'partially_shipped' : 'confirmed');
      }),
      { numRuns: 500 },
    );
  });
});
