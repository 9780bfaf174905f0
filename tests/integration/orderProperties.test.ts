// Random sequences of what users do with orders, credit, stock and shipments, applied through the contract; after
// each sequence the invariants of the stock and order ledgers must hold whatever was refused on the way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Order, Product } from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import { formatQuantity, parseQuantity } from '../../shared/quantity';
import { verifyOrder } from '../../electron/orders/refresh';
import { makeTrade, sqliteOf, type Trade } from '../helpers/orderFixtures';
import type { TestServices } from '../helpers/services';

type Step =
  | { op: 'create'; customer: number; lines: { product: number; qty: number }[] }
  | { op: 'confirm' | 'approve' | 'reject' | 'cancelOrder'; order: number }
  | { op: 'cancelLine' | 'edit'; order: number; line: number; qty: number }
  | { op: 'ship'; order: number; shares: number[]; now: boolean }
  | { op: 'packAndShip' | 'cancelShipment'; shipment: number }
  | { op: 'receipt'; product: number; qty: number };

/** Quantities in e4 with 0–2 decimals, small enough that stock runs short now and then. */
const qty = fc.integer({ min: 1, max: 80 }).map((n) => n * 1250);
const index = fc.nat({ max: 30 });

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('create' as const),
      customer: fc.nat({ max: 1 }),
      lines: fc.array(fc.record({ product: fc.nat({ max: 2 }), qty }), { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('confirm' as const), order: index }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('approve' as const), order: index }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reject' as const), order: index }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cancelOrder' as const), order: index }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('cancelLine' as const), order: index, line: index, qty }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('edit' as const), order: index, line: index, qty }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('ship' as const),
      order: index,
      shares: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }),
      now: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('packAndShip' as const), shipment: index }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cancelShipment' as const), shipment: index }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('receipt' as const), product: fc.nat({ max: 1 }), qty }),
  },
);

interface World {
  t: Trade;
  s: TestServices;
  products: Product[];
  customers: number[];
  orders: number[];
  /** e4 received per product id, as the test counts it. */
  received: Map<number, number>;
  /** How often each step succeeded (`ship:ok`) or was refused (`ship:INSUFFICIENT_STOCK`). */
  outcomes: Record<string, number>;
}

const pick = <T>(items: T[], i: number): T | undefined =>
  items.length ? items[i % items.length] : undefined;

/** Runs a call; a typed refusal is a normal outcome (counted), any other error fails the property. */
async function attempt(w: World, label: string, call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    w.outcomes[`${label}:ok`] = (w.outcomes[`${label}:ok`] ?? 0) + 1;
    return true;
  } catch (error) {
    if (!(error instanceof OrdoError)) throw error;
    if (error.code === 'INTERNAL') throw error;
    const key = `${label}:${error.code}`;
    w.outcomes[key] = (w.outcomes[key] ?? 0) + 1;
    return false;
  }
}

/** The i-th order; with statuses, the i-th among orders in those statuses (so steps mostly do something). */
async function orderAt(w: World, i: number, statuses?: string[]): Promise<Order | undefined> {
  const ids = statuses
    ? (await w.s.call('orders.list', { status: statuses, limit: 500 })).rows.map((r) => r.id)
    : w.orders;
  const id = pick(ids, i);
  return id === undefined ? undefined : w.s.call('orders.get', { id });
}

const statusesFor: Partial<Record<Step['op'], string[]>> = {
  confirm: ['draft'],
  approve: ['on_hold'],
  reject: ['on_hold'],
  ship: ['confirmed', 'partially_shipped'],
};

async function openShipmentAt(w: World, i: number) {
  const open = (await w.s.call('shipments.list', { stage: 'open', limit: 500 })).rows;
  const row = pick(open, i);
  return row ? w.s.call('shipments.get', { id: row.id }) : undefined;
}

async function packAndShip(w: World, id: number) {
  const shipment = await w.s.call('shipments.get', { id });
  for (const line of shipment.lines)
    await w.s.call('shipments.setPacked', { id, lineId: line.id, packed: line.quantity });
  await w.s.call('shipments.ship', { id, shipDate: '2026-03-16', carrier: 'DHL' });
}

