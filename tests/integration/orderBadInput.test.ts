// The bad input issue 3 names, each through the contract: a typed error on the right field, and the company file
// exactly as it was (every row of every table).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../shared/errors';
import type { Order, Shipment } from '../../shared/contract';
import { confirmed, draft, fingerprint, makeTrade, packAll, type Trade } from '../helpers/orderFixtures';
import { expectError, type TestServices } from '../helpers/services';

let t: Trade;
let s: TestServices;
let order: Order;
let packed: Shipment;
let archivedDraft: Order;
let held: Order;
let warehouseId: number;

beforeAll(async () => {
  t = await makeTrade({ stock: { widget: '5', gadget: '5' } });
  s = t.s;
  // 8 widgets ordered with 5 on hand: the packed shipment of 8 is more than is available
  order = await confirmed(s, t.customer.id, [
    { productId: t.widget.id, quantity: '8' },
    { productId: t.gadget.id, quantity: '2' },
  ]);
  packed = await packAll(
    s,
    await s.call('shipments.createFromOrder', {
      orderId: order.id,
      lines: [{ orderLineId: order.lines[0]!.id, quantity: '8' }],
    }),
  );
  const leaving = await s.call('customers.create', { name: 'Leaving Ltd', currency: 'EUR' });
  archivedDraft = await draft(s, leaving.id, [{ productId: t.widget.id, quantity: '1' }]);
  await s.call('customers.archive', { id: leaving.id });
  const stopped = await s.call('customers.create', { name: 'Stopped', currency: 'EUR', creditStop: true });
  held = await confirmed(s, stopped.id, [{ productId: t.gadget.id, quantity: '1' }]);
  warehouseId = (await s.call('users.create', { name: 'Wes Warehouse', roles: ['warehouse'] })).id;
});
afterAll(() => s?.dispose());

interface Case {
  label: string;
  call: () => Promise<unknown>;
  code: ErrorCode;
  path?: string;
}

const orderWith = (line: object) =>
  s.call('orders.create', {
    customerId: t.customer.id,
    orderDate: '2026-03-15',
    lines: [{ productId: t.widget.id, quantity: '1', ...line }],
  });

