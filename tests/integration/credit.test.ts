// Credit control through the contract: exposure from its parts (receivables from the AR ledger, open and shipped
// order value, unapplied credits), holds at confirmation, approvals for an amount, rejection, and an append-only
// decision log.
import { afterEach, describe, expect, it } from 'vitest';
import { accountIdByRole } from '../../electron/ledger/accounts';
import { postEntry } from '../../electron/ledger/post';
import { verifyOrder } from '../../electron/orders/refresh';
import {
  confirmed,
  draft,
  editInput,
  fingerprint,
  lineInput,
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
  t = await makeTrade();
  s = t.s;
  return t;
}

const exposureOf = (customerId: number) => s.call('credit.exposure', { customerId });

describe('exposure', () => {
  it('adds open receivables, confirmed-not-shipped and shipped-not-invoiced value, less unapplied credits', async () => {
    await trade();
    const c = await s.call('customers.create', { name: 'Limited', currency: 'EUR', creditLimit: 100_000 });
    expect(await exposureOf(c.id)).toEqual({
      customerId: c.id,
      currency: 'EUR',
      creditLimit: 100_000,
      creditStop: false,
      overdueToleranceDays: 0,
      oldestOverdueDays: 0,
      openReceivables: 0,
      confirmedNotShipped: 0,
      shippedNotInvoiced: 0,
      unappliedCredits: 0,
      exposure: 0,
      available: 100_000,
      score: { kind: 'no_history' },
    });
    // 4 widgets: 60.00 gross; 10 gadgets: 49.90 + 3.49 = 53.39 gross
    const a = await confirmed(s, c.id, [{ productId: t.widget.id, quantity: '4' }]);
    const b = await confirmed(s, c.id, [{ productId: t.gadget.id, quantity: '10' }]);
    expect([a.totals.total, b.totals.total]).toEqual([6000, 5339]);
    // drafts and quotes are not exposure
    await draft(s, c.id, [{ productId: t.widget.id, quantity: '50' }]);
    await draft(s, c.id, [{ productId: t.widget.id, quantity: '50' }], { kind: 'quote' });
    expect(await exposureOf(c.id)).toMatchObject({
      confirmedNotShipped: 11_339,
      shippedNotInvoiced: 0,
      exposure: 11_339,
      available: 88_661,
    });

    // shipping moves value from "confirmed, not shipped" to "shipped, not invoiced"; the total stays
    await shipOrder(s, a.id, [{ orderLineId: a.lines[0]!.id, quantity: '1' }]);
    expect(await exposureOf(c.id)).toMatchObject({
      confirmedNotShipped: 4500 + 5339,
      shippedNotInvoiced: 1500,
      exposure: 11_339,
    });
    await shipOrder(s, a.id);
    expect(await exposureOf(c.id)).toMatchObject({
      confirmedNotShipped: 5339,
      shippedNotInvoiced: 6000,
      exposure: 11_339,
    });
    // a cancelled order is no exposure
    await s.call('orders.cancel', { id: b.id, reason: 'Not needed' });
    expect(await exposureOf(c.id)).toMatchObject({
      confirmedNotShipped: 0,
      shippedNotInvoiced: 6000,
      exposure: 6000,
    });
  });

  it('a fee stays open exposure after every good has shipped (it is invoiced, not shipped)', async () => {
    await trade();
    const order = await confirmed(s, t.customer.id, [
      { productId: t.widget.id, quantity: '2' },
      {
        kind: 'fee',
        feeKind: 'handling',
        description: 'Handling',
        quantity: '1',
        unitPrice: '5',
        taxRateId: null,
      },
    ]);
    await shipOrder(s, order.id);
    expect((await s.call('orders.get', { id: order.id })).status).toBe('shipped');
    expect(await exposureOf(t.customer.id)).toMatchObject({
      confirmedNotShipped: 500,
      shippedNotInvoiced: 3000,
      exposure: 3500,
    });
  });

  it('reads open receivables and unapplied credits from the customer’s AR and credit ledger lines', async () => {
    await trade();
    const other = await s.call('customers.create', { name: 'Other', currency: 'EUR' });
    const accounts = await s.call('accounts.list', {});
    const ar = accounts.find((a) => a.role === 'ar')!;
    const revenue = accounts.find((a) => a.role === 'revenue')!;
    // AR is a control account: nobody posts to it by hand, so today open receivables are always 0
    const before = fingerprint(s);
    const manual = await expectError(
      s.call('ledger.postEntry', {
        date: '2026-03-10',
        description: 'Invoice by hand',
        lines: [
          { accountId: ar.id, debit: 25_000 },
          { accountId: revenue.id, credit: 25_000 },
        ],
      }),
    );
    expect([manual.code, manual.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['lines.0.accountId'],
    ]);
    expect(fingerprint(s)).toBe(before);
    expect((await exposureOf(t.customer.id)).openReceivables).toBe(0);

    // what invoicing will post: Dr AR (for the customer) / Cr revenue, and a prepayment Dr bank / Cr customer credits
    const ctx = s.session.require();
    postEntry(ctx, {
      date: '2026-03-10',
      description: 'Invoice (as invoicing will post it)',
      sourceType: 'test',
      isManual: false,
      lines: [
        { accountId: accountIdByRole(ctx, 'ar'), amount: 25_000, customerId: t.customer.id },
        { accountId: accountIdByRole(ctx, 'revenue'), amount: -25_000 },
      ],
    });
    postEntry(ctx, {
      date: '2026-03-11',
      description: 'Prepayment',
      sourceType: 'test',
      isManual: false,
      lines: [
        { accountId: accountIdByRole(ctx, 'bank'), amount: 4_000 },
        { accountId: accountIdByRole(ctx, 'customer_credits'), amount: -4_000, customerId: t.customer.id },
      ],
    });
    postEntry(ctx, {
      date: '2026-03-11',
      description: 'Another customer’s invoice',
      sourceType: 'test',
      isManual: false,
      lines: [
        { accountId: accountIdByRole(ctx, 'ar'), amount: 7_000, customerId: other.id },
        { accountId: accountIdByRole(ctx, 'revenue'), amount: -7_000 },
      ],
    });
    const order = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '1' }]);
    expect(await exposureOf(t.customer.id)).toMatchObject({
      openReceivables: 25_000,
      unappliedCredits: 4_000,
      confirmedNotShipped: order.totals.total,
      exposure: 25_000 + 1500 - 4_000,
      available: null,
    });
    expect((await exposureOf(other.id)).exposure).toBe(7_000);

    // and the receivables count at confirmation: 210.00 + 15.00 over a limit of 220.00 holds the next order
    await s.call('customers.update', {
      id: t.customer.id,
      customer: { name: 'Café Uno', currency: 'EUR', email: 'buy@uno.example', creditLimit: 22_000 },
    });
    const next = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '1' }]);
    expect([next.status, next.holdReasons]).toEqual(['on_hold', ['over_limit']]);
    const confirmRow = (await s.call('audit.list', { entity: 'order', entityId: next.id, limit: 1 }))
      .rows[0]!;
    expect(confirmRow.after).toMatchObject({
      exposure: 22_500,
      creditLimit: 22_000,
      holdReasons: ['Over the credit limit'],
    });
  });

  it('open and shipped value of a partly shipped order add up to its total to the cent', async () => {
    await trade();
    // 2 × 4.17 = 8.34 + 20 % (1.668 → 1.67) = 10.01: half of it is 5.005, which must not round up twice
    const order = await confirmed(s, t.customer.id, [
      { productId: t.widget.id, quantity: '2', unitPrice: '4.17' },
    ]);
    expect(order.totals.total).toBe(1001);
    await shipOrder(s, order.id, [{ orderLineId: order.lines[0]!.id, quantity: '1' }]);
    const e = await exposureOf(t.customer.id);
    expect(e.confirmedNotShipped + e.shippedNotInvoiced).toBe(1001);
    expect(e.exposure).toBe(1001);
  });

  it('answers NOT_FOUND on customerId for an unknown customer', async () => {
    await trade();
    const error = await expectError(exposureOf(999));
    expect([error.code, error.details.fields?.map((f) => f.path)]).toEqual(['NOT_FOUND', ['customerId']]);
  });
});