async function apply(w: World, st: Step): Promise<void> {
  const { s } = w;
  switch (st.op) {
    case 'create': {
      const customerId = w.customers[st.customer]!;
      const lines = st.lines.map((l) => ({
        productId: w.products[l.product]!.id,
        quantity: formatQuantity(l.qty),
      }));
      await attempt(w, st.op, async () => {
        w.orders.push((await s.call('orders.create', { customerId, orderDate: '2026-03-15', lines })).id);
      });
      return;
    }
    case 'confirm':
    case 'approve':
    case 'reject':
    case 'cancelOrder': {
      const order = await orderAt(w, st.order, statusesFor[st.op]);
      if (!order) return;
      if (st.op === 'confirm') await attempt(w, st.op, () => s.call('orders.confirm', { id: order.id }));
      if (st.op === 'approve' && order.status === 'on_hold')
        await attempt(w, st.op, () =>
          s.call('credit.approve', { orderId: order.id, reason: 'Known customer' }),
        );
      if (st.op === 'reject' && order.status === 'on_hold')
        await attempt(w, st.op, () => s.call('credit.reject', { orderId: order.id, reason: 'Too risky' }));
      if (st.op === 'cancelOrder')
        await attempt(w, st.op, () => s.call('orders.cancel', { id: order.id, reason: 'Random' }));
      return;
    }
    case 'cancelLine': {
      const order = await orderAt(w, st.order);
      const line = order && pick(order.lines, st.line);
      if (order && line)
        await attempt(w, st.op, () =>
          s.call('orders.cancel', { id: order.id, lineIds: [line.id], reason: '' }),
        );
      return;
    }
    case 'edit': {
      const order = await orderAt(w, st.order);
      const target = order && pick(order.lines, st.line);
      if (!order || !target) return;
      const lines = order.lines.map((l) => ({
        id: l.id,
        productId: l.productId,
        // shipped + cancelled plus a random amount, or a random amount that may be too little
        quantity: l.id === target.id ? formatQuantity(st.qty) : l.quantity,
      }));
      await attempt(w, st.op, () =>
        s.call('orders.update', {
          id: order.id,
          order: { customerId: order.customer.id, orderDate: order.orderDate, lines },
        }),
      );
      return;
    }
    case 'ship': {
      const order = await orderAt(w, st.order, statusesFor[st.op]);
      if (!order) return;
      const lines = order.lines
        .filter((l) => l.kind === 'product')
        .map((l, i) => ({
          orderLineId: l.id,
          // a share of what remains in quarters; 4/4 may collide with other open shipments and be refused
          qty: Math.floor((parseQuantity(l.remaining) * (st.shares[i % st.shares.length] ?? 0)) / 4),
        }))
        .filter((l) => l.qty > 0)
        .map((l) => ({ orderLineId: l.orderLineId, quantity: formatQuantity(l.qty) }));
      let shipmentId: number | undefined;
      await attempt(w, 'createShipment', async () => {
        shipmentId = (
          await s.call('shipments.createFromOrder', { orderId: order.id, ...(lines.length ? { lines } : {}) })
        ).id;
      });
      // now: pack and ship at once; else it stays open (to be shipped or cancelled by a later step)
      if (shipmentId !== undefined && st.now) {
        const id = shipmentId;
        await attempt(w, 'ship', () => packAndShip(w, id));
      }
      return;
    }
    case 'packAndShip':
    case 'cancelShipment': {
      const shipment = await openShipmentAt(w, st.shipment);
      if (!shipment) return;
      if (st.op === 'packAndShip') await attempt(w, 'ship', () => packAndShip(w, shipment.id));
      else await attempt(w, st.op, () => s.call('shipments.cancel', { id: shipment.id }));
      return;
    }
    case 'receipt': {
      const product = w.products[st.product]!;
      const ok = await attempt(w, st.op, () =>
        s.call('stock.adjust', {
          productId: product.id,
          kind: 'receipt',
          quantity: formatQuantity(st.qty),
          date: '2026-03-15',
          reason: '',
        }),
      );
      if (ok) w.received.set(product.id, (w.received.get(product.id) ?? 0) + st.qty);
    }
  }
}

