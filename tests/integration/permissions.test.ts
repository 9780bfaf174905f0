// Who may call what, checked in main: the guard follows the permission table (permissions.ts) for every role
// and every method, through the real dispatcher with real inputs; a refused call changes nothing.
import { describe, expect, it } from 'vitest';
import { methodNames, type MethodName } from '../../shared/contract';
import { roles, type Role } from '../../shared/contract/users';
import { OrdoError } from '../../shared/errors';
import type { CompanySession } from '../../electron/company/session';
import type { Handlers } from '../../electron/dispatch';
import { guardHandlers } from '../../electron/users/guard';
import { access, isAllowed } from '../../electron/users/permissions';
import { logicalFingerprint } from '../helpers/companyFiles';
import { buildSampleWorld, dispatchSafely, methodKinds, sampleInputs } from '../helpers/contractSamples';
import { confirmed, fingerprint, makeTrade, stockOf } from '../helpers/orderFixtures';
import { expectError, makeCompany } from '../helpers/services';

/** Every non-empty set of roles. */
const roleSets: Role[][] = Array.from({ length: 2 ** roles.length - 1 }, (_, i) =>
  roles.filter((_, bit) => ((i + 1) >> bit) & 1),
);

describe('the permission table', () => {
  it('lists every contract method, and keeps the rules the issue names', () => {
    expect(Object.keys(access).sort()).toEqual([...methodNames].sort());
    const allowed = (m: MethodName) => roles.filter((r) => isAllowed(access[m], [r]));
    expect(allowed('credit.approve')).toEqual(['owner', 'bookkeeper']);
    expect(allowed('credit.reject')).toEqual(['owner', 'bookkeeper']);
    expect(allowed('products.update')).not.toContain('warehouse');
    expect(allowed('shipments.ship')).toContain('warehouse');
    expect(allowed('stock.adjust')).toContain('warehouse');
    expect(allowed('orders.confirm')).toEqual(['owner', 'bookkeeper', 'sales']);
    expect(allowed('users.create')).toEqual(['owner']);
    // file lifecycle and choosing a profile never need a profile; nothing else is open
    expect(methodNames.filter((m) => access[m] === 'open').sort()).toEqual(
      [
        ...methodNames.filter((m) => methodKinds[m].kind === 'lifecycle'),
        'users.list',
        'users.switch',
      ].sort(),
    );
  });

  it('the guard runs a handler iff the table allows it, for every set of roles and every method', () => {
    let acting: Role[] | null = null;
    const session = {
      require: () => {
        if (!acting)
          throw new OrdoError('UNAUTHORIZED', 'Choose your profile first', { profileRequired: true });
        return { user: { id: 1, name: 'Tester', roles: acting } };
      },
    } as unknown as CompanySession;
    const handlers = Object.fromEntries(methodNames.map((m) => [m, () => `ran ${m}`])) as unknown as Handlers;
    const guarded = guardHandlers(handlers, session) as unknown as Record<
      MethodName,
      (input: unknown) => unknown
    >;
    const outcome = (m: MethodName) => {
      try {
        return guarded[m]({});
      } catch (error) {
        return error instanceof OrdoError ? error.code : 'THROWN';
      }
    };
    // before anyone has chosen a profile only the open methods run
    for (const m of methodNames)
      expect(outcome(m), m).toBe(access[m] === 'open' ? `ran ${m}` : 'UNAUTHORIZED');
    expect(roleSets).toHaveLength(15);
    for (const set of roleSets) {
      acting = set;
      for (const m of methodNames)
        expect(outcome(m), `${set.join('+')} → ${m}`).toBe(
          isAllowed(access[m], set) ? `ran ${m}` : 'FORBIDDEN',
        );
    }
  });

  // Through the real services: each role calls every guarded method with its sample input. Other refusals
  // (a state conflict, say) are fine; what matters is FORBIDDEN exactly where the table says so, and that a
  // forbidden call leaves the file as it was.
  const realSets: Role[][] = [['owner'], ['bookkeeper'], ['sales'], ['warehouse'], ['sales', 'warehouse']];
  it.each(realSets.map((set) => [set.join(' + '), set] as const))(
    'a %s profile is refused exactly the methods the table refuses it',
    async (_name, set) => {
      const s = await makeCompany();
      try {
        const samples = sampleInputs(await buildSampleWorld(s));
        const tester = await s.call('users.create', { name: 'Tester', roles: set });
        await s.call('users.switch', { userId: tester.id });
        const guarded = methodNames.filter((m) => access[m] !== 'open');
        const got: Record<string, string> = {};
        const changed: string[] = [];
        for (const m of guarded) {
          const before = logicalFingerprint(s.session.require().sqlite);
          const result = await dispatchSafely(s, m, samples[m]);
          if (!result.ok && result.error.code === 'INTERNAL')
            throw new Error(`${m}: ${result.error.message}`);
          const forbidden = !result.ok && result.error.code === 'FORBIDDEN';
          got[m] = forbidden ? 'FORBIDDEN' : 'allowed';
          if (forbidden && logicalFingerprint(s.session.require().sqlite) !== before) changed.push(m);
        }
        expect(got).toEqual(
          Object.fromEntries(guarded.map((m) => [m, isAllowed(access[m], set) ? 'allowed' : 'FORBIDDEN'])),
        );
        expect(changed).toEqual([]);
        expect((await s.call('users.current', {})).name).toBe('Tester');
      } finally {
        s.dispose();
      }
    },
  );
});

