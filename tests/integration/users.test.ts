// User profiles through the contract: the owner comes first, a lone profile needs no login, several profiles
// (or a PIN) make the user choose at open, PINs are hashed, an owner always remains, and every audit row names
// whoever was acting.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withRawDb } from '../helpers/companyFiles';
import { fingerprint, makeTrade, stockOf } from '../helpers/orderFixtures';
import { expectError, makeCompany, type TestServices } from '../helpers/services';

let s: TestServices;
afterEach(() => s?.dispose());

const pathOf = (t: TestServices) => join(t.dir, 'testco.ordo');

async function reopen(t: TestServices) {
  await t.call('company.close', {});
  return t.call('company.open', { path: pathOf(t) });
}

describe('user profiles', () => {
  it('the first profile is the owner, and a single-profile company opens without choosing', async () => {
    s = await makeCompany();
    expect(await s.call('users.list', {})).toEqual([
      { id: 1, name: 'Olga Owner', roles: ['owner'], hasPin: false, archived: false },
    ]);
    const current = await s.call('company.current', {});
    expect(current.open && current.company.user).toEqual({ id: 1, name: 'Olga Owner', roles: ['owner'] });

    const info = await reopen(s);
    expect([info.user, info.profiles]).toEqual([
      { id: 1, name: 'Olga Owner', roles: ['owner'] },
      [{ id: 1, name: 'Olga Owner', hasPin: false }],
    ]);
    expect((await s.call('customers.list', {})).total).toBe(0);
    expect((await s.call('users.current', {})).name).toBe('Olga Owner');
  });

  it('with two profiles a reopened company waits for users.switch before any business call', async () => {
    s = await makeCompany();
    const sam = await s.call('users.create', { name: 'Sam Sales', roles: ['sales'] });
    expect(sam).toEqual({ id: 2, name: 'Sam Sales', roles: ['sales'], hasPin: false, archived: false });

    const info = await reopen(s);
    expect([info.user, info.profiles.map((p) => p.name)]).toEqual([null, ['Olga Owner', 'Sam Sales']]);
    for (const call of [
      s.call('customers.list', {}),
      s.call('orders.list', {}),
      s.call('users.current', {}),
      s.call('stock.levels', {}),
    ]) {
      const error = await expectError(call);
      expect([error.code, error.details.profileRequired]).toEqual(['UNAUTHORIZED', true]);
    }
    // choosing a profile is possible before one is chosen
    expect((await s.call('users.list', {})).map((p) => p.name)).toEqual(['Olga Owner', 'Sam Sales']);
    const chosen = await s.call('users.switch', { userId: sam.id });
    expect(chosen.name).toBe('Sam Sales');
    const current = await s.call('company.current', {});
    expect(current.open && current.company.user).toEqual({ id: sam.id, name: 'Sam Sales', roles: ['sales'] });
    expect((await s.call('customers.list', {})).total).toBe(0);
  });

  it('a PIN is asked at open, checked, and stored only as a salted hash', async () => {
    s = await makeCompany();
    const owner = await s.call('users.update', {
      id: 1,
      name: 'Olga Owner',
      roles: ['owner'],
      pin: '4321',
    });
    expect(owner.hasPin).toBe(true);
    const stored = withRawDb(pathOf(s), (db) =>
      db.prepare('SELECT pin_hash AS h FROM users WHERE id = 1').get(),
    ) as { h: string };
    expect(stored.h).not.toContain('4321');
    expect(stored.h).toMatch(/^scrypt\$[0-9a-f]{32}\$[0-9a-f]{64}$/);

    // one profile, but with a PIN: the file asks for it
    const info = await reopen(s);
    expect([info.user, info.profiles]).toEqual([null, [{ id: 1, name: 'Olga Owner', hasPin: true }]]);
    const auditBefore = withRawDb(pathOf(s), (db) => db.prepare('SELECT count(*) AS n FROM audit_log').get());
    for (const pin of ['1234', undefined, '43210']) {
      const wrong = await expectError(s.call('users.switch', { userId: 1, ...(pin ? { pin } : {}) }));
      expect([wrong.code, wrong.details.fields?.map((f) => f.path)]).toEqual(['UNAUTHORIZED', ['pin']]);
    }
    // still nobody is acting, and the wrong tries wrote nothing
    expect((await expectError(s.call('customers.list', {}))).code).toBe('UNAUTHORIZED');
    expect(withRawDb(pathOf(s), (db) => db.prepare('SELECT count(*) AS n FROM audit_log').get())).toEqual(
      auditBefore,
    );
    expect((await s.call('users.switch', { userId: 1, pin: '4321' })).name).toBe('Olga Owner');
    expect((await s.call('customers.list', {})).total).toBe(0);

    // omitted keeps the PIN, null removes it; a second hash of the same PIN differs (salted)
    expect((await s.call('users.update', { id: 1, name: 'Olga', roles: ['owner'] })).hasPin).toBe(true);
    await s.call('users.update', { id: 1, name: 'Olga', roles: ['owner'], pin: '4321' });
    const rehashed = withRawDb(pathOf(s), (db) =>
      db.prepare('SELECT pin_hash AS h FROM users WHERE id = 1').get(),
    ) as { h: string };
    expect(rehashed.h).not.toBe(stored.h);
    expect((await s.call('users.update', { id: 1, name: 'Olga', roles: ['owner'], pin: null })).hasPin).toBe(
      false,
    );
    expect((await reopen(s)).user?.name).toBe('Olga');
  });

  it('an archived profile cannot be chosen, and an unknown one is NOT_FOUND', async () => {
    s = await makeCompany();
    const wes = await s.call('users.create', { name: 'Wes', roles: ['warehouse'] });
    await s.call('users.archive', { id: wes.id });
    const archived = await expectError(s.call('users.switch', { userId: wes.id }));
    expect([archived.code, archived.details.fields?.[0]?.path]).toEqual(['VALIDATION', 'userId']);
    const unknown = await expectError(s.call('users.switch', { userId: 99 }));
    expect([unknown.code, unknown.details.fields?.[0]?.path]).toEqual(['NOT_FOUND', 'userId']);
    expect((await s.call('users.list', {})).map((p) => p.name)).toEqual(['Olga Owner']);
    expect((await s.call('users.list', { includeArchived: true })).map((p) => p.name)).toEqual([
      'Olga Owner',
      'Wes',
    ]);
    // archived profiles do not count as "several": the company opens straight away again
    expect((await reopen(s)).user?.name).toBe('Olga Owner');
    // its name is free again; restoring it then would make two active profiles of one name
    const newWes = await s.call('users.create', { name: 'wes', roles: ['sales'] });
    const clash = await expectError(s.call('users.archive', { id: wes.id, archived: false }));
    expect([clash.code, clash.details.fields?.map((f) => f.path)]).toEqual(['VALIDATION', ['name']]);
    await s.call('users.archive', { id: newWes.id });
    expect((await s.call('users.archive', { id: wes.id, archived: false })).archived).toBe(false);
  });

  it('the company always keeps an active owner, and nobody archives the profile they use', async () => {
    s = await makeCompany();
    const before = fingerprint(s);
    const lastOwner = await expectError(
      s.call('users.update', { id: 1, name: 'Olga Owner', roles: ['sales'] }),
    );
    expect([lastOwner.code, lastOwner.details.fields?.map((f) => f.path)]).toEqual(['VALIDATION', ['roles']]);
    const self = await expectError(s.call('users.archive', { id: 1 }));
    expect(self.code).toBe('CONFLICT');
    expect(fingerprint(s)).toBe(before);

    const otto = await s.call('users.create', { name: 'Otto', roles: ['owner', 'bookkeeper'] });
    // with a second owner, Olga may step down to sales…
    const olga = await s.call('users.update', { id: 1, name: 'Olga Owner', roles: ['sales'] });
    expect(olga.roles).toEqual(['sales']);
    // …and as sales she may no longer manage profiles
    const forbidden = await expectError(s.call('users.archive', { id: otto.id }));
    expect(forbidden.code).toBe('FORBIDDEN');
    await s.call('users.switch', { userId: otto.id });
    // Otto is now the last owner: he can neither lose the role nor be archived (by himself)
    const last = await expectError(
      s.call('users.update', { id: otto.id, name: 'Otto', roles: ['bookkeeper'] }),
    );
    expect(last.details.fields?.map((f) => f.path)).toEqual(['roles']);
    expect((await expectError(s.call('users.archive', { id: otto.id }))).code).toBe('CONFLICT');
    // a name is unique among active profiles, whatever its case
    const clash = await expectError(s.call('users.create', { name: 'OTTO', roles: ['sales'] }));
    expect(clash.details.fields?.map((f) => f.path)).toEqual(['name']);
    expect((await s.call('users.list', {})).map((p) => [p.name, p.roles])).toEqual([
      ['Olga Owner', ['sales']],
      ['Otto', ['owner', 'bookkeeper']],
    ]);
  });

  it('every audit row after a switch names the acting profile, also for stock and shipments', async () => {
    const t = await makeTrade();
    s = t.s;
    const wes = await s.call('users.create', { name: 'Wes Warehouse', roles: ['warehouse'] });
    const sam = await s.call('users.create', { name: 'Sam Sales', roles: ['sales'] });
    const start = (await s.call('audit.list', { limit: 1 })).rows[0]!.id;

    await s.call('users.switch', { userId: sam.id });
    const order = await s.call('orders.create', {
      customerId: t.customer.id,
      orderDate: '2026-03-15',
      lines: [{ productId: t.widget.id, quantity: '2' }],
    });
    await s.call('orders.confirm', { id: order.id });
    await s.call('users.switch', { userId: wes.id });
    await s.call('stock.adjust', {
      productId: t.widget.id,
      kind: 'adjustment',
      quantity: '-1',
      date: '2026-03-15',
      reason: 'Broken',
    });
    const shipment = await s.call('shipments.createFromOrder', { orderId: order.id });
    await s.call('shipments.scan', { id: shipment.id, code: 'WID-1' });
    await s.call('shipments.scan', { id: shipment.id, code: '4006381333931' });
    await s.call('shipments.ship', { id: shipment.id, shipDate: '2026-03-16' });
    await s.call('users.switch', { userId: 1 });

    const log = (await s.call('audit.list', { limit: 50 })).rows.filter((r) => r.id > start).reverse();
    expect(log.map((r) => [r.action, r.userName, r.userId])).toEqual([
      ['users.switch', 'Sam Sales', sam.id],
      ['orders.create', 'Sam Sales', sam.id],
      ['orders.confirm', 'Sam Sales', sam.id],
      ['users.switch', 'Wes Warehouse', wes.id],
      ['stock.adjustment', 'Wes Warehouse', wes.id],
      ['shipments.create', 'Wes Warehouse', wes.id],
      ['shipments.scan', 'Wes Warehouse', wes.id],
      ['shipments.scan', 'Wes Warehouse', wes.id],
      ['shipments.ship', 'Wes Warehouse', wes.id],
      ['users.switch', 'Olga Owner', 1],
    ]);
    const movements = await s.call('stock.movements', { productId: t.widget.id });
    expect(movements.rows.map((m) => [m.kind, m.quantity, m.createdBy])).toEqual([
      ['shipment', '-2', 'Wes Warehouse'],
      ['adjustment', '-1', 'Wes Warehouse'],
      ['receipt', '100', 'Olga Owner'],
    ]);
    expect(await stockOf(s, t.widget.id)).toEqual(['97', '0', '97']);
    expect((await s.call('audit.verify', {})).ok).toBe(true);
  });
});

describe('wrong PINs', () => {
  it('after five wrong PINs the profile waits 30 seconds, even for the right one', async () => {
    s = await makeCompany();
    const wes = await s.call('users.create', { name: 'Wes Warehouse', roles: ['warehouse'], pin: '2468' });
    const tryPin = async (pin: string) => {
      try {
        return (await s.call('users.switch', { userId: wes.id, pin })).name;
      } catch (error) {
        return (error as Error).message;
      }
    };
    for (let i = 0; i < 5; i += 1) expect(await tryPin('0000')).toBe('That PIN is not right');
    expect(await tryPin('2468')).toBe('Too many wrong PINs; try again in 30 seconds');
    s.clock.advance(29_000);
    expect(await tryPin('2468')).toBe('Too many wrong PINs; try again in 1 second');
    s.clock.advance(1_000);
    expect(await tryPin('2468')).toBe('Wes Warehouse');
  });
});
