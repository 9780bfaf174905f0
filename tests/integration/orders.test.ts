// Quotes and orders through the contract: totals computed by main, numbers at confirmation only, quotes converted
// once, duplicates, edits of confirmed orders (reservations and credit follow), cancellation, list and counts.
import { afterEach, describe, expect, it } from 'vitest';
import type { Order } from '../../shared/contract';
import { verifyOrder } from '../../electron/orders/refresh';
import {
  confirmed,
  draft,
  editInput,
  fingerprint,
  lineInput,
  makeTrade,
  shipOrder,
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

const verified = (order: Order) => verifyOrder(s.session.require(), order.id);

describe('order totals', () => {
  // gadget 2.5 × 4.99 = 12.475 − 0.50 → 11.98 net, 7 % = 0.8386 → 0.84
  // widget 3 × 12.50 = 37.50 − 10 % → 33.75 net, 20 % = 6.75
  // text   1.5 × 40 = 60.00 net, 20 % = 12.00
  // fee    9.90 net, no tax
  // net 115.63, tax 19.59, total 135.22, discounts 4.25, fees 9.90
  const lines = (tr: Trade) => [
    { productId: tr.gadget.id, quantity: '2.5', discountAmount: 50 },
    { productId: tr.widget.id, quantity: '3', discountPercent: '10' },
    {
      kind: 'text' as const,
      description: 'Assembly',
      quantity: '1.5',
      unitPrice: '40',
      taxRateId: tr.vat20.id,
    },
    {
      kind: 'fee' as const,
      feeKind: 'shipping' as const,
      description: 'Delivery',
      quantity: '1',
      unitPrice: '9.90',
      taxRateId: null,
    },
  ];

  it('a multi-rate order with discounts and a fee totals to the hand-computed amounts', async () => {
    await trade();
    const order = await draft(s, t.customer.id, lines(t));
    expect(order.lines.map((l) => [l.unitPrice, l.taxPercent, l.net, l.tax, l.gross])).toEqual([
      ['4.99', '7', 1198, 84, 1282],
      ['12.5', '20', 3375, 675, 4050],
      ['40', '20', 6000, 1200, 7200],
      ['9.90', '0', 990, 0, 990],
    ]);
    expect(order.totals).toEqual({
      net: 11563,
      discount: 425,
      fees: 990,
      tax: 1959,
      total: 13522,
      taxes: [
        { taxRateId: t.vat20.id, name: 'Standard', taxPercent: '20', base: 9375, tax: 1875 },
        { taxRateId: t.vat7.id, name: 'Reduced', taxPercent: '7', base: 1198, tax: 84 },
        { taxRateId: null, name: 'No tax', taxPercent: '0', base: 990, tax: 0 },
      ],
    });
    expect(order.lines.map((l) => [l.description, l.sku, l.unit, l.taxRateId])).toEqual([
      ['Gadget', 'GAD-1', 'pcs', t.vat7.id],
      ['Widget', 'WID-1', 'pcs', t.vat20.id],
      ['Assembly', null, '', t.vat20.id],
      ['Delivery', null, '', null],
    ]);
    // lines + taxes = total, and it is what the list shows
    expect(order.totals.net + order.totals.tax).toBe(order.totals.total);
    expect((await s.call('orders.list', {})).rows[0]).toMatchObject({ id: order.id, total: 13522 });
  });

  it('the preview equals what create stores, and writes nothing', async () => {
    await trade();
    const input = { customerId: t.customer.id, orderDate: '2026-03-15', lines: lines(t) };
    const before = fingerprint(s);
    const preview = await s.call('orders.preview', input);
    expect(fingerprint(s)).toBe(before);
    const order = await s.call('orders.create', input);
    expect(preview.totals).toEqual(order.totals);
    expect(preview.currency).toBe(order.currency);
    expect(preview.lines).toEqual(
      order.lines.map((l) => ({
        net: l.net,
        tax: l.tax,
        gross: l.gross,
        unitPrice: l.unitPrice,
        taxRateId: l.taxRateId,
        availability: l.availability,
      })),
    );
    expect(preview.lines.map((l) => l.availability)).toEqual([
      { onHand: '100', reserved: '0', available: '100' },
      { onHand: '100', reserved: '0', available: '100' },
      null,
      null,
    ]);
  });

  it('per-document tax rounding rounds the sum per rate once', async () => {
    await trade();
    const cheap = [1, 2, 3].map(() => ({ productId: t.gadget.id, quantity: '1', unitPrice: '0.07' }));
    // 0.07 × 7 % = 0.0049 per line: 0.00 rounded per line, 0.0147 → 0.01 per document
    expect(
      (await s.call('orders.preview', { customerId: t.customer.id, orderDate: '2026-03-15', lines: cheap }))
        .totals.tax,
    ).toBe(0);
    await s.call('settings.update', { taxRounding: 'document' });
    const order = await draft(s, t.customer.id, cheap);
    expect([order.totals.net, order.totals.tax, order.totals.total]).toEqual([21, 1, 22]);
    expect(order.lines.reduce((sum, l) => sum + l.tax, 0)).toBe(1);
  });
});

describe('order numbers', () => {
  it('drafts have none; confirmation gives gapless SO numbers and a failed one uses none', async () => {
    await trade();
    const other = await s.call('customers.create', { name: 'Leaving Ltd', currency: 'EUR' });
    const d1 = await draft(s, t.customer.id, [{ productId: t.widget.id, quantity: '1' }]);
    const d2 = await draft(s, other.id, [{ productId: t.widget.id, quantity: '1' }]);
    const d3 = await draft(s, t.customer.id, []);
    const d4 = await draft(s, t.customer.id, [{ productId: t.gadget.id, quantity: '1' }]);
    expect([d1, d2, d3, d4].map((o) => [o.number, o.status])).toEqual(Array(4).fill([null, 'draft']));
    await s.call('customers.archive', { id: other.id });

    expect((await s.call('orders.confirm', { id: d1.id })).number).toBe('SO-2026-00001');
    const before = fingerprint(s);
    const archived = await expectError(s.call('orders.confirm', { id: d2.id }));
    expect([archived.code, archived.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['customerId'],
    ]);
    const empty = await expectError(s.call('orders.confirm', { id: d3.id }));
    expect([empty.code, empty.details.fields?.map((f) => f.path)]).toEqual(['VALIDATION', ['lines']]);
    const again = await expectError(s.call('orders.confirm', { id: d1.id }));
    expect(again.code).toBe('CONFLICT');
    expect(fingerprint(s)).toBe(before);
    // a draft whose every line was cancelled is cancelled: it takes no number either
    const d5 = await draft(s, t.customer.id, [{ productId: t.widget.id, quantity: '1' }]);
    expect(
      (await s.call('orders.cancel', { id: d5.id, lineIds: [d5.lines[0]!.id], reason: '' })).status,
    ).toBe('cancelled');
    expect((await expectError(s.call('orders.confirm', { id: d5.id }))).code).toBe('CONFLICT');
    expect((await s.call('orders.confirm', { id: d4.id })).number).toBe('SO-2026-00002');
    expect((await s.call('orders.get', { id: d2.id })).number).toBeNull();
    const series = (await s.call('numberSeries.list', {})).find((n) => n.key === 'order');
    expect(series).toMatchObject({ pattern: 'SO-{YYYY}-{#####}' });
  });
});

describe('quotes', () => {
  it('convert to an order once, keeping the lines; the quote shows converted', async () => {
    await trade();
    const limited = await s.call('customers.create', { name: 'Small', currency: 'EUR', creditLimit: 5000 });
    const quote = await s.call('orders.create', {
      kind: 'quote',
      customerId: limited.id,
      orderDate: '2026-03-01',
      validUntil: '2026-03-31',
      customerReference: 'RFQ-9',
      lines: [
        { productId: t.widget.id, quantity: '8', discountPercent: '5' },
        { kind: 'text', description: 'Set-up', quantity: '1', unitPrice: '25', taxRateId: t.vat20.id },
      ],
    });
    // over the limit: a quote only warns
    expect([quote.kind, quote.status, quote.number, quote.validUntil, quote.creditWarning]).toEqual([
      'quote',
      'quote',
      null,
      '2026-03-31',
      ['Over the credit limit'],
    ]);
    expect((await expectError(s.call('orders.confirm', { id: quote.id }))).code).toBe('CONFLICT');
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '0', '100']);

    const order = await s.call('orders.convertQuote', { id: quote.id });
    expect([
      order.kind,
      order.status,
      order.number,
      order.quoteId,
      order.orderDate,
      order.validUntil,
    ]).toEqual(['order', 'draft', null, quote.id, '2026-03-15', null]);
    expect(order.customerReference).toBe('RFQ-9');
    const keep = (o: Order) =>
      o.lines.map((l) => [
        l.kind,
        l.productId,
        l.description,
        l.quantity,
        l.unitPrice,
        l.discountPercent,
        l.taxRateId,
        l.gross,
      ]);
    expect(keep(order)).toEqual(keep(quote));
    expect(order.totals).toEqual(quote.totals);
    expect((await s.call('orders.get', { id: quote.id })).status).toBe('converted');

    const before = fingerprint(s);
    expect((await expectError(s.call('orders.convertQuote', { id: quote.id }))).code).toBe('CONFLICT');
    expect((await expectError(s.call('orders.convertQuote', { id: order.id }))).code).toBe('CONFLICT');
    expect((await expectError(s.call('orders.update', editInput(quote, [])))).code).toBe('CONFLICT');
    expect(fingerprint(s)).toBe(before);
    expect((await s.call('orders.list', { kind: 'quote' })).rows.map((r) => [r.id, r.status])).toEqual([
      [quote.id, 'converted'],
    ]);
    expect((await s.call('audit.list', { limit: 1 })).rows[0]).toMatchObject({ action: 'quotes.convert' });
  });
});

