// Stock through the contract: receipts, adjustments with a reason and counts as an append-only movement log,
// levels (on hand, reserved, available) and the negative-stock policy per product.
import { afterEach, describe, expect, it } from 'vitest';
import {
  confirmed,
  fingerprint,
  level,
  makeTrade,
  shipOrder,
  sqliteOf,
  stockOf,
  type Trade,
} from '../helpers/orderFixtures';
import { expectError, type TestServices } from '../helpers/services';

let t: Trade;
let s: TestServices;
afterEach(() => s?.dispose());

async function trade() {
  t = await makeTrade({ stock: {} });
  s = t.s;
  return t;
}

const adjust = (productId: number, kind: 'receipt' | 'adjustment' | 'count', quantity: string, reason = '') =>
  s.call('stock.adjust', { productId, kind, quantity, date: '2026-03-10', reason });

describe('stock movements', () => {
  it('receipts, adjustments and counts move on hand; the log keeps a running balance', async () => {
    await trade();
    expect(await stockOf(s, t.widget.id)).toEqual(['0', '0', '0']);
    expect(await adjust(t.widget.id, 'receipt', '10')).toMatchObject({
      onHand: '10',
      reserved: '0',
      available: '10',
    });
    expect(await adjust(t.widget.id, 'adjustment', '-2.5', 'Water damage')).toMatchObject({ onHand: '7.5' });
    expect(await adjust(t.widget.id, 'adjustment', '0.25', 'Found behind shelf')).toMatchObject({
      onHand: '7.75',
    });
    // a count states what is there; the movement is the difference
    expect(await adjust(t.widget.id, 'count', '5')).toMatchObject({ onHand: '5' });
    expect(await adjust(t.widget.id, 'count', '5')).toMatchObject({ onHand: '5' });

    const log = await s.call('stock.movements', { productId: t.widget.id });
    expect(log.total).toBe(5);
    expect(log.rows.map((m) => [m.kind, m.quantity, m.balance, m.reason, m.date, m.createdBy])).toEqual([
      ['count', '0', '5', 'Stock count', '2026-03-10', 'Olga Owner'],
      ['count', '-2.75', '5', 'Stock count', '2026-03-10', 'Olga Owner'],
      ['adjustment', '0.25', '7.75', 'Found behind shelf', '2026-03-10', 'Olga Owner'],
      ['adjustment', '-2.5', '7.5', 'Water damage', '2026-03-10', 'Olga Owner'],
      ['receipt', '10', '10', 'Goods received', '2026-03-10', 'Olga Owner'],
    ]);
    // paging keeps the running balance of the whole log
    const page = await s.call('stock.movements', { productId: t.widget.id, limit: 2, offset: 2 });
    expect(page.rows.map((m) => [m.quantity, m.balance])).toEqual([
      ['0.25', '7.75'],
      ['-2.5', '7.5'],
    ]);
    expect(
      (await s.call('audit.list', { entity: 'product', entityId: t.widget.id, limit: 5 })).rows.map(
        (r) => r.action,
      ),
    ).toEqual(['stock.count', 'stock.count', 'stock.adjustment', 'stock.adjustment', 'stock.receipt']);
  });

  it('shipments go out through the same log, with their number', async () => {
    await trade();
    await adjust(t.widget.id, 'receipt', '10');
    const order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '3' }]);
    expect(await stockOf(s, t.widget.id)).toEqual(['10', '3', '7']);
    const shipment = await shipOrder(s, order.id);
    const log = await s.call('stock.movements', { productId: t.widget.id });
    expect(log.rows[0]).toMatchObject({
      kind: 'shipment',
      quantity: '-3',
      balance: '7',
      reason: 'Shipment SH-2026-00001',
      shipmentId: shipment.id,
      shipmentNumber: 'SH-2026-00001',
      date: '2026-03-16',
    });
    expect(await stockOf(s, t.widget.id)).toEqual(['7', '0', '7']);
  });

  it('an adjustment needs a reason; bad quantities are refused with their field and nothing changes', async () => {
    await trade();
    await adjust(t.widget.id, 'receipt', '10');
    const before = fingerprint(s);
    const cases: [Parameters<typeof adjust>, string, string][] = [
      [[t.widget.id, 'adjustment', '-1', ''], 'VALIDATION', 'reason'],
      [[t.widget.id, 'adjustment', '-1', '   '], 'VALIDATION', 'reason'],
      [[t.widget.id, 'adjustment', '0', 'Nothing'], 'VALIDATION', 'quantity'],
      [[t.widget.id, 'receipt', '0'], 'VALIDATION', 'quantity'],
      [[t.widget.id, 'receipt', '-3'], 'VALIDATION', 'quantity'],
      [[t.widget.id, 'count', '-1'], 'VALIDATION', 'quantity'],
      [[t.widget.id, 'receipt', '1e30'], 'VALIDATION', 'quantity'],
      [[t.widget.id, 'receipt', '1.00001'], 'VALIDATION', 'quantity'],
      [[t.widget.id, 'receipt', '1000000000'], 'VALIDATION', 'quantity'],
      [[999, 'receipt', '1'], 'NOT_FOUND', 'productId'],
    ];
    for (const [args, code, path] of cases) {
      const error = await expectError(adjust(...args));
      const paths = [...new Set(error.details.fields?.map((f) => f.path))];
      expect([args.join(' '), error.code, paths]).toEqual([args.join(' '), code, [path]]);
    }
    expect(fingerprint(s)).toBe(before);
  });

  it('stock never goes negative unless the product allows it', async () => {
    await trade();
    await adjust(t.widget.id, 'receipt', '10');
    const before = fingerprint(s);
    const short = await expectError(adjust(t.widget.id, 'adjustment', '-10.0001', 'Lost'));
    expect([short.code, short.details.fields?.map((f) => f.path)]).toEqual([
      'INSUFFICIENT_STOCK',
      ['quantity'],
    ]);
    expect(fingerprint(s)).toBe(before);
    expect(await adjust(t.widget.id, 'adjustment', '-10', 'Lost')).toMatchObject({ onHand: '0' });

    const loose = await s.call('products.create', {
      sku: 'LOOSE',
      name: 'Loose goods',
      price: '1',
      allowNegativeStock: true,
    });
    expect(loose.allowNegativeStock).toBe(true);
    expect(await adjust(loose.id, 'adjustment', '-4', 'Sold before booked in')).toMatchObject({
      onHand: '-4',
      available: '-4',
      allowNegativeStock: true,
    });
    expect((await s.call('stock.levels', { filter: 'negative' })).rows.map((r) => r.sku)).toEqual(['LOOSE']);
    expect(await adjust(loose.id, 'count', '2')).toMatchObject({ onHand: '2' });
    expect((await s.call('stock.movements', { productId: loose.id })).rows[0]).toMatchObject({
      quantity: '6',
      balance: '2',
    });
  });

  it('products that are not stock-tracked, or archived, take no movements', async () => {
    await trade();
    const before = fingerprint(s);
    const untracked = await expectError(adjust(t.service.id, 'receipt', '5'));
    expect([untracked.code, untracked.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['productId'],
    ]);
    await s.call('products.archive', { id: t.gadget.id });
    const mid = fingerprint(s);
    const archived = await expectError(adjust(t.gadget.id, 'receipt', '5'));
    expect([archived.code, archived.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['productId'],
    ]);
    expect(fingerprint(s)).toBe(mid);
    expect(before).not.toBe(mid);
    // the level list shows tracked, active products only
    expect((await s.call('stock.levels', {})).rows.map((r) => r.sku)).toEqual(['WID-1']);
  });
});

