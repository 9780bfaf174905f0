// Fulfilment through the contract: shipments from what remains, packing by scan or by hand, shipping (number,
// stock out, customer message), delivery, cancellation, the lists; and a shipped shipment fixed in the database.
import { afterEach, describe, expect, it } from 'vitest';
import { verifyOrder } from '../../electron/orders/refresh';
import {
  confirmed,
  editInput,
  fingerprint,
  lineInput,
  makeTrade,
  packAll,
  shipOrder,
  sqliteOf,
  stockOf,
  type Trade,
} from '../helpers/orderFixtures';
import { expectError, type TestServices } from '../helpers/services';

let t: Trade;
let s: TestServices;
afterEach(() => s?.dispose());

async function trade(options?: Parameters<typeof makeTrade>[0]) {
  t = await makeTrade(options);
  s = t.s;
  return t;
}

describe('creating a shipment', () => {
  it('takes what remains to ship less what other open shipments hold, and never more', async () => {
    await trade();
    const order = await confirmed(s, t.customer.id, [
      { productId: t.widget.id, quantity: '10' },
      { productId: t.gadget.id, quantity: '6' },
      { kind: 'fee', feeKind: 'shipping', description: 'Freight', quantity: '1', unitPrice: '8' },
    ]);
    const [widgetLine, gadgetLine, feeLine] = order.lines.map((l) => l.id) as [number, number, number];
    const first = await s.call('shipments.createFromOrder', {
      orderId: order.id,
      lines: [{ orderLineId: widgetLine, quantity: '4' }],
    });
    expect([first.status, first.number, first.isFullyPacked]).toEqual(['open', null, false]);
    expect(first.lines.map((l) => [l.sku, l.quantity, l.packed, l.isPacked])).toEqual([
      ['WID-1', '4', '0', false],
    ]);
    expect(first.shippingAddress).toEqual(order.shippingAddress);

    const rest = await s.call('shipments.createFromOrder', { orderId: order.id });
    expect(rest.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['WID-1', '6'],
      ['GAD-1', '6'],
    ]);
    const before = fingerprint(s);
    const nothing = await expectError(s.call('shipments.createFromOrder', { orderId: order.id }));
    expect([nothing.code, nothing.details.fields?.map((f) => f.path)]).toEqual(['VALIDATION', ['orderId']]);
    const tooMany = await expectError(
      s.call('shipments.createFromOrder', {
        orderId: order.id,
        lines: [
          { orderLineId: gadgetLine, quantity: '0.5' },
          { orderLineId: widgetLine, quantity: '0.0001' },
        ],
      }),
    );
    expect([tooMany.code, tooMany.details.fields?.map((f) => f.path), tooMany.message]).toEqual([
      'VALIDATION',
      ['lines.0.quantity'],
      'At most 0 pcs of Gadget remain to ship',
    ]);
    const fee = await expectError(
      s.call('shipments.createFromOrder', {
        orderId: order.id,
        lines: [{ orderLineId: feeLine, quantity: '1' }],
      }),
    );
    expect(fee.details.fields?.map((f) => f.path)).toEqual(['lines.0.orderLineId']);
    expect(fingerprint(s)).toBe(before);

    // the second shipment can be edited down, which frees quantity for a third; never above what remains
    const edited = await s.call('shipments.updateLines', {
      id: rest.id,
      lines: [{ orderLineId: gadgetLine, quantity: '6' }],
    });
    expect(edited.lines.map((l) => [l.sku, l.quantity])).toEqual([['GAD-1', '6']]);
    const over = await expectError(
      s.call('shipments.updateLines', {
        id: first.id,
        lines: [{ orderLineId: widgetLine, quantity: '10.0001' }],
      }),
    );
    expect([over.code, over.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['lines.0.quantity'],
    ]);
    const third = await s.call('shipments.createFromOrder', { orderId: order.id });
    expect(third.lines.map((l) => [l.sku, l.quantity])).toEqual([['WID-1', '6']]);
    // a cancelled shipment gives its quantities back
    await s.call('shipments.cancel', { id: first.id });
    const fourth = await s.call('shipments.createFromOrder', { orderId: order.id });
    expect(fourth.lines.map((l) => [l.sku, l.quantity])).toEqual([['WID-1', '4']]);
    // open shipments do not touch stock or reservations
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '10', '90']);
  });
});