describe('duplicate', () => {
  it('makes a new draft with the same customer and the lines as ordered, dated today', async () => {
    await trade();
    const original = await confirmed(s, t.customer.id, [
      { productId: t.widget.id, quantity: '2', unitPrice: '11' },
      { productId: t.gadget.id, quantity: '5' },
    ]);
    await s.call('orders.cancel', { id: original.id, lineIds: [original.lines[1]!.id], reason: 'Out' });
    const copy = await s.call('orders.duplicate', { id: original.id });
    expect([copy.id === original.id, copy.status, copy.number, copy.orderDate]).toEqual([
      false,
      'draft',
      null,
      '2026-03-15',
    ]);
    // a copy of the order as it was written, cancelled line included: the user removes what is not wanted
    expect(copy.lines.map((l) => [l.productId, l.quantity, l.unitPrice, l.cancelled])).toEqual([
      [t.widget.id, '2', '11', '0'],
      [t.gadget.id, '5', '4.99', '0'],
    ]);
    expect((await s.call('orders.get', { id: original.id })).status).toBe('confirmed');
    // a draft reserves nothing
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '2', '98']);
  });
});

describe('editing a confirmed order', () => {
  it('a larger quantity reserves more; a total beyond the approval holds it again until approved', async () => {
    await trade();
    const limited = await s.call('customers.update', {
      id: t.customer.id,
      customer: { name: 'Café Uno', currency: 'EUR', email: 'buy@uno.example', creditLimit: 10_000 },
    });
    expect(limited.creditLimit).toBe(10_000);
    // 4 widgets = 60.00 gross, within 100.00
    let order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '4' }]);
    expect([order.status, order.totals.total]).toEqual(['confirmed', 6000]);
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '4', '96']);

    const edit = async (quantity: string) => {
      order = await s.call('orders.update', editInput(order, [lineInput(order.lines[0]!, { quantity })]));
      return order;
    };
    expect((await edit('6')).status).toBe('confirmed');
    expect([order.number, order.lines[0]!.quantity]).toEqual(['SO-2026-00001', '6']);
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '6', '94']);

    // 10 widgets = 150.00: over the limit, back on hold (reservation kept)
    expect([(await edit('10')).status, order.holdReasons, order.totals.total]).toEqual([
      'on_hold',
      ['over_limit'],
      15_000,
    ]);
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '10', '90']);
    expect((await expectError(s.call('shipments.createFromOrder', { orderId: order.id }))).code).toBe(
      'CONFLICT',
    );
    order = await s.call('credit.approve', { orderId: order.id, reason: 'Trusted' });
    expect([order.status, order.approvedAmount]).toEqual(['confirmed', 15_000]);
    // within what was approved it stays confirmed; beyond it, it needs a new approval
    expect((await edit('9')).status).toBe('confirmed');
    expect([(await edit('12')).status, order.holdReasons]).toEqual(['on_hold', ['over_limit']]);
    order = await s.call('credit.approve', { orderId: order.id, reason: 'Still trusted' });
    expect([order.status, order.approvedAmount, order.decisions.map((d) => d.amount)]).toEqual([
      'confirmed',
      18_000,
      [15_000, 18_000],
    ]);
    expect(verified(order)).toEqual([]);
    const log = await s.call('audit.list', { entity: 'order', entityId: order.id, limit: 3 });
    expect(log.rows.map((r) => r.action)).toEqual(['credit.approve', 'orders.update', 'orders.update']);
    expect(log.rows[1]!.before).toMatchObject({ totals: { total: 13_500 } });
    expect(log.rows[1]!.after).toMatchObject({ totals: { total: 18_000 } });
  });

  it('refuses less than was shipped, removing or re-producting a shipped line; an unshipped line may go', async () => {
    await trade();
    let order = await confirmed(s, t.customer.id, [
      { productId: t.widget.id, quantity: '6' },
      { productId: t.gadget.id, quantity: '4' },
    ]);
    await shipOrder(s, order.id, [{ orderLineId: order.lines[0]!.id, quantity: '3' }]);
    order = await s.call('orders.get', { id: order.id });
    const [widgetLine, gadgetLine] = order.lines as [Order['lines'][number], Order['lines'][number]];
    expect(await stockOf(s, t.widget.id)).toEqual(['97', '3', '94']);

    const before = fingerprint(s);
    const below = await expectError(
      s.call(
        'orders.update',
        editInput(order, [lineInput(widgetLine, { quantity: '2' }), lineInput(gadgetLine)]),
      ),
    );
    expect([below.code, below.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['order.lines.0.quantity'],
    ]);
    const removed = await expectError(s.call('orders.update', editInput(order, [lineInput(gadgetLine)])));
    expect([removed.code, removed.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['order.lines'],
    ]);
    const swapped = await expectError(
      s.call(
        'orders.update',
        editInput(order, [lineInput(widgetLine, { productId: t.gadget.id }), lineInput(gadgetLine)]),
      ),
    );
    expect(swapped.details.fields?.map((f) => f.path)).toEqual(['order.lines.0.productId']);
    const twice = await expectError(
      s.call('orders.update', editInput(order, [lineInput(widgetLine), lineInput(widgetLine)])),
    );
    expect(twice.details.fields?.map((f) => f.path)).toEqual(['order.lines.1.id']);
    expect(fingerprint(s)).toBe(before);

    // exactly what was shipped is fine; the unshipped gadget line leaves and frees its reservation
    order = await s.call('orders.update', editInput(order, [lineInput(widgetLine, { quantity: '3' })]));
    expect([order.status, order.lines.map((l) => [l.sku, l.quantity, l.shipped, l.remaining])]).toEqual([
      'shipped',
      [['WID-1', '3', '3', '0']],
    ]);
    expect(await stockOf(s, t.widget.id)).toEqual(['97', '0', '97']);
    expect(await stockOf(s, t.gadget.id)).toEqual(['100', '0', '100']);
    expect(verified(order)).toEqual([]);
  });

  it('a line removed after a cancelled shipment held it leaves cleanly', async () => {
    await trade();
    let order = await confirmed(s, t.customer.id, [
      { productId: t.widget.id, quantity: '2' },
      { productId: t.gadget.id, quantity: '4' },
    ]);
    const shipment = await s.call('shipments.createFromOrder', { orderId: order.id });
    await s.call('shipments.cancel', { id: shipment.id });
    order = await s.call('orders.update', editInput(order, [lineInput(order.lines[0]!)]));
    expect(order.lines.map((l) => l.sku)).toEqual(['WID-1']);
    expect(await stockOf(s, t.gadget.id)).toEqual(['100', '0', '100']);
    expect((await s.call('shipments.get', { id: shipment.id })).status).toBe('cancelled');
    expect(verified(order)).toEqual([]);
  });

  it('an unshipped line that changes product moves its reservation to the new product', async () => {
    await trade();
    let order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '2' }]);
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '2', '98']);
    order = await s.call(
      'orders.update',
      editInput(order, [
        lineInput(order.lines[0]!, {
          productId: t.gadget.id,
          description: 'Gadget',
          unitPrice: '4.99',
          taxRateId: t.vat7.id,
        }),
      ]),
    );
    expect(order.lines.map((l) => l.sku)).toEqual(['GAD-1']);
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '0', '100']);
    expect(await stockOf(s, t.gadget.id)).toEqual(['100', '2', '98']);
  });

  it('an unshipped line that becomes free text gives back its reservation', async () => {
    await trade();
    const order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '2' }]);
    await s.call(
      'orders.update',
      editInput(order, [
        lineInput(order.lines[0]!, { kind: 'text', productId: null, description: 'Widget, special make' }),
      ]),
    );
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '0', '100']);
  });

  it('keeps the currency it was confirmed in: the customer cannot change currency, and edits stay in EUR', async () => {
    await trade();
    const order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '2' }]);
    expect([order.currency, order.totals.total]).toEqual(['EUR', 3000]);
    const refused = await expectError(
      s.call('customers.update', {
        id: t.customer.id,
        customer: { name: 'Café Uno', currency: 'JPY', email: 'buy@uno.example' },
      }),
    );
    expect(refused.details.fields?.[0]?.path).toBe('customer.currency');
    // even a customer row changed behind Ordo's back (an old file) does not re-price the confirmed order
    s.session
      .require()
      .sqlite.prepare("UPDATE customers SET currency = 'JPY' WHERE id = ?")
      .run(t.customer.id);
    const edited = await s.call('orders.update', editInput(order, [lineInput(order.lines[0]!)]));
    expect([edited.currency, edited.totals.total]).toEqual(['EUR', 3000]);
    expect(verified(edited)).toEqual([]);
  });

  it('a new line on a confirmed order is reserved at once', async () => {
    await trade();
    let order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '2' }]);
    order = await s.call(
      'orders.update',
      editInput(order, [lineInput(order.lines[0]!), { productId: t.gadget.id, quantity: '7' }]),
    );
    expect(order.lines.map((l) => [l.sku, l.remaining, l.availability])).toEqual([
      ['WID-1', '2', { onHand: '100', reserved: '2', available: '98' }],
      ['GAD-1', '7', { onHand: '100', reserved: '7', available: '93' }],
    ]);
  });
});