describe('holds, approvals and rejections', () => {
  it('a customer on credit stop is held even far under the limit, with every reason that applies', async () => {
    await trade();
    const stopped = await s.call('customers.create', {
      name: 'Stopped',
      currency: 'EUR',
      creditLimit: 1_000_000,
      creditStop: true,
      overdueToleranceDays: 30,
    });
    const held = await confirmed(s, stopped.id, [{ productId: t.widget.id, quantity: '1' }]);
    expect([held.status, held.number, held.holdReasons]).toEqual([
      'on_hold',
      'SO-2026-00001',
      ['credit_stop'],
    ]);
    // held orders keep their reservation while they wait
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '1', '99']);
    await s.call('customers.update', {
      id: stopped.id,
      customer: { name: 'Stopped', currency: 'EUR', creditLimit: 100, creditStop: true },
    });
    const both = await confirmed(s, stopped.id, [{ productId: t.widget.id, quantity: '1' }]);
    expect(both.holdReasons).toEqual(['credit_stop', 'over_limit']);
    const queue = await s.call('credit.queue', {});
    expect(queue.map((h) => [h.order.id, h.reasons])).toEqual([
      [held.id, ['Customer is on credit stop']],
      [both.id, ['Customer is on credit stop', 'Over the credit limit']],
    ]);
    expect(queue[0]!.exposure).toMatchObject({ creditStop: true, confirmedNotShipped: 3000, exposure: 3000 });
    expect((await s.call('orders.counts', {})).onHold).toBe(2);
  });

  it('approval records who, when, why and the amount; it does not block shipping later', async () => {
    await trade();
    const stopped = await s.call('customers.create', { name: 'Stopped', currency: 'EUR', creditStop: true });
    const held = await confirmed(s, stopped.id, [{ productId: t.widget.id, quantity: '2' }]);
    s.clock.set('2026-03-16T08:30:00Z');
    const approved = await s.call('credit.approve', { orderId: held.id, reason: 'Paid in advance' });
    expect([approved.status, approved.approvedAmount, approved.holdReasons, approved.decisions]).toEqual([
      'confirmed',
      3000,
      [],
      [
        {
          decision: 'approved',
          amount: 3000,
          note: 'Paid in advance',
          decidedBy: 'Olga Owner',
          decidedAt: '2026-03-16T08:30:00.000Z',
        },
      ],
    ]);
    expect((await s.call('audit.list', { limit: 1 })).rows[0]).toMatchObject({
      action: 'credit.approve',
      userName: 'Olga Owner',
      after: { number: 'SO-2026-00001', amount: 3000, reasons: ['credit_stop'], note: 'Paid in advance' },
    });
    expect(await s.call('credit.queue', {})).toEqual([]);
    // the customer stays on credit stop, yet the approved order ships
    const shipment = await shipOrder(s, held.id);
    expect(shipment.number).toBe('SH-2026-00001');
    expect((await s.call('orders.get', { id: held.id })).status).toBe('shipped');
  });

  it('approving or rejecting an order that is not on hold is a CONFLICT that changes nothing', async () => {
    await trade();
    const open = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '1' }]);
    const unconfirmed = await draft(s, t.customer.id, [{ productId: t.widget.id, quantity: '1' }]);
    const before = fingerprint(s);
    for (const orderId of [open.id, unconfirmed.id]) {
      for (const method of ['credit.approve', 'credit.reject'] as const) {
        const error = await expectError(s.call(method, { orderId, reason: 'Why not' }));
        expect([error.code, error.details.fields?.map((f) => f.path)]).toEqual(['CONFLICT', ['orderId']]);
      }
    }
    const unknown = await expectError(s.call('credit.approve', { orderId: 999, reason: 'x' }));
    expect([unknown.code, unknown.details.fields?.map((f) => f.path)]).toEqual(['NOT_FOUND', ['orderId']]);
    expect(fingerprint(s)).toBe(before);
  });

  it('rejection releases the reservation, leaves the exposure and refuses shipping', async () => {
    await trade();
    const stopped = await s.call('customers.create', { name: 'Stopped', currency: 'EUR', creditStop: true });
    const held = await confirmed(s, stopped.id, [{ productId: t.widget.id, quantity: '5' }]);
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '5', '95']);
    const rejected = await s.call('credit.reject', { orderId: held.id, reason: 'Too many unpaid invoices' });
    expect([rejected.status, rejected.decisions.map((d) => [d.decision, d.note])]).toEqual([
      'rejected',
      [['rejected', 'Too many unpaid invoices']],
    ]);
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '0', '100']);
    expect((await exposureOf(stopped.id)).exposure).toBe(0);
    const before = fingerprint(s);
    const ship = await expectError(s.call('shipments.createFromOrder', { orderId: held.id }));
    expect([ship.code, ship.message]).toEqual(['CONFLICT', 'Credit for order SO-2026-00001 was refused']);
    expect(
      (await expectError(s.call('credit.approve', { orderId: held.id, reason: 'Changed mind' }))).code,
    ).toBe('CONFLICT');
    expect(fingerprint(s)).toBe(before);
    expect(verifyOrder(s.session.require(), held.id)).toEqual([]);
  });

  it('editing a refused order checks credit again and reserves again what it holds', async () => {
    await trade();
    const stopped = await s.call('customers.create', { name: 'Stopped', currency: 'EUR', creditStop: true });
    const held = await confirmed(s, stopped.id, [{ productId: t.widget.id, quantity: '5' }]);
    const rejected = await s.call('credit.reject', { orderId: held.id, reason: 'No' });
    const edited = await s.call(
      'orders.update',
      editInput(rejected, [lineInput(rejected.lines[0]!, { quantity: '4' })]),
    );
    expect([edited.status, edited.holdReasons]).toEqual(['on_hold', ['credit_stop']]);
    // a live order (held or confirmed) reserves what remains to ship
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '4', '96']);
    expect(verifyOrder(s.session.require(), held.id)).toEqual([]);

    // over the limit: the re-check counts the order's own amount, so an unchanged edit does not slip through
    const tight = await s.call('customers.create', { name: 'Tight', currency: 'EUR', creditLimit: 1000 });
    const big = await confirmed(s, tight.id, [{ productId: t.widget.id, quantity: '2' }]);
    const refused = await s.call('credit.reject', { orderId: big.id, reason: 'Over' });
    const resent = await s.call('orders.update', editInput(refused, [lineInput(refused.lines[0]!)]));
    expect([resent.status, resent.holdReasons]).toEqual(['on_hold', ['over_limit']]);
    expect(await stockOf(s, t.widget.id)).toEqual(['100', '6', '94']);
  });

  it('credit decisions are append-only in the database itself', async () => {
    await trade();
    const stopped = await s.call('customers.create', { name: 'Stopped', currency: 'EUR', creditStop: true });
    const held = await confirmed(s, stopped.id, [{ productId: t.widget.id, quantity: '1' }]);
    await s.call('credit.approve', { orderId: held.id, reason: 'Fine' });
    const db = sqliteOf(s);
    expect(() => db.prepare("UPDATE credit_decisions SET note = 'forged', amount = 999999").run()).toThrow(
      /IMMUTABLE: credit decisions cannot be changed/,
    );
    expect(() => db.prepare('DELETE FROM credit_decisions').run()).toThrow(/IMMUTABLE/);
    expect((await s.call('orders.get', { id: held.id })).decisions.map((d) => [d.note, d.amount])).toEqual([
      ['Fine', 1500],
    ]);
  });
});
