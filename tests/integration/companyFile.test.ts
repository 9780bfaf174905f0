// The company file's life: create, close, reopen, refuse what is not (or no longer, or not yet) an Ordo file
// without touching it, the recent list, backups, and NO_COMPANY when nothing is open.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/contract';
import type { ErrorCode } from '../../shared/errors';
import { ORDO_APPLICATION_ID } from '../../electron/db/open';
import { garblePages, sha256File, sideFiles, withRawDb } from '../helpers/companyFiles';
import { dispatchSafely, methodKinds, sampleInputs, type SampleWorld } from '../helpers/contractSamples';
import { tinyPng } from '../helpers/images';
import { expectError, makeCompany, makeServices, type TestServices } from '../helpers/services';

const open: TestServices[] = [];
function track(s: TestServices): TestServices {
  open.push(s);
  return s;
}
afterEach(() => {
  for (const s of open.splice(0)) s.dispose();
});

async function postOpening(s: TestServices, amount: number, date = '2026-03-01') {
  const accounts = await s.call('accounts.list', {});
  return s.call('ledger.postEntry', {
    date,
    description: 'Owner investment',
    lines: [
      { accountId: accounts.find((a) => a.role === 'bank')!.id, debit: amount },
      { accountId: accounts.find((a) => a.role === 'equity')!.id, credit: amount },
    ],
  });
}

