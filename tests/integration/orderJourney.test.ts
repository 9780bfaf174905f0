// The first half of the cycle through the contract: order → credit hold → approval → pack by scanning → ship in
// two parts → shipped, with stock, reservations, numbers, messages and the audit trail checked along the way.
import { afterEach, describe, expect, it } from 'vitest';
import { verifyOrder } from '../../electron/orders/refresh';
import { expectError, makeCompany, type TestServices } from '../helpers/services';

let s: TestServices;
afterEach(() => s?.dispose());

async function setup() {
  s = await makeCompany();
  const vat = await s.call('taxRates.create', { name: 'Standard', ratePercent: '20', category: 'standard' });
  const beans = await s.call('products.create', {
    sku: 'BEAN-1',
    name: 'Beans 1 kg',
    unit: 'kg',
    price: '12.50',
    taxRateId: vat.id,
    barcode: '4006381333931',
  });
  const mugs = await s.call('products.create', { sku: 'MUG-1', name: 'Mug', price: '4', taxRateId: vat.id });
  await s.call('stock.adjust', {
    productId: beans.id,
    kind: 'receipt',
    quantity: '10',
    date: '2026-03-01',
    reason: '',
  });
  await s.call('stock.adjust', {
    productId: mugs.id,
    kind: 'receipt',
    quantity: '5',
    date: '2026-03-01',
    reason: '',
  });
  const customer = await s.call('customers.create', {
    name: 'Café Uno',
    currency: 'EUR',
    email: 'buy@uno.example',
    creditLimit: 10000,
  });
  return { vat, beans, mugs, customer };
}