describe('packing', () => {
  it('a scan packs one unit by SKU (any case) or barcode, and says clearly when it cannot', async () => {
    await trade();
    const other = await s.call('products.create', { sku: 'OTH-1', name: 'Other thing', price: '1' });
    const order = await confirmed(s, t.customer.id, [
      { productId: t.widget.id, quantity: '2' },
      { productId: t.gadget.id, quantity: '1' },
      { productId: t.service.id, quantity: '1.5' },
    ]);
    const shipment = await s.call('shipments.createFromOrder', { orderId: order.id });
    const [widgetLine, gadgetLine, serviceLine] = shipment.lines.map((l) => l.id) as [number, number, number];
    expect(shipment.lines.map((l) => [l.sku, l.barcode, l.unit])).toEqual([
      ['WID-1', '4006381333931', 'pcs'],
      ['GAD-1', null, 'pcs'],
      ['SRV-1', null, 'h'],
    ]);
    const scan = async (code: string) => (await s.call('shipments.scan', { id: shipment.id, code })).scan;
    expect(await scan('wid-1')).toEqual({
      result: 'packed',
      lineId: widgetLine,
      packed: '1',
      quantity: '2',
      complete: false,
    });
    expect(await scan('4006381333931')).toEqual({
      result: 'packed',
      lineId: widgetLine,
      packed: '2',
      quantity: '2',
      complete: true,
    });
    const auditBefore = (await s.call('audit.list', { limit: 1 })).total;
    const before = fingerprint(s);
    expect(await scan('WID-1')).toEqual({ result: 'already_complete', lineId: widgetLine, quantity: '2' });
    expect(await scan('OTH-1')).toEqual({ result: 'not_in_shipment', productName: other.name });
    expect(await scan('NO-SUCH-CODE')).toEqual({ result: 'unknown_code' });
    expect(await scan("' OR 1=1 --")).toEqual({ result: 'unknown_code' });
    // feedback that changes nothing writes nothing
    expect(fingerprint(s)).toBe(before);
    expect((await s.call('audit.list', { limit: 1 })).total).toBe(auditBefore);
    expect(await scan('  gad-1  ')).toMatchObject({ result: 'packed', lineId: gadgetLine, complete: true });
    // 1.5 hours: the second scan packs the last half unit
    expect(await scan('SRV-1')).toMatchObject({ result: 'packed', packed: '1', complete: false });
    expect(await scan('srv-1')).toMatchObject({
      result: 'packed',
      lineId: serviceLine,
      packed: '1.5',
      complete: true,
    });
    const packed = await s.call('shipments.get', { id: shipment.id });
    expect([packed.isFullyPacked, packed.lines.map((l) => l.packed)]).toEqual([true, ['2', '1', '1.5']]);
    expect((await s.call('audit.list', { limit: 1 })).rows[0]).toMatchObject({
      action: 'shipments.scan',
      before: { lineId: serviceLine, packed: '1' },
      after: { lineId: serviceLine, packed: '1.5', code: 'srv-1' },
    });

    // packing by hand, within the line
    const set = await s.call('shipments.setPacked', { id: shipment.id, lineId: widgetLine, packed: '0.5' });
    expect([set.isFullyPacked, set.lines[0]!.packed]).toEqual([false, '0.5']);
    const over = await expectError(
      s.call('shipments.setPacked', { id: shipment.id, lineId: widgetLine, packed: '3' }),
    );
    expect([over.code, over.details.fields?.map((f) => f.path)]).toEqual(['VALIDATION', ['packed']]);
  });

  it('shipping needs everything packed, and uses no number when refused', async () => {
    await trade();
    const order = await confirmed(s, t.customer.id, [
      { productId: t.widget.id, quantity: '2' },
      { productId: t.gadget.id, quantity: '1' },
    ]);
    const shipment = await s.call('shipments.createFromOrder', { orderId: order.id });
    await s.call('shipments.setPacked', { id: shipment.id, lineId: shipment.lines[0]!.id, packed: '2' });
    const before = fingerprint(s);
    const unpacked = await expectError(s.call('shipments.ship', { id: shipment.id, shipDate: '2026-03-16' }));
    expect([unpacked.code, unpacked.message, unpacked.details.unpacked]).toEqual([
      'CONFLICT',
      'Pack everything first: Gadget',
      [shipment.lines[1]!.id],
    ]);
    expect(fingerprint(s)).toBe(before);
    await packAll(s, shipment);
    const shipped = await s.call('shipments.ship', {
      id: shipment.id,
      shipDate: '2026-03-16',
      carrier: 'DHL',
      trackingNumber: 'JD0001',
      parcels: 2,
      weightKg: '2.5',
    });
    expect(shipped).toMatchObject({
      number: 'SH-2026-00001',
      status: 'shipped',
      shipDate: '2026-03-16',
      carrier: 'DHL',
      trackingNumber: 'JD0001',
      parcels: 2,
      weightKg: '2.5',
      deliveredOn: null,
      order: { id: order.id, number: 'SO-2026-00001' },
      customer: { id: t.customer.id, name: 'Café Uno' },
    });
  });
});