describe('turning stock tracking off', () => {
  it('stock tracking stays on while orders hold the product reserved, and turns off once they release it', async () => {
    await trade();
    await adjust(t.gadget.id, 'receipt', '10');
    const order = await confirmed(s, t.customer.id, [{ productId: t.gadget.id, quantity: '3' }]);
    expect(await stockOf(s, t.gadget.id)).toEqual(['10', '3', '7']);
    const untrack = () =>
      s.call('products.update', {
        id: t.gadget.id,
        product: { sku: 'GAD-1', name: 'Gadget', price: '4.99', taxRateId: t.vat7.id, isStockTracked: false },
      });
    const refused = await expectError(untrack());
    expect([refused.code, refused.details.fields?.[0]?.path]).toEqual([
      'VALIDATION',
      'product.isStockTracked',
    ]);
    await s.call('orders.cancel', { id: order.id, reason: 'Changed mind' });
    expect((await untrack()).isStockTracked).toBe(false);
    const reserved = sqliteOf(s)
      .prepare('SELECT coalesce(sum(qty), 0) AS n FROM stock_reservations WHERE product_id = ?')
      .get(t.gadget.id);
    expect(reserved).toEqual({ n: 0 });
  });
});

describe('stock levels', () => {
  it('on hand, reserved and available per product, filtered and searched', async () => {
    await trade();
    await adjust(t.widget.id, 'receipt', '10');
    await adjust(t.gadget.id, 'receipt', '2');
    await confirmed(s, t.customer.id, [
      { productId: t.widget.id, quantity: '4' },
      { productId: t.gadget.id, quantity: '5' },
    ]);
    // a draft reserves nothing
    await s.call('orders.create', {
      customerId: t.customer.id,
      orderDate: '2026-03-15',
      lines: [{ productId: t.widget.id, quantity: '50' }],
    });
    const all = await s.call('stock.levels', {});
    expect(all.rows.map((r) => [r.sku, r.onHand, r.reserved, r.available])).toEqual([
      ['GAD-1', '2', '5', '-3'],
      ['WID-1', '10', '4', '6'],
    ]);
    expect(all.rows[1]).toEqual({
      productId: t.widget.id,
      sku: 'WID-1',
      name: 'Widget',
      unit: 'pcs',
      isStockTracked: true,
      allowNegativeStock: false,
      onHand: '10',
      reserved: '4',
      available: '6',
    });
    expect((await s.call('stock.levels', { filter: 'short' })).rows.map((r) => r.sku)).toEqual(['GAD-1']);
    expect((await s.call('stock.levels', { filter: 'available' })).rows.map((r) => r.sku)).toEqual(['WID-1']);
    expect((await s.call('stock.levels', { search: 'gad' })).rows.map((r) => r.sku)).toEqual(['GAD-1']);
    expect((await s.call('stock.levels', { search: 'Widg' })).rows.map((r) => r.sku)).toEqual(['WID-1']);
    expect((await s.call('stock.levels', { limit: 1, offset: 1 })).rows.map((r) => r.sku)).toEqual(['WID-1']);
    expect((await level(s, t.widget.id)).available).toBe('6');
  });
});

describe('the stock ledgers in the database', () => {
  it('movements and reservations cannot be updated or deleted, even from outside Ordo', async () => {
    await trade();
    await adjust(t.widget.id, 'receipt', '10');
    await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '4' }]);
    const db = sqliteOf(s);
    expect(() => db.prepare('UPDATE stock_movements SET qty = 990000').run()).toThrow(
      /IMMUTABLE: stock movements cannot be changed/,
    );
    expect(() => db.prepare('DELETE FROM stock_movements').run()).toThrow(
      /IMMUTABLE: stock movements cannot be deleted/,
    );
    expect(() => db.prepare('UPDATE stock_reservations SET qty = 0').run()).toThrow(
      /IMMUTABLE: stock reservations cannot be changed/,
    );
    expect(() => db.prepare('DELETE FROM stock_reservations').run()).toThrow(
      /IMMUTABLE: stock reservations cannot be deleted/,
    );
    expect(await stockOf(s, t.widget.id)).toEqual(['10', '4', '6']);
  });
});