describe('order to shipment', () => {
  it('holds an order over the limit, ships it after approval, and keeps stock exact', async () => {
    const { beans, mugs, customer } = await setup();
    const draft = await s.call('orders.create', {
      customerId: customer.id,
      orderDate: '2026-03-15',
      customerReference: 'PO-77',
      lines: [
        { productId: beans.id, quantity: '8' },
        { productId: mugs.id, quantity: '4', discountPercent: '10' },
        {
          kind: 'fee',
          feeKind: 'shipping',
          description: 'Delivery',
          quantity: '1',
          unitPrice: '9.90',
          taxRateId: null,
        },
      ],
    });
    // 8 × 12.50 = 100.00; 4 × 4 − 10 % = 14.40; fee 9.90 untaxed → net 124.30, tax 20 % of 114.40 = 22.88
    expect([draft.status, draft.number, draft.totals.net, draft.totals.tax, draft.totals.total]).toEqual([
      'draft',
      null,
      12430,
      2288,
      14718,
    ]);
    expect(draft.creditWarning).toEqual(['Over the credit limit']);

    const held = await s.call('orders.confirm', { id: draft.id });
    expect([held.status, held.number, held.holdReasons]).toEqual([
      'on_hold',
      'SO-2026-00001',
      ['over_limit'],
    ]);
    expect(held.messages.map((m) => [m.kind, m.recipient])).toEqual([['order_received', 'buy@uno.example']]);
    const level = async (productId: number) =>
      (await s.call('stock.levels', { productIds: [productId] })).rows[0];
    expect(await level(beans.id)).toMatchObject({ onHand: '10', reserved: '8', available: '2' });

    const exposure = await s.call('credit.exposure', { customerId: customer.id });
    expect([
      exposure.confirmedNotShipped,
      exposure.exposure,
      exposure.available,
      exposure.score.kind,
    ]).toEqual([14718, 14718, -4718, 'no_history']);
    expect((await s.call('credit.queue', {})).map((h) => h.order.number)).toEqual(['SO-2026-00001']);
    expect((await expectError(s.call('shipments.createFromOrder', { orderId: draft.id }))).code).toBe(
      'CONFLICT',
    );

    const approved = await s.call('credit.approve', { orderId: draft.id, reason: 'Long-standing customer' });
    expect([approved.status, approved.approvedAmount, approved.decisions[0]?.decidedBy]).toEqual([
      'confirmed',
      14718,
      'Olga Owner',
    ]);

    const first = await s.call('shipments.createFromOrder', {
      orderId: draft.id,
      lines: [{ orderLineId: approved.lines[0]!.id, quantity: '5' }],
    });
    expect((await expectError(s.call('shipments.ship', { id: first.id, shipDate: '2026-03-16' }))).code).toBe(
      'CONFLICT',
    );
    const scans = [];
    for (const code of ['4006381333931', 'bean-1', 'BEAN-1', 'BEAN-1', 'BEAN-1', 'BEAN-1', 'MUG-1', 'NOPE']) {
      scans.push((await s.call('shipments.scan', { id: first.id, code })).scan.result);
    }
    expect(scans).toEqual([
      'packed',
      'packed',
      'packed',
      'packed',
      'packed',
      'already_complete',
      'not_in_shipment',
      'unknown_code',
    ]);
    const shipped1 = await s.call('shipments.ship', {
      id: first.id,
      shipDate: '2026-03-16',
      carrier: 'DHL',
      trackingNumber: 'JD01',
      parcels: 1,
    });
    expect([shipped1.number, shipped1.status]).toEqual(['SH-2026-00001', 'shipped']);
    expect((await s.call('orders.get', { id: draft.id })).status).toBe('partially_shipped');
    expect(await level(beans.id)).toMatchObject({ onHand: '5', reserved: '3', available: '2' });

    const rest = await s.call('shipments.createFromOrder', { orderId: draft.id });
    expect(rest.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['BEAN-1', '3'],
      ['MUG-1', '4'],
    ]);
    for (const l of rest.lines)
      await s.call('shipments.setPacked', { id: rest.id, lineId: l.id, packed: l.quantity });
    await s.call('shipments.ship', { id: rest.id, shipDate: '2026-03-17' });
    const done = await s.call('orders.get', { id: draft.id });
    expect([done.status, done.lines.map((l) => l.remaining)]).toEqual(['shipped', ['0', '0', '0']]);
    expect(done.messages.map((m) => m.kind)).toEqual(['order_received', 'order_shipped', 'order_shipped']);
    expect(await level(beans.id)).toMatchObject({ onHand: '2', reserved: '0', available: '2' });
    expect(await level(mugs.id)).toMatchObject({ onHand: '1', reserved: '0', available: '1' });
    expect(verifyOrder(s.session.require(), draft.id)).toEqual([]);
    expect((await s.call('audit.verify', {})).ok).toBe(true);
  });

  it('refuses shipping more than ordered or on hand, and cancelling releases the reservation', async () => {
    const { beans, customer } = await setup();
    await s.call('customers.update', {
      id: customer.id,
      customer: { name: 'Café Uno', currency: 'EUR', creditLimit: null },
    });
    const order = await s.call('orders.create', {
      customerId: customer.id,
      orderDate: '2026-03-15',
      lines: [{ productId: beans.id, quantity: '12' }],
    });
    const confirmed = await s.call('orders.confirm', { id: order.id });
    expect(confirmed.status).toBe('confirmed');
    const tooMany = await expectError(
      s.call('shipments.createFromOrder', {
        orderId: order.id,
        lines: [{ orderLineId: confirmed.lines[0]!.id, quantity: '13' }],
      }),
    );
    expect([tooMany.code, tooMany.details.fields?.[0]?.path]).toEqual(['VALIDATION', 'lines.0.quantity']);
    const shipment = await s.call('shipments.createFromOrder', { orderId: order.id });
    await s.call('shipments.setPacked', { id: shipment.id, lineId: shipment.lines[0]!.id, packed: '12' });
    const short = await expectError(s.call('shipments.ship', { id: shipment.id, shipDate: '2026-03-16' }));
    expect(short.code).toBe('INSUFFICIENT_STOCK');
    const cancelled = await s.call('orders.cancel', { id: order.id, reason: 'Customer changed mind' });
    expect(cancelled.status).toBe('cancelled');
    expect((await s.call('stock.levels', { productIds: [beans.id] })).rows[0]).toMatchObject({
      onHand: '10',
      reserved: '0',
    });
    expect((await s.call('shipments.get', { id: shipment.id })).status).toBe('cancelled');
  });
});