describe('shipping', () => {
  it('takes stock out, releases the reservation, updates the order and queues a message', async () => {
    await trade();
    const order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '5' }], {
      customerReference: 'PO-9',
    });
    const first = await shipOrder(s, order.id, [{ orderLineId: order.lines[0]!.id, quantity: '2' }]);
    let after = await s.call('orders.get', { id: order.id });
    expect([after.status, after.lines[0]!.shipped, after.lines[0]!.remaining]).toEqual([
      'partially_shipped',
      '2',
      '3',
    ]);
    expect(await stockOf(s, t.widget.id)).toEqual(['98', '3', '95']);
    expect(after.shipments).toEqual([
      { id: first.id, number: 'SH-2026-00001', status: 'shipped', shipDate: '2026-03-16' },
    ]);
    await shipOrder(s, order.id);
    after = await s.call('orders.get', { id: order.id });
    expect([after.status, after.lines[0]!.remaining]).toEqual(['shipped', '0']);
    expect(await stockOf(s, t.widget.id)).toEqual(['95', '0', '95']);
    expect(after.messages.map((m) => [m.kind, m.recipient, m.subject, m.status])).toEqual([
      ['order_received', 'buy@uno.example', 'We received your order SO-2026-00001', 'pending'],
      ['order_shipped', 'buy@uno.example', 'Your order SO-2026-00001 has shipped', 'pending'],
      ['order_shipped', 'buy@uno.example', 'Your order SO-2026-00001 has shipped', 'pending'],
    ]);
    expect(verifyOrder(s.session.require(), order.id)).toEqual([]);
    // a fully shipped order takes no more shipments
    const done = await expectError(s.call('shipments.createFromOrder', { orderId: order.id }));
    expect(done.code).toBe('CONFLICT');
  });

  it('messages go to the customer e-mail, else the primary contact’s', async () => {
    await trade();
    const viaContact = await s.call('customers.create', {
      name: 'Contact Only',
      currency: 'EUR',
      contacts: [
        { name: 'Other', email: 'other@contact.example' },
        { name: 'Main', email: 'main@contact.example', isPrimary: true },
      ],
    });
    const none = await s.call('customers.create', { name: 'No Mail', currency: 'EUR' });
    for (const [customerId, recipient] of [
      [viaContact.id, 'main@contact.example'],
      [none.id, ''],
    ] as const) {
      const order = await confirmed(s, customerId, [{ productId: t.widget.id, quantity: '1' }]);
      const shipment = await shipOrder(s, order.id);
      const messages = (await s.call('orders.get', { id: order.id })).messages;
      expect(messages.map((m) => [m.kind, m.recipient])).toEqual([
        ['order_received', recipient],
        ['order_shipped', recipient],
      ]);
      const body = sqliteOf(s)
        .prepare("SELECT body FROM order_messages WHERE shipment_id = ? AND kind = 'order_shipped'")
        .get(shipment.id) as { body: string };
      expect(body.body).toContain(
        `Shipment ${shipment.number} of your order ${order.number} left us on 2026-03-16`,
      );
    }
  });

  it('refuses more than is on hand less what other orders reserved, unless negative stock is allowed or untracked', async () => {
    await trade({ stock: { widget: '10' } });
    const a = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '8' }]);
    const b = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '5' }]);
    expect(await stockOf(s, t.widget.id)).toEqual(['10', '13', '-3']);
    const shipment = await packAll(s, await s.call('shipments.createFromOrder', { orderId: b.id }));
    const before = fingerprint(s);
    const short = await expectError(s.call('shipments.ship', { id: shipment.id, shipDate: '2026-03-16' }));
    expect([short.code, short.details.fields?.map((f) => f.path), short.message]).toEqual([
      'INSUFFICIENT_STOCK',
      ['lines.0.quantity'],
      'Only 2 pcs of Widget can ship now (on hand, less what other orders reserved)',
    ]);
    expect(fingerprint(s)).toBe(before);
    // what is free ships; the first order's reservation stays intact
    await s.call('shipments.updateLines', {
      id: shipment.id,
      lines: [{ orderLineId: b.lines[0]!.id, quantity: '2' }],
    });
    const edited = await packAll(s, await s.call('shipments.get', { id: shipment.id }));
    expect((await s.call('shipments.ship', { id: edited.id, shipDate: '2026-03-16' })).number).toBe(
      'SH-2026-00001',
    );
    expect(await stockOf(s, t.widget.id)).toEqual(['8', '11', '-3']);
    // the first order may not take the second one's remaining 3 either: 8 on hand − 3 = 5 of its 8 ship
    const greedy = await packAll(s, await s.call('shipments.createFromOrder', { orderId: a.id }));
    expect(
      (await expectError(s.call('shipments.ship', { id: greedy.id, shipDate: '2026-03-16' }))).message,
    ).toBe('Only 5 pcs of Widget can ship now (on hand, less what other orders reserved)');
    await s.call('shipments.cancel', { id: greedy.id });
    expect((await shipOrder(s, a.id, [{ orderLineId: a.lines[0]!.id, quantity: '5' }])).number).toBe(
      'SH-2026-00002',
    );
    expect(await stockOf(s, t.widget.id)).toEqual(['3', '6', '-3']);

    // a product that may go negative ships anyway; an untracked one ships without touching stock
    const loose = await s.call('products.create', {
      sku: 'LOOSE',
      name: 'Loose',
      price: '1',
      allowNegativeStock: true,
    });
    const c = await confirmed(s, t.customer.id, [
      { productId: loose.id, quantity: '3' },
      { productId: t.service.id, quantity: '2' },
    ]);
    expect((await shipOrder(s, c.id)).number).toBe('SH-2026-00003');
    expect(await stockOf(s, loose.id)).toEqual(['-3', '0', '-3']);
    expect((await s.call('stock.levels', { productIds: [t.service.id] })).rows).toEqual([]);
    expect(
      sqliteOf(s).prepare('SELECT count(*) AS n FROM stock_movements WHERE product_id = ?').get(t.service.id),
    ).toEqual({ n: 0 });
    expect((await s.call('orders.get', { id: c.id })).status).toBe('shipped');
  });

  it('refuses shipping more than the order now asks for', async () => {
    await trade();
    let order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '5' }]);
    const shipment = await packAll(s, await s.call('shipments.createFromOrder', { orderId: order.id }));
    order = await s.call('orders.update', editInput(order, [lineInput(order.lines[0]!, { quantity: '3' })]));
    const before = fingerprint(s);
    const over = await expectError(s.call('shipments.ship', { id: shipment.id, shipDate: '2026-03-16' }));
    expect([over.code, over.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['lines.0.quantity'],
    ]);
    expect(fingerprint(s)).toBe(before);
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '3', '97']);
  });

  it('an order back on credit hold does not ship, not even a shipment packed before the hold', async () => {
    await trade();
    await s.call('customers.update', {
      id: t.customer.id,
      customer: { name: 'Café Uno', currency: 'EUR', email: 'buy@uno.example', creditLimit: 10_000 },
    });
    let order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '2' }]);
    const shipment = await packAll(s, await s.call('shipments.createFromOrder', { orderId: order.id }));
    // 20 widgets = 300.00, over the 100.00 limit
    order = await s.call('orders.update', editInput(order, [lineInput(order.lines[0]!, { quantity: '20' })]));
    expect(order.status).toBe('on_hold');
    const before = fingerprint(s);
    const held = await expectError(s.call('shipments.ship', { id: shipment.id, shipDate: '2026-03-16' }));
    expect(held.code).toBe('CONFLICT');
    expect(fingerprint(s)).toBe(before);
    await s.call('credit.approve', { orderId: order.id, reason: 'Big season' });
    expect((await s.call('shipments.ship', { id: shipment.id, shipDate: '2026-03-16' })).number).toBe(
      'SH-2026-00001',
    );
  });

  it('numbers shipments gaplessly per year', async () => {
    await trade();
    const order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '3' }]);
    const line = order.lines[0]!.id;
    const one = () => [{ orderLineId: line, quantity: '1' }];
    expect((await shipOrder(s, order.id, one(), '2026-12-30')).number).toBe('SH-2026-00001');
    expect((await shipOrder(s, order.id, one(), '2027-01-02')).number).toBe('SH-2027-00001');
    expect((await shipOrder(s, order.id, one(), '2027-01-03')).number).toBe('SH-2027-00002');
  });
});