/** Everything that must be true after any sequence, read from the database and through the contract. */
async function checkInvariants(w: World): Promise<void> {
  const db = sqliteOf(w.s);
  const ctx = w.s.session.require();
  const lines = db
    .prepare(
      `SELECT l.id, l.order_id AS orderId, l.kind, l.product_id AS productId, l.qty, l.shipped_qty AS shipped,
         l.cancelled_qty AS cancelled, p.is_stock_tracked AS tracked,
         (o.kind = 'order' AND o.is_confirmed = 1 AND o.is_cancelled = 0 AND o.is_rejected = 0) AS live,
         coalesce((SELECT sum(r.qty) FROM stock_reservations r WHERE r.order_line_id = l.id), 0) AS reserved
       FROM order_lines l JOIN orders o ON o.id = l.order_id LEFT JOIN products p ON p.id = l.product_id`,
    )
    .all() as {
    id: number;
    orderId: number;
    kind: string;
    productId: number | null;
    qty: number;
    shipped: number;
    cancelled: number;
    tracked: number | null;
    live: number;
    reserved: number;
  }[];
  for (const l of lines) {
    expect(l.shipped, `line ${l.id} shipped ≤ ordered`).toBeLessThanOrEqual(l.qty);
    expect(l.shipped + l.cancelled, `line ${l.id} shipped + cancelled ≤ ordered`).toBeLessThanOrEqual(l.qty);
    const shouldReserve = l.kind === 'product' && l.tracked === 1 && l.live === 1;
    expect(l.reserved, `line ${l.id} reservation`).toBe(
      shouldReserve ? Math.max(0, l.qty - l.shipped - l.cancelled) : 0,
    );
  }

  for (const p of w.products) {
    const level = db
      .prepare(
        `SELECT coalesce((SELECT sum(qty) FROM stock_movements WHERE product_id = @id), 0) AS onHand,
                coalesce((SELECT sum(qty) FROM stock_reservations WHERE product_id = @id), 0) AS reserved,
                coalesce((SELECT sum(sl.qty) FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id
                          WHERE sl.product_id = @id AND s.status IN ('shipped', 'delivered')), 0) AS shipped`,
      )
      .get({ id: p.id }) as { onHand: number; reserved: number; shipped: number };
    const expectedReserved = lines
      .filter((l) => l.productId === p.id && l.kind === 'product' && l.tracked === 1 && l.live === 1)
      .reduce((sum, l) => sum + Math.max(0, l.qty - l.shipped - l.cancelled), 0);
    expect(level.reserved, `${p.sku} reserved`).toBe(expectedReserved);
    expect(level.reserved, `${p.sku} reserved ≥ 0`).toBeGreaterThanOrEqual(0);
    if (p.isStockTracked) {
      expect(level.onHand, `${p.sku} on hand = receipts − shipped`).toBe(
        (w.received.get(p.id) ?? 0) - level.shipped,
      );
      if (!p.allowNegativeStock) expect(level.onHand, `${p.sku} on hand ≥ 0`).toBeGreaterThanOrEqual(0);
      const shown = (await w.s.call('stock.levels', { productIds: [p.id] })).rows[0]!;
      expect([shown.onHand, shown.reserved]).toEqual([
        formatQuantity(level.onHand),
        formatQuantity(level.reserved),
      ]);
    } else {
      expect([level.onHand, level.reserved], `${p.sku} is not tracked`).toEqual([0, 0]);
    }
  }

  for (const id of w.orders) expect(verifyOrder(ctx, id), `order ${id}`).toEqual([]);

  const numbers = (sql: string) => (db.prepare(sql).all() as { n: string }[]).map((r) => r.n);
  const gapless = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(5, '0')}`);
  const orderNumbers = numbers('SELECT number AS n FROM orders WHERE number IS NOT NULL ORDER BY number');
  expect(orderNumbers).toEqual(gapless('SO-2026-', orderNumbers.length));
  expect(numbers('SELECT count(*) AS n FROM orders WHERE is_confirmed = 1 AND number IS NULL')).toEqual([0]);
  const shipmentNumbers = numbers(
    'SELECT number AS n FROM shipments WHERE number IS NOT NULL ORDER BY number',
  );
  expect(shipmentNumbers).toEqual(gapless('SH-2026-', shipmentNumbers.length));
  expect(
    numbers(
      "SELECT count(*) AS n FROM shipments WHERE status IN ('shipped', 'delivered') AND number IS NULL",
    ),
  ).toEqual([0]);
  expect(
    numbers(
      "SELECT count(*) AS n FROM shipments WHERE status IN ('open', 'cancelled') AND number IS NOT NULL",
    ),
  ).toEqual([0]);

  expect((await w.s.call('audit.verify', {})).ok).toBe(true);
}

describe('orders, stock and shipments under random use', () => {
  it('keep reservations, stock, quantities, numbers and the audit chain consistent', async () => {
    const seen: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 40 }), async (steps) => {
        const t = await makeTrade({ stock: { widget: '8', gadget: '5' } });
        try {
          const loose = await t.s.call('products.update', {
            id: t.gadget.id,
            product: {
              sku: 'GAD-1',
              name: 'Gadget',
              price: '4.99',
              taxRateId: t.vat7.id,
              allowNegativeStock: true,
            },
          });
          const tight = await t.s.call('customers.create', {
            name: 'Tight',
            currency: 'EUR',
            creditLimit: 20_000,
          });
          const w: World = {
            t,
            s: t.s,
            products: [t.widget, loose, t.service],
            customers: [t.customer.id, tight.id],
            orders: [],
            received: new Map([
              [t.widget.id, 80_000],
              [t.gadget.id, 50_000],
            ]),
            outcomes: {},
          };
          for (const st of steps) await apply(w, st);
          await checkInvariants(w);
          for (const [k, v] of Object.entries(w.outcomes)) seen[k] = (seen[k] ?? 0) + v;
        } finally {
          t.s.dispose();
        }
      }),
      // A fixed seed by default: the coverage check below must not depend on luck in CI. Set ORDO_PROPERTY_SEED to
      // explore other sequences (2,000 random sequences passed when this was written).
      { numRuns: 40, seed: Number(process.env.ORDO_PROPERTY_SEED ?? 20261126) },
    );
    // the runs did reach shipping and refusals, not only drafts
    expect([seen['ship:ok']! > 0, seen['createShipment:ok']! > 0, seen['confirm:ok']! > 0]).toEqual([
      true,
      true,
      true,
    ]);
    expect(Object.keys(seen).filter((k) => !k.endsWith(':ok')).length).toBeGreaterThan(2);
  });
});