const cases: Case[] = [
  {
    label: 'shipping more than ordered',
    call: () =>
      s.call('shipments.createFromOrder', {
        orderId: order.id,
        lines: [{ orderLineId: order.lines[1]!.id, quantity: '3' }],
      }),
    code: 'VALIDATION',
    path: 'lines.0.quantity',
  },
  {
    label: 'shipping more than ordered, counting what other open shipments hold',
    call: () =>
      s.call('shipments.createFromOrder', {
        orderId: order.id,
        lines: [{ orderLineId: order.lines[0]!.id, quantity: '0.0001' }],
      }),
    code: 'VALIDATION',
    path: 'lines.0.quantity',
  },
  {
    label: 'shipping more than available',
    call: () => s.call('shipments.ship', { id: packed.id, shipDate: '2026-03-16' }),
    code: 'INSUFFICIENT_STOCK',
    path: 'lines.0.quantity',
  },
  {
    label: 'confirming an order of an archived customer',
    call: () => s.call('orders.confirm', { id: archivedDraft.id }),
    code: 'VALIDATION',
    path: 'customerId',
  },
  {
    label: 'a price of -1 on an order line',
    call: () => orderWith({ unitPrice: '-1' }),
    code: 'VALIDATION',
    path: 'lines.0.unitPrice',
  },
  {
    label: 'a price of -1 on a product',
    call: () => s.call('products.create', { sku: 'NEG', name: 'Negative', price: '-1' }),
    code: 'VALIDATION',
    path: 'price',
  },
  {
    label: 'a quantity of 1e30 on an order line',
    call: () => orderWith({ quantity: '1e30' }),
    code: 'VALIDATION',
    path: 'lines.0.quantity',
  },
  {
    label: 'a quantity of 1e30 in a preview',
    call: () =>
      s.call('orders.preview', {
        customerId: t.customer.id,
        orderDate: '2026-03-15',
        lines: [{ productId: t.widget.id, quantity: '1e30' }],
      }),
    code: 'VALIDATION',
    path: 'lines.0.quantity',
  },
  {
    label: 'a quantity of 1e30 received',
    call: () =>
      s.call('stock.adjust', {
        productId: t.widget.id,
        kind: 'receipt',
        quantity: '1e30',
        date: '2026-03-15',
        reason: '',
      }),
    code: 'VALIDATION',
    path: 'quantity',
  },
  {
    label: 'a quantity of 1e30 shipped',
    call: () =>
      s.call('shipments.createFromOrder', {
        orderId: order.id,
        lines: [{ orderLineId: order.lines[1]!.id, quantity: '1e30' }],
      }),
    code: 'VALIDATION',
    path: 'lines.0.quantity',
  },
  {
    label: 'the largest quantity times the largest price',
    call: () => orderWith({ quantity: '999999999', unitPrice: '999999999' }),
    code: 'VALIDATION',
  },
  {
    label: 'an unknown product id',
    call: () => orderWith({ productId: 999_999 }),
    code: 'NOT_FOUND',
    path: 'lines.0.productId',
  },
  {
    label: 'an unknown product id in an edit',
    call: () =>
      s.call('orders.update', {
        id: archivedDraft.id,
        order: {
          customerId: t.customer.id,
          orderDate: '2026-03-15',
          lines: [{ productId: 999_999, quantity: '1' }],
        },
      }),
    code: 'NOT_FOUND',
    path: 'order.lines.0.productId',
  },
  {
    label: 'an unknown product id for stock',
    call: () =>
      s.call('stock.adjust', {
        productId: 999_999,
        kind: 'receipt',
        quantity: '1',
        date: '2026-03-15',
        reason: '',
      }),
    code: 'NOT_FOUND',
    path: 'productId',
  },
];

describe('bad input named by the issue', () => {
  it.each(cases.map((c) => [c.label, c] as const))(
    '%s: a typed error and nothing changed',
    async (_label, c) => {
      const before = fingerprint(s);
      const error = await expectError(c.call());
      expect(error.code).toBe(c.code);
      if (c.path) expect(error.details.fields?.map((f) => f.path)).toContain(c.path);
      expect(fingerprint(s)).toBe(before);
    },
  );

  it('a warehouse profile trying to approve credit: FORBIDDEN and nothing changed', async () => {
    await s.call('users.switch', { userId: warehouseId });
    try {
      const before = fingerprint(s);
      for (const method of ['credit.approve', 'credit.reject'] as const) {
        const error = await expectError(s.call(method, { orderId: held.id, reason: 'Looks fine to me' }));
        expect([error.code, error.details.method]).toEqual(['FORBIDDEN', method]);
      }
      expect(fingerprint(s)).toBe(before);
    } finally {
      await s.call('users.switch', { userId: 1 });
    }
    expect((await s.call('orders.get', { id: held.id })).status).toBe('on_hold');
  });

  it('an archived product on a new order: VALIDATION on its line and nothing changed', async () => {
    await s.call('products.archive', { id: t.gadget.id });
    const before = fingerprint(s);
    const error = await expectError(
      s.call('orders.create', {
        customerId: t.customer.id,
        orderDate: '2026-03-15',
        lines: [{ productId: t.gadget.id, quantity: '1' }],
      }),
    );
    expect([error.code, error.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['lines.0.productId'],
    ]);
    expect(fingerprint(s)).toBe(before);
    await s.call('products.archive', { id: t.gadget.id, archived: false });
  });

  it('after all of it the books and stock are as they were set up', async () => {
    expect((await s.call('stock.levels', {})).rows.map((r) => [r.sku, r.onHand, r.reserved])).toEqual([
      ['GAD-1', '5', '3'],
      ['WID-1', '5', '8'],
    ]);
    expect((await s.call('audit.verify', {})).ok).toBe(true);
  });
});