describe('cancelling', () => {
  it('a line or the whole order releases reservations and leaves open shipments', async () => {
    await trade();
    let order = await confirmed(s, t.customer.id, [
      { productId: t.widget.id, quantity: '5' },
      { productId: t.gadget.id, quantity: '4' },
    ]);
    const shipment = await s.call('shipments.createFromOrder', { orderId: order.id });
    expect(shipment.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['WID-1', '5'],
      ['GAD-1', '4'],
    ]);
    order = await s.call('orders.cancel', {
      id: order.id,
      lineIds: [order.lines[1]!.id],
      reason: 'Sold out',
    });
    expect([order.status, order.lines.map((l) => [l.cancelled, l.remaining])]).toEqual([
      'confirmed',
      [
        ['0', '5'],
        ['4', '0'],
      ],
    ]);
    expect(await stockOf(s, t.gadget.id)).toEqual(['100', '0', '100']);
    expect((await s.call('shipments.get', { id: shipment.id })).lines.map((l) => l.sku)).toEqual(['WID-1']);
    expect((await s.call('audit.list', { limit: 1 })).rows[0]).toMatchObject({
      action: 'orders.cancelLines',
      after: { reason: 'Sold out' },
    });

    order = await s.call('orders.cancel', { id: order.id, reason: 'Customer left' });
    expect(order.status).toBe('cancelled');
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '0', '100']);
    const gone = await s.call('shipments.get', { id: shipment.id });
    expect([gone.status, gone.lines]).toEqual(['cancelled', []]);
    const before = fingerprint(s);
    expect((await expectError(s.call('orders.cancel', { id: order.id, reason: '' }))).code).toBe('CONFLICT');
    expect((await expectError(s.call('orders.update', editInput(order, [])))).code).toBe('CONFLICT');
    expect(fingerprint(s)).toBe(before);
    expect(verified(order)).toEqual([]);
    expect((await s.call('credit.exposure', { customerId: t.customer.id })).exposure).toBe(0);
  });

  it('cancelling a partly shipped order cancels what remains; what shipped stays shipped', async () => {
    await trade();
    const order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '5' }]);
    await shipOrder(s, order.id, [{ orderLineId: order.lines[0]!.id, quantity: '2' }]);
    const after = await s.call('orders.cancel', { id: order.id, reason: 'Rest not needed' });
    expect([
      after.status,
      after.lines[0]!.shipped,
      after.lines[0]!.cancelled,
      after.lines[0]!.remaining,
    ]).toEqual(['shipped', '2', '3', '0']);
    expect(await stockOf(s, t.widget.id)).toEqual(['98', '0', '98']);
    expect(verified(after)).toEqual([]);
  });
});

