// Smaller business rules around quotes, dates, duplicates and stock tracking.
import { afterEach, describe, expect, it } from 'vitest';
import {
  confirmed,
  draft,
  fingerprint,
  makeTrade,
  packAll,
  receive,
  type Trade,
} from '../helpers/orderFixtures';
import { expectError } from '../helpers/services';

let t: Trade;
afterEach(() => t?.s.dispose());

describe('order rules', () => {
  it('a quote is valid until a date on or after its own date, and an expired quote does not convert', async () => {
    t = await makeTrade();
    const early = await expectError(
      draft(t.s, t.customer.id, [{ productId: t.widget.id, quantity: '1' }], {
        kind: 'quote',
        validUntil: '2026-03-01',
      }),
    );
    expect([early.code, early.details.fields?.[0]?.path]).toEqual(['VALIDATION', 'validUntil']);
    const valid = await draft(t.s, t.customer.id, [{ productId: t.widget.id, quantity: '1' }], {
      kind: 'quote',
      validUntil: '2026-03-20',
    });
    t.s.clock.set('2026-03-21T09:00:00Z');
    const before = fingerprint(t.s);
    const expired = await expectError(t.s.call('orders.convertQuote', { id: valid.id }));
    expect([expired.code, expired.message]).toEqual([
      'CONFLICT',
      'This quote expired on 2026-03-20; extend its validity date to convert it',
    ]);
    expect(fingerprint(t.s)).toBe(before);
  });

  it('a shipment cannot leave before its order date', async () => {
    t = await makeTrade({ stock: { widget: '5' } });
    const order = await confirmed(t.s, t.customer.id, [{ productId: t.widget.id, quantity: '1' }]);
    const shipment = await packAll(t.s, await t.s.call('shipments.createFromOrder', { orderId: order.id }));
    const early = await expectError(t.s.call('shipments.ship', { id: shipment.id, shipDate: '2026-03-14' }));
    expect([early.code, early.details.fields?.[0]?.path]).toEqual(['VALIDATION', 'shipDate']);
    expect((await t.s.call('shipments.ship', { id: shipment.id, shipDate: '2026-03-15' })).status).toBe(
      'shipped',
    );
  });

  it('duplicating a cancelled order starts again from the original lines', async () => {
    t = await makeTrade();
    const order = await confirmed(t.s, t.customer.id, [{ productId: t.widget.id, quantity: '3' }]);
    await t.s.call('orders.cancel', { id: order.id, reason: 'Wrong customer' });
    const copy = await t.s.call('orders.duplicate', { id: order.id });
    expect([copy.status, copy.number, copy.lines.map((l) => [l.sku, l.quantity, l.cancelled])]).toEqual([
      'draft',
      null,
      [['WID-1', '3', '0']],
    ]);
  });

  it('stock tracking cannot be turned off while open orders hold the product reserved', async () => {
    t = await makeTrade();
    await receive(t.s, t.widget.id, '10');
    await confirmed(t.s, t.customer.id, [{ productId: t.widget.id, quantity: '2' }]);
    const { id, createdAt: _c, updatedAt: _u, archived: _a, ...product } = t.widget;
    const refused = await expectError(
      t.s.call('products.update', { id, product: { ...product, isStockTracked: false } }),
    );
    expect([refused.code, refused.details.fields?.[0]?.path]).toEqual([
      'VALIDATION',
      'product.isStockTracked',
    ]);
  });
});

describe('the preview of an order being edited', () => {
  it('does not count the order twice, and an approval covers it up to the approved amount', async () => {
    t = await makeTrade();
    await receive(t.s, t.widget.id, '50');
    await t.s.call('customers.update', {
      id: t.customer.id,
      customer: { name: 'Café Uno', currency: 'EUR', email: 'buy@uno.example', creditLimit: 10_000 },
    });
    // 6 × 12.50 + 20 % = 90.00: within the 100.00 limit on its own
    const order = await confirmed(t.s, t.customer.id, [{ productId: t.widget.id, quantity: '6' }]);
    expect(order.status).toBe('confirmed');
    const edit = (quantity: string) => ({
      customerId: t.customer.id,
      orderDate: '2026-03-15',
      lines: [{ id: order.lines[0]!.id, productId: t.widget.id, quantity }],
    });
    expect((await t.s.call('orders.preview', edit('6'))).creditWarning).toEqual([]);
    expect((await t.s.call('orders.preview', edit('8'))).creditWarning).toEqual(['Over the credit limit']);
    // a new order of the same 90.00 next to this one would exceed the limit
    expect(
      (
        await t.s.call('orders.preview', {
          customerId: t.customer.id,
          orderDate: '2026-03-15',
          lines: [{ productId: t.widget.id, quantity: '6' }],
        })
      ).creditWarning,
    ).toEqual(['Over the credit limit']);
  });
});

describe("a customer's currency", () => {
  it('can change until an order is confirmed for the customer, then stays', async () => {
    t = await makeTrade();
    const base = { name: 'Café Uno', email: 'buy@uno.example' };
    await draft(t.s, t.customer.id, [{ productId: t.widget.id, quantity: '1' }]);
    expect(
      (await t.s.call('customers.update', { id: t.customer.id, customer: { ...base, currency: 'GBP' } }))
        .currency,
    ).toBe('GBP');
    await t.s.call('customers.update', { id: t.customer.id, customer: { ...base, currency: 'EUR' } });
    await confirmed(t.s, t.customer.id, [{ productId: t.widget.id, quantity: '1' }]);
    const before = fingerprint(t.s);
    const refused = await expectError(
      t.s.call('customers.update', { id: t.customer.id, customer: { ...base, currency: 'JPY' } }),
    );
    expect([refused.code, refused.details.fields?.[0]?.path]).toEqual(['VALIDATION', 'customer.currency']);
    expect(fingerprint(t.s)).toBe(before);
  });
});
