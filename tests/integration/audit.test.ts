// The audit trail: one row per change naming the acting user, nothing for reads, and a hash chain that
// reveals an edited or removed row even when someone drops the protecting triggers.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { methodNames, type MethodName } from '../../shared/contract';
import { logicalFingerprint, withRawDb } from '../helpers/companyFiles';
import { buildSampleWorld, dispatchSafely, methodKinds, sampleInputs } from '../helpers/contractSamples';
import { makeCompany, makeServices, type TestServices } from '../helpers/services';

let s: TestServices;
afterEach(() => s?.dispose());

const auditedMethods = methodNames.filter((m) => methodKinds[m].kind === 'audited');
const readMethods = methodNames.filter((m) => methodKinds[m].kind === 'read');

describe('what the audit log records', () => {
  it('every changing method writes exactly one row naming Olga Owner, with before and after', async () => {
    s = await makeCompany();
    const world = await buildSampleWorld(s);
    const samples = sampleInputs(world);
    const owner = await s.call('users.current', {});
    expect(owner).toEqual({ id: 1, name: 'Olga Owner', roles: ['owner'], hasPin: false, archived: false });
    expect(auditedMethods.length).toBeGreaterThanOrEqual(20);

    const rows: Record<string, unknown>[] = [];
    for (const method of auditedMethods) {
      const kind = methodKinds[method];
      if (kind.kind !== 'audited') continue;
      const before = (await s.call('audit.list', { limit: 1 })).total;
      const result = await dispatchSafely(s, method, samples[method]);
      expect(result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`, method).toBe('ok');
      const log = await s.call('audit.list', { limit: 5 });
      expect(log.total - before, `${method} audit rows`).toBe(1);
      const row = log.rows[0]!;
      rows.push({ method, action: row.action, entity: row.entity });
      expect(row, method).toMatchObject({
        userId: owner.id,
        userName: 'Olga Owner',
        action: kind.action,
        entity: kind.entity,
      });
      expect(row.at).toBe('2026-03-15T10:00:00.000Z');
      expect(row.after, `${method} after`).not.toBeNull();
      if (kind.hasBefore) {
        expect(row.before, `${method} before`).not.toBeNull();
        expect(row.before, `${method} before ≠ after`).not.toEqual(row.after);
      }
    }
    expect(rows).toHaveLength(auditedMethods.length);
    expect(await s.call('audit.verify', {})).toEqual({
      ok: true,
      checked: (await s.call('audit.list', {})).total,
      firstBroken: null,
    });
  });

  it('records what changed: a customer update keeps the old and the new record', async () => {
    s = await makeCompany();
    const created = await s.call('customers.create', { name: 'Old Name', currency: 'EUR', creditLimit: 100 });
    await s.call('customers.update', {
      id: created.id,
      customer: { name: 'New Name', currency: 'EUR', creditLimit: 250 },
    });
    const log = await s.call('audit.list', { entity: 'customer', entityId: created.id });
    expect(log.rows.map((r) => r.action)).toEqual(['customers.update', 'customers.create']);
    const update = log.rows[0]!;
    expect(update.before).toMatchObject({ name: 'Old Name', creditLimit: 100 });
    expect(update.after).toMatchObject({ name: 'New Name', creditLimit: 250 });
    expect(log.rows[1]!.before).toBeNull();
    // removing the logo says what was removed
    await s.call('settings.setLogo', {
      image: { mimeType: 'image/jpeg', dataBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0]).toString('base64') },
    });
    await s.call('settings.setLogo', { image: null });
    const removal = (await s.call('audit.list', { limit: 1 })).rows[0]!;
    expect([removal.action, removal.before, removal.after]).toEqual([
      'settings.removeLogo',
      { mimeType: 'image/jpeg', bytes: 4 },
      null,
    ]);
  });

  it('a new company file starts with its creation, by the owner', async () => {
    s = makeServices();
    await s.call('company.create', {
      name: 'Fresh',
      baseCurrency: 'CHF',
      locale: 'de-CH',
      ownerName: 'Olga Owner',
      path: join(s.dir, 'fresh.ordo'),
    });
    const log = await s.call('audit.list', {});
    expect(log.total).toBe(1);
    expect(log.rows[0]).toMatchObject({
      id: 1,
      userName: 'Olga Owner',
      action: 'company.create',
      after: { name: 'Fresh', baseCurrency: 'CHF', locale: 'de-CH', ownerName: 'Olga Owner' },
    });
  });

  it('reads write nothing at all', async () => {
    s = await makeCompany();
    const samples = sampleInputs(await buildSampleWorld(s));
    const db = s.session.require().sqlite;
    const before = logicalFingerprint(db);
    const answers: Partial<Record<MethodName, string>> = {};
    for (const method of readMethods) {
      const result = await dispatchSafely(s, method, samples[method]);
      answers[method] = result.ok ? 'ok' : result.error.code;
    }
    expect(answers).toEqual(Object.fromEntries(readMethods.map((m) => [m, 'ok'])));
    expect(logicalFingerprint(db)).toBe(before);
  });
});

describe('audit.verify', () => {
  async function companyWithHistory(): Promise<string> {
    s = await makeCompany();
    for (const name of ['One', 'Two', 'Three', 'Four'])
      await s.call('customers.create', { name, currency: 'EUR' });
    await s.call('settings.update', { city: 'Sligo' });
    return join(s.dir, 'testco.ordo');
  }

  it('is ok on a normal file and counts every row', async () => {
    await companyWithHistory();
    expect(await s.call('audit.verify', {})).toEqual({ ok: true, checked: 6, firstBroken: null });
  });

  it('finds the row whose content was changed after dropping the update trigger', async () => {
    const path = await companyWithHistory();
    withRawDb(path, (db) => {
      db.exec('DROP TRIGGER audit_log_no_update');
      const row = db
        .prepare(
          "SELECT id, after FROM audit_log WHERE action = 'customers.create' ORDER BY id LIMIT 1 OFFSET 1",
        )
        .get() as {
        id: number;
        after: string;
      };
      expect(row.id).toBe(3);
      db.prepare('UPDATE audit_log SET after = ? WHERE id = ?').run(
        row.after.replace('"Two"', '"Tw0"'),
        row.id,
      );
    });
    const result = await s.call('audit.verify', {});
    expect(result).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { id: 3, reason: expect.stringMatching(/changed/) as string },
    });
  });

  it('finds the row after a removed one, after dropping the delete trigger', async () => {
    const path = await companyWithHistory();
    withRawDb(path, (db) => {
      db.exec('DROP TRIGGER audit_log_no_delete');
      db.prepare('DELETE FROM audit_log WHERE id = 4').run();
    });
    const result = await s.call('audit.verify', {});
    expect(result).toEqual({
      ok: false,
      checked: 3,
      firstBroken: { id: 5, reason: expect.stringMatching(/removed|broken/) as string },
    });
  });

  it('notices a recomputed hash too, because the next row still points at the old one', async () => {
    const path = await companyWithHistory();
    withRawDb(path, (db) => {
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare("UPDATE audit_log SET user_name = 'Mallory', hash = ? WHERE id = 2").run('f'.repeat(64));
    });
    const result = await s.call('audit.verify', {});
    expect(result.ok).toBe(false);
    expect(result.firstBroken?.id).toBe(2);
  });
});