describe('after shipping', () => {
  it('delivery is recorded once, not before the ship date; an open shipment can be cancelled, a shipped one not', async () => {
    await trade();
    const order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '4' }]);
    const line = order.lines[0]!.id;
    const shipped = await shipOrder(s, order.id, [{ orderLineId: line, quantity: '1' }], '2026-03-16');
    const open = await s.call('shipments.createFromOrder', { orderId: order.id });
    const before = fingerprint(s);
    const early = await expectError(
      s.call('shipments.markDelivered', { id: shipped.id, date: '2026-03-15' }),
    );
    expect([early.code, early.details.fields?.map((f) => f.path)]).toEqual(['VALIDATION', ['date']]);
    expect(
      (await expectError(s.call('shipments.markDelivered', { id: open.id, date: '2026-03-16' }))).code,
    ).toBe('CONFLICT');
    expect((await expectError(s.call('shipments.cancel', { id: shipped.id }))).code).toBe('CONFLICT');
    expect(fingerprint(s)).toBe(before);

    const delivered = await s.call('shipments.markDelivered', { id: shipped.id, date: '2026-03-16' });
    expect([delivered.status, delivered.deliveredOn, delivered.number]).toEqual([
      'delivered',
      '2026-03-16',
      'SH-2026-00001',
    ]);
    expect(
      (await expectError(s.call('shipments.markDelivered', { id: shipped.id, date: '2026-03-17' }))).code,
    ).toBe('CONFLICT');
    const cancelled = await s.call('shipments.cancel', { id: open.id });
    expect([cancelled.status, cancelled.number]).toEqual(['cancelled', null]);
    expect((await expectError(s.call('shipments.cancel', { id: open.id }))).code).toBe('CONFLICT');
    expect((await expectError(s.call('shipments.scan', { id: open.id, code: 'WID-1' }))).code).toBe(
      'CONFLICT',
    );
    // delivered still counts as shipped; the cancelled shipment left the reservation with the order
    const after = await s.call('orders.get', { id: order.id });
    expect([after.status, after.lines[0]!.shipped]).toEqual(['partially_shipped', '1']);
    expect(await stockOf(s, t.widget.id)).toEqual(['99', '3', '96']);
    expect(verifyOrder(s.session.require(), order.id)).toEqual([]);
  });

  it('a shipped shipment and its lines are fixed in the database itself', async () => {
    await trade();
    const order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '2' }]);
    const shipped = await shipOrder(s, order.id);
    const db = sqliteOf(s);
    for (const sql of [
      "UPDATE shipments SET carrier = 'Forged' WHERE id = ?",
      "UPDATE shipments SET tracking_number = 'X' WHERE id = ?",
      "UPDATE shipments SET ship_date = '2026-01-01' WHERE id = ?",
      "UPDATE shipments SET status = 'open' WHERE id = ?",
      'UPDATE shipments SET number = NULL WHERE id = ?',
      'DELETE FROM shipments WHERE id = ?',
      'UPDATE shipment_lines SET qty = 1 WHERE shipment_id = ?',
      'DELETE FROM shipment_lines WHERE shipment_id = ?',
    ]) {
      expect(() => db.prepare(sql).run(shipped.id), sql).toThrow(/IMMUTABLE/);
    }
    expect(() => db.prepare("UPDATE orders SET number = 'SO-X' WHERE id = ?").run(order.id)).toThrow(
      /IMMUTABLE/,
    );
    expect(await s.call('shipments.get', { id: shipped.id })).toEqual(shipped);
  });
});