describe('creating and reopening a company file', () => {
  it('keeps every kind of data across close and reopen', async () => {
    const s = track(await makeCompany());
    const path = join(s.dir, 'testco.ordo');
    const customer = await s.call('customers.create', {
      name: 'Müller GmbH',
      currency: 'EUR',
      contacts: [{ name: 'Jana Müller', isPrimary: true }],
    });
    const product = await s.call('products.create', { sku: 'BOLT-8', name: 'Bolt M8', price: '0.35' });
    await s.call('settings.update', { city: 'Galway', taxId: 'IE1234567T' });
    await s.call('settings.setLogo', {
      image: { mimeType: 'image/png', dataBase64: tinyPng().toString('base64') },
    });
    const entry = await postOpening(s, 250_000);
    const auditCount = (await s.call('audit.list', {})).total;

    expect(await s.call('company.close', {})).toEqual({ closed: true });
    expect(await s.call('company.current', {})).toEqual({ open: false, suggestedPath: null });
    expect(sideFiles(path)).toEqual([]);

    const info = await s.call('company.open', { path });
    expect(info).toMatchObject({
      path,
      name: 'Testco',
      baseCurrency: 'EUR',
      locale: 'en-IE',
      user: { name: 'Olga Owner' },
    });
    expect(await s.call('customers.get', { id: customer.id })).toEqual(customer);
    expect(await s.call('products.get', { id: product.id })).toEqual(product);
    const settings = await s.call('settings.get', {});
    expect([settings.city, settings.taxId, settings.hasLogo]).toEqual(['Galway', 'IE1234567T', true]);
    expect((await s.call('settings.getLogo', {}))?.dataBase64).toBe(tinyPng().toString('base64'));
    expect(await s.call('ledger.getEntry', { id: entry.id })).toEqual(entry);
    expect((await s.call('audit.list', {})).total).toBe(auditCount);
    expect(await s.call('audit.verify', {})).toEqual({ ok: true, checked: auditCount, firstBroken: null });
    expect((await postOpening(s, 1)).number).toBe('JE-2026-000002');
  });

  it('marks a new file as Ordo (application_id), in WAL mode, with foreign keys on', async () => {
    const s = track(await makeCompany());
    const path = join(s.dir, 'testco.ordo');
    const live = s.session.require().sqlite;
    expect(live.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(live.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(live.pragma('synchronous', { simple: true })).toBe(2); // FULL
    await s.call('company.close', {});

    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.pragma('application_id', { simple: true })).toBe(ORDO_APPLICATION_ID);
      expect(ORDO_APPLICATION_ID).toBe(0x4f52444f);
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
    await s.call('company.open', { path });
    expect(s.session.require().sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses to create over an existing file and leaves that file alone', async () => {
    const s = track(await makeCompany());
    const path = join(s.dir, 'testco.ordo');
    await s.call('company.close', {});
    const before = sha256File(path);
    const error = await expectError(
      s.call('company.create', { name: 'Other', baseCurrency: 'EUR', locale: 'en-IE', path }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.details.fields).toEqual([{ path: 'path', message: expect.any(String) as string }]);
    expect(sha256File(path)).toBe(before);
    expect(await s.call('company.current', {})).toMatchObject({ open: false });
  });

  it('puts a new company without a path in the Companies folder without overwriting', async () => {
    const s = track(makeServices());
    const first = await s.call('company.create', {
      name: 'Acme / Sons',
      baseCurrency: 'EUR',
      locale: 'en-IE',
    });
    const second = await s.call('company.create', {
      name: 'Acme / Sons',
      baseCurrency: 'EUR',
      locale: 'en-IE',
    });
    expect(first.path).toBe(join(s.dir, 'appdata', 'Companies', 'Acme Sons.ordo'));
    expect(second.path).toBe(join(s.dir, 'appdata', 'Companies', 'Acme Sons (2).ordo'));
  });
});

describe('files Ordo refuses to open', () => {
  let s: TestServices;
  let goodBytes: Buffer;
  let pageSize: number;
  let pageCount: number;
  let roots: Record<string, number>;
  let openPath: string;

  beforeAll(async () => {
    const maker = await makeCompany();
    for (let i = 0; i < 25; i += 1) {
      await maker.call('customers.create', {
        name: `Customer ${i}`,
        currency: 'EUR',
        notes: `note ${i} `.repeat(200),
      });
    }
    await postOpening(maker, 10_000);
    await maker.call('company.close', {});
    const path = join(maker.dir, 'testco.ordo');
    goodBytes = readFileSync(path);
    withRawDb(path, (db) => {
      pageSize = db.pragma('page_size', { simple: true }) as number;
      pageCount = db.pragma('page_count', { simple: true }) as number;
      const rows = db
        .prepare("SELECT name, rootpage FROM sqlite_master WHERE type = 'table' AND rootpage > 0")
        .all() as {
        name: string;
        rootpage: number;
      }[];
      roots = Object.fromEntries(rows.map((r) => [r.name, r.rootpage]));
    });
    maker.dispose();
    s = await makeCompany();
    openPath = join(s.dir, 'testco.ordo');
  });
  afterAll(() => s?.dispose());

  const writeOrdo = (path: string) => writeFileSync(path, goodBytes);
  const cases: { label: string; code: ErrorCode; make: (path: string) => void }[] = [
    {
      label: 'a text file',
      code: 'NOT_AN_ORDO_FILE',
      make: (p) => writeFileSync(p, 'Dear diary, today I renamed a file.\n'),
    },
    { label: 'a PNG image', code: 'NOT_AN_ORDO_FILE', make: (p) => writeFileSync(p, tinyPng()) },
    { label: 'a zero-byte file', code: 'NOT_AN_ORDO_FILE', make: (p) => writeFileSync(p, Buffer.alloc(0)) },
    {
      label: 'the SQLite header followed by garbage',
      code: 'FILE_CORRUPT',
      make: (p) =>
        writeFileSync(
          p,
          Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(8192, 0xab)]),
        ),
    },
    {
      label: 'another application’s SQLite database',
      code: 'NOT_AN_ORDO_FILE',
      make: (p) => {
        const db = new Database(p);
        db.exec(
          "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');",
        );
        db.close();
      },
    },
    {
      label: 'another application’s SQLite database in WAL mode',
      code: 'NOT_AN_ORDO_FILE',
      make: (p) => {
        const db = new Database(p);
        db.pragma('journal_mode = WAL');
        db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
        db.close();
      },
    },
    {
      label: 'an Ordo file whose customers and audit pages are garbled',
      code: 'FILE_CORRUPT',
      make: (p) => {
        writeOrdo(p);
        garblePages(p, pageSize, [roots.customers!, roots.audit_log!]);
      },
    },
    {
      label: 'an Ordo file with three pages in the middle garbled',
      code: 'FILE_CORRUPT',
      make: (p) => {
        writeOrdo(p);
        const mid = Math.floor(pageCount / 2);
        garblePages(p, pageSize, [mid, mid + 1, mid + 2]);
      },
    },
    {
      label: 'an Ordo file cut off halfway',
      code: 'FILE_CORRUPT',
      make: (p) => {
        writeOrdo(p);
        truncateSync(p, Math.floor(pageCount / 2) * pageSize);
      },
    },
    {
      label: 'an Ordo file from a newer Ordo',
      code: 'SCHEMA_TOO_NEW',
      make: (p) => {
        writeOrdo(p);
        withRawDb(p, (db) =>
          db
            .prepare(
              "INSERT INTO ordo_migrations (tag, hash, applied_at) VALUES ('9999_from_the_future', 'x', '2030-01-01')",
            )
            .run(),
        );
      },
    },
  ];

  it.each(cases)(
    'refuses $label with $code, leaves it byte-for-byte unchanged and keeps the open company',
    async (c) => {
      const path = join(s.dir, `${c.label.replace(/[^a-z]+/gi, '-')}.ordo`);
      c.make(path);
      expect(sideFiles(path)).toEqual([]);
      if (c.code === 'FILE_CORRUPT' && statSync(path).size > 8192 + 16) {
        // the damage is real: SQLite itself finds it on a copy
        const copy = `${path}.check`;
        copyFileSync(path, copy);
        const check = (() => {
          try {
            return withRawDb(copy, (db) => db.pragma('integrity_check', { simple: true }));
          } catch (error) {
            return String(error);
          }
        })();
        expect(check).not.toBe('ok');
      }
      const before = sha256File(path);
      const result = await dispatchSafely(s, 'company.open', { path });
      expect(result.ok ? 'opened' : result.error.code).toBe(c.code);
      if (!result.ok) expect(result.error.message).toMatch(/untouched|damaged/);
      if (c.code === 'SCHEMA_TOO_NEW' && !result.ok) {
        expect(result.error.details.unknownMigrations).toEqual(['9999_from_the_future']);
      }
      expect(sha256File(path)).toBe(before);
      expect(sideFiles(path)).toEqual([]);
      expect(existsSync(join(dirname(path), 'Backups'))).toBe(false);
      const current = await s.call('company.current', {});
      expect(current.open && current.company.path).toBe(openPath);
    },
  );

  it('tells a missing file (NOT_FOUND) from a folder (NOT_AN_ORDO_FILE)', async () => {
    expect((await expectError(s.call('company.open', { path: join(s.dir, 'nope.ordo') }))).code).toBe(
      'NOT_FOUND',
    );
    mkdirSync(join(s.dir, 'folder.ordo'));
    expect((await expectError(s.call('company.open', { path: join(s.dir, 'folder.ordo') }))).code).toBe(
      'NOT_AN_ORDO_FILE',
    );
  });
});

describe('the recent files list', () => {
  it('puts the last opened file first, without duplicates, and notices deleted files', async () => {
    const s = track(makeServices());
    const a = join(s.dir, 'alpha.ordo');
    const b = join(s.dir, 'beta.ordo');
    expect(await s.call('company.recent', {})).toEqual([]);
    await s.call('company.create', { name: 'Alpha', baseCurrency: 'EUR', locale: 'en-IE', path: a });
    s.clock.set('2026-03-15T11:00:00Z');
    await s.call('company.create', { name: 'Beta', baseCurrency: 'USD', locale: 'en-US', path: b });
    expect((await s.call('company.recent', {})).map((r) => r.name)).toEqual(['Beta', 'Alpha']);
    s.clock.set('2026-03-15T12:00:00Z');
    await s.call('company.open', { path: a });
    expect(await s.call('company.recent', {})).toEqual([
      { path: a, name: 'Alpha', lastOpenedAt: '2026-03-15T12:00:00.000Z', exists: true },
      { path: b, name: 'Beta', lastOpenedAt: '2026-03-15T11:00:00.000Z', exists: true },
    ]);
    rmSync(b);
    expect((await s.call('company.recent', {})).map((r) => [r.name, r.exists])).toEqual([
      ['Alpha', true],
      ['Beta', false],
    ]);
    // a refused open does not enter the list
    writeFileSync(join(s.dir, 'junk.ordo'), 'junk');
    await expectError(s.call('company.open', { path: join(s.dir, 'junk.ordo') }));
    expect((await s.call('company.recent', {})).map((r) => r.name)).toEqual(['Alpha', 'Beta']);
  });
});

describe('company.backup', () => {
  it('writes a consistent copy beside the file that opens with the same customers', async () => {
    const s = track(await makeCompany());
    for (const name of ['Zeta Ltd', 'Alpha AG', 'Mid GmbH'])
      await s.call('customers.create', { name, currency: 'EUR' });
    await postOpening(s, 5_000);
    const listBefore = await s.call('customers.list', { status: 'all' });
    const backup = await s.call('company.backup', {});
    expect(backup.path).toBe(join(s.dir, 'Backups', 'testco-20260315-100000-manual.ordo'));
    expect(backup.bytes).toBe(statSync(backup.path).size);
    const audit = await s.call('audit.list', { entity: 'company', limit: 1 });
    expect(audit.rows[0]).toMatchObject({
      action: 'company.backup',
      userName: 'Olga Owner',
      after: { path: backup.path },
    });

    await s.call('company.open', { path: backup.path });
    expect(await s.call('customers.list', { status: 'all' })).toEqual(listBefore);
    expect((await s.call('ledger.summary', {})).entries).toBe(1);
    expect((await s.call('audit.verify', {})).ok).toBe(true);
  });
});

describe('with no company open', () => {
  it('every business method answers NO_COMPANY and the lifecycle ones still work', async () => {
    const s = track(makeServices());
    // Every record id is 1: nothing exists, so any id will do.
    const world = new Proxy({ dir: s.dir, companyPath: join(s.dir, 'none.ordo') } as SampleWorld, {
      get: (target, key) => (key in target ? target[key as keyof SampleWorld] : 1),
    });
    const samples = sampleInputs(world);
    const business = methodNames.filter((m) => methodKinds[m].kind !== 'lifecycle');
    expect(business.length).toBeGreaterThan(30);
    const codes = Object.fromEntries(
      await Promise.all(
        business.map(async (m) => {
          const r = await dispatchSafely(s, m, samples[m]);
          return [m, r.ok ? 'ok' : r.error.code] as const;
        }),
      ),
    );
    expect(codes).toEqual(Object.fromEntries(business.map((m) => [m, 'NO_COMPANY'])));
    expect(await s.call('company.current', {})).toEqual({ open: false, suggestedPath: null });
    expect(await s.call('company.close', {})).toEqual({ closed: false });
    expect(await s.call('company.recent', {})).toEqual([]);
    expect(await s.call('app.info', {})).toEqual({ name: 'Ordo', version: '0.0.0-test', shell: 'web' });

    await s.call('company.create', {
      name: 'Brief',
      baseCurrency: 'EUR',
      locale: 'en-IE',
      path: join(s.dir, 'brief.ordo'),
    });
    expect((await s.call('settings.get', {})).name).toBe('Brief');
    await s.call('company.close', {});
    expect((await expectError(s.call('settings.get', {}))).code).toBe('NO_COMPANY');
  });
});