describe('the order list', () => {
  it('filters by status, customer, dates and search (number, reference, customer name), pages, and counts', async () => {
    await trade();
    const alpha = await s.call('customers.create', { name: 'Alpha Bakery', currency: 'EUR' });
    const beta = await s.call('customers.create', { name: 'Beta Bistro', currency: 'EUR' });
    const gamma = await s.call('customers.create', {
      name: 'Gamma Grill',
      currency: 'EUR',
      creditStop: true,
    });
    const line = [{ productId: t.widget.id, quantity: '1' }];
    const o1 = await confirmed(s, alpha.id, line, { orderDate: '2026-03-01', customerReference: 'PO-100' });
    const o2 = await draft(s, alpha.id, [{ productId: t.widget.id, quantity: '3' }], {
      orderDate: '2026-03-05',
      customerReference: 'PO-200',
    });
    const o3 = await confirmed(s, beta.id, [{ productId: t.widget.id, quantity: '4' }], {
      orderDate: '2026-03-10',
      customerReference: 'X-300',
    });
    await shipOrder(s, o3.id, [{ orderLineId: o3.lines[0]!.id, quantity: '1' }]);
    const o4 = await confirmed(s, gamma.id, line, { orderDate: '2026-03-12' });
    const o5 = await draft(s, alpha.id, line, { orderDate: '2026-03-14' });
    await s.call('orders.cancel', { id: o5.id, reason: '' });
    await s.call('orders.create', {
      kind: 'quote',
      customerId: beta.id,
      orderDate: '2026-03-13',
      lines: line,
    });

    const ids = async (q: Parameters<typeof s.call<'orders.list'>>[1]) =>
      (await s.call('orders.list', q)).rows.map((r) => r.id);
    expect(await ids({})).toEqual([o5.id, o4.id, o3.id, o2.id, o1.id]);
    expect((await s.call('orders.list', {})).rows.map((r) => r.status)).toEqual([
      'cancelled',
      'on_hold',
      'partially_shipped',
      'draft',
      'confirmed',
    ]);
    expect(await ids({ status: ['confirmed', 'partially_shipped'] })).toEqual([o3.id, o1.id]);
    expect(await ids({ status: ['on_hold'] })).toEqual([o4.id]);
    expect(await ids({ customerId: alpha.id })).toEqual([o5.id, o2.id, o1.id]);
    expect(await ids({ from: '2026-03-05', to: '2026-03-12' })).toEqual([o4.id, o3.id, o2.id]);
    expect(await ids({ search: 'SO-2026-00002' })).toEqual([o3.id]);
    expect(await ids({ search: 'SO-2026' })).toEqual([o4.id, o3.id, o1.id]);
    expect(await ids({ search: 'PO-2' })).toEqual([o2.id]);
    expect(await ids({ search: 'x-300' })).toEqual([o3.id]);
    expect(await ids({ search: 'bistro' })).toEqual([o3.id]);
    expect(await ids({ search: 'Alpha Bak', status: ['draft'] })).toEqual([o2.id]);
    expect(await ids({ search: 'nothing like it' })).toEqual([]);
    expect(await ids({ sort: 'total', dir: 'desc', limit: 2 })).toEqual([o3.id, o2.id]);
    expect(
      await ids({ sort: 'number', dir: 'asc', status: ['confirmed', 'partially_shipped', 'on_hold'] }),
    ).toEqual([o1.id, o3.id, o4.id]);
    const page2 = await s.call('orders.list', { limit: 2, offset: 2 });
    expect([page2.total, page2.rows.map((r) => r.id)]).toEqual([5, [o3.id, o2.id]]);
    expect(page2.rows[0]).toEqual({
      id: o3.id,
      kind: 'order',
      number: 'SO-2026-00002',
      status: 'partially_shipped',
      customerId: beta.id,
      customerName: 'Beta Bistro',
      orderDate: '2026-03-10',
      customerReference: 'X-300',
      currency: 'EUR',
      total: 6000,
    });
    expect(await s.call('orders.counts', {})).toEqual({ onHold: 1, toShip: 2, drafts: 1 });
    expect((await s.call('orders.list', { kind: 'quote' })).total).toBe(1);
  });
});