describe('the shipment list', () => {
  it('by stage (to pick, to ship, shipped, delivered, cancelled) and by search', async () => {
    await trade();
    const bistro = await s.call('customers.create', { name: 'Beta Bistro', currency: 'EUR' });
    const o1 = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '10' }]);
    const o2 = await confirmed(s, bistro.id, [{ productId: t.gadget.id, quantity: '10' }]);
    const one = (o: typeof o1) => [{ orderLineId: o.lines[0]!.id, quantity: '1' }];
    const toPick = await s.call('shipments.createFromOrder', { orderId: o1.id, lines: one(o1) });
    const toShip = await packAll(
      s,
      await s.call('shipments.createFromOrder', { orderId: o1.id, lines: one(o1) }),
    );
    const shipped = await shipOrder(s, o2.id, one(o2));
    await s.call('shipments.ship', {
      id: (await packAll(s, await s.call('shipments.createFromOrder', { orderId: o2.id, lines: one(o2) })))
        .id,
      shipDate: '2026-03-16',
      trackingNumber: 'TRK-77',
    });
    const delivered = (await s.call('shipments.list', { stage: 'shipped', search: 'TRK-77' })).rows[0]!;
    await s.call('shipments.markDelivered', { id: delivered.id, date: '2026-03-17' });
    const cancelled = await s.call('shipments.createFromOrder', { orderId: o1.id, lines: one(o1) });
    await s.call('shipments.cancel', { id: cancelled.id });

    const ids = async (q: Parameters<typeof s.call<'shipments.list'>>[1]) =>
      (await s.call('shipments.list', q)).rows.map((r) => r.id);
    expect(await ids({ stage: 'to_pick' })).toEqual([toPick.id]);
    expect(await ids({ stage: 'to_ship' })).toEqual([toShip.id]);
    expect(await ids({})).toEqual([toShip.id, toPick.id]);
    expect(await ids({ stage: 'shipped' })).toEqual([shipped.id]);
    expect(await ids({ stage: 'delivered' })).toEqual([delivered.id]);
    expect(await ids({ stage: 'cancelled' })).toEqual([cancelled.id]);
    expect(await ids({ stage: 'all', orderId: o2.id })).toEqual([delivered.id, shipped.id]);
    expect(await ids({ stage: 'all', search: 'SH-2026-00001' })).toEqual([shipped.id]);
    expect(await ids({ stage: 'all', search: 'SO-2026-00002' })).toEqual([delivered.id, shipped.id]);
    expect(await ids({ stage: 'all', search: 'bistro' })).toEqual([delivered.id, shipped.id]);
    expect(await ids({ stage: 'all', search: '%' })).toEqual([]);
    const all = await s.call('shipments.list', { stage: 'all', limit: 2 });
    expect([all.total, all.rows.map((r) => r.stage)]).toEqual([5, ['cancelled', 'delivered']]);
    expect((await s.call('shipments.list', { stage: 'shipped' })).rows[0]).toEqual({
      id: shipped.id,
      number: 'SH-2026-00001',
      status: 'shipped',
      stage: 'shipped',
      orderId: o2.id,
      orderNumber: 'SO-2026-00002',
      customerName: 'Beta Bistro',
      shipDate: '2026-03-16',
      carrier: '',
      trackingNumber: '',
      lineCount: 1,
    });
  });
});