describe('roles at work', () => {
  it('warehouse ships and counts stock but cannot approve credit, change prices, customers or settings', async () => {
    const t = await makeTrade();
    const { s } = t;
    try {
      const stopped = await s.call('customers.create', {
        name: 'Stopped',
        currency: 'EUR',
        creditStop: true,
      });
      const held = await confirmed(s, stopped.id, [{ productId: t.widget.id, quantity: '1' }]);
      const open = await confirmed(s, t.customer.id, [{ productId: t.widget.id, quantity: '3' }]);
      expect(held.status).toBe('on_hold');
      const wes = await s.call('users.create', { name: 'Wes', roles: ['warehouse'] });
      await s.call('users.switch', { userId: wes.id });

      const before = fingerprint(s);
      const refused = [
        s.call('credit.approve', { orderId: held.id, reason: 'I say so' }),
        s.call('credit.reject', { orderId: held.id, reason: 'I say so' }),
        s.call('products.update', {
          id: t.widget.id,
          product: { sku: 'WID-1', name: 'Widget', price: '1', taxRateId: t.vat20.id },
        }),
        s.call('customers.create', { name: 'New', currency: 'EUR' }),
        s.call('settings.update', { city: 'Cork' }),
        s.call('orders.create', { customerId: t.customer.id, orderDate: '2026-03-15', lines: [] }),
        s.call('orders.confirm', { id: held.id }),
        s.call('users.create', { name: 'Sneaky', roles: ['owner'] }),
      ];
      for (const call of refused) {
        const error = await expectError(call);
        expect([error.code, error.message]).toEqual(['FORBIDDEN', expect.stringMatching(/^Only the owner/)]);
      }
      expect(fingerprint(s)).toBe(before);
      expect((await s.call('products.get', { id: t.widget.id })).price).toBe('12.5');
      expect((await s.call('orders.get', { id: held.id })).status).toBe('on_hold');

      // what the warehouse is for
      await s.call('stock.adjust', {
        productId: t.widget.id,
        kind: 'count',
        quantity: '90',
        date: '2026-03-15',
        reason: '',
      });
      const shipment = await s.call('shipments.createFromOrder', { orderId: open.id });
      const scan = await s.call('shipments.scan', { id: shipment.id, code: 'wid-1' });
      expect(scan.scan).toMatchObject({ result: 'packed', packed: '1', quantity: '3' });
      await s.call('shipments.setPacked', { id: shipment.id, lineId: shipment.lines[0]!.id, packed: '3' });
      const shipped = await s.call('shipments.ship', { id: shipment.id, shipDate: '2026-03-15' });
      const delivered = await s.call('shipments.markDelivered', { id: shipped.id, date: '2026-03-17' });
      expect([shipped.number, delivered.status]).toEqual(['SH-2026-00001', 'delivered']);
      expect(await stockOf(s, t.widget.id)).toEqual(['87', '1', '86']);
      // reading is for everyone
      expect((await s.call('credit.queue', {})).map((h) => h.order.id)).toEqual([held.id]);
    } finally {
      s.dispose();
    }
  });

  it('sales creates and confirms orders but cannot decide on credit; a bookkeeper can', async () => {
    const t = await makeTrade();
    const { s } = t;
    try {
      const limited = await s.call('customers.create', { name: 'Tight', currency: 'EUR', creditLimit: 1000 });
      const sam = await s.call('users.create', { name: 'Sam', roles: ['sales'] });
      const bea = await s.call('users.create', { name: 'Bea', roles: ['bookkeeper'] });
      await s.call('users.switch', { userId: sam.id });
      const order = await confirmed(s, limited.id, [{ productId: t.widget.id, quantity: '2' }]);
      expect([order.status, order.number, order.holdReasons]).toEqual([
        'on_hold',
        'SO-2026-00001',
        ['over_limit'],
      ]);
      const before = fingerprint(s);
      const refused = await expectError(
        s.call('credit.approve', { orderId: order.id, reason: 'Good customer' }),
      );
      expect(refused.code).toBe('FORBIDDEN');
      expect(fingerprint(s)).toBe(before);

      await s.call('users.switch', { userId: bea.id });
      const approved = await s.call('credit.approve', { orderId: order.id, reason: 'Paid upfront' });
      expect([approved.status, approved.decisions]).toEqual([
        'confirmed',
        [
          {
            decision: 'approved',
            amount: 3000,
            note: 'Paid upfront',
            decidedBy: 'Bea',
            decidedAt: '2026-03-15T10:00:00.000Z',
          },
        ],
      ]);
    } finally {
      s.dispose();
    }
  });
});