describe('two lines of one product in one shipment', () => {
  it('ship together when on hand covers their sum, and not when it does not', async () => {
    const trade = await makeTrade({ stock: { widget: '10' } });
    const { s: services, widget, customer } = trade;
    const order = await confirmed(services, customer.id, [
      { productId: widget.id, quantity: '4' },
      { productId: widget.id, quantity: '6' },
    ]);
    const partial = await services.call('shipments.createFromOrder', {
      orderId: order.id,
      lines: [
        { orderLineId: order.lines[0]!.id, quantity: '3' },
        { orderLineId: order.lines[1]!.id, quantity: '6' },
      ],
    });
    await packAll(services, partial);
    // 9 of the 10 on hand, all reserved by this very order: it may take them
    expect((await services.call('shipments.ship', { id: partial.id, shipDate: '2026-03-16' })).status).toBe(
      'shipped',
    );
    expect(await stockOf(services, widget.id)).toEqual(['1', '1', '0']);
    const other = await confirmed(services, customer.id, [{ productId: widget.id, quantity: '5' }]);
    await services.call('stock.adjust', {
      productId: widget.id,
      kind: 'receipt',
      quantity: '3',
      date: '2026-03-16',
      reason: '',
    });
    // on hand 4: the first order still has 1 to ship; the other order reserved 5, so this one may take 4 − 5 < 1
    const rest = await packAll(
      services,
      await services.call('shipments.createFromOrder', { orderId: order.id }),
    );
    const short = await expectError(services.call('shipments.ship', { id: rest.id, shipDate: '2026-03-17' }));
    expect([short.code, short.details.fields?.[0]?.path]).toEqual(['INSUFFICIENT_STOCK', 'lines.0.quantity']);
    expect(other.status).toBe('confirmed');
    services.dispose();
  });
});

describe('a shipment whose order lines are cancelled', () => {
  it('records on its own audit trail why its lines went, and why it was cancelled when empty', async () => {
    const trade = await makeTrade();
    const { s: services, widget, gadget, customer } = trade;
    const order = await confirmed(services, customer.id, [
      { productId: widget.id, quantity: '2' },
      { productId: gadget.id, quantity: '3' },
    ]);
    const shipment = await services.call('shipments.createFromOrder', { orderId: order.id });
    await services.call('orders.cancel', {
      id: order.id,
      lineIds: [order.lines[1]!.id],
      reason: 'Gadget discontinued',
    });
    expect((await services.call('shipments.get', { id: shipment.id })).lines.map((l) => l.sku)).toEqual([
      'WID-1',
    ]);
    await services.call('orders.cancel', { id: order.id, reason: 'Customer closed' });
    const trail = await services.call('audit.list', { entity: 'shipment', entityId: shipment.id });
    expect(trail.rows.map((r) => [r.action, (r.after as { reason?: string }).reason])).toEqual([
      ['shipments.cancel', 'Customer closed'],
      ['shipments.releaseLine', 'Customer closed'],
      ['shipments.releaseLine', 'Gadget discontinued'],
      ['shipments.create', undefined],
    ]);
    expect((await services.call('audit.verify', {})).ok).toBe(true);
    services.dispose();
  });
});
