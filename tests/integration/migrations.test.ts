// Updating a file made by an older Ordo: a backup first, every migration in one transaction, data (and its
// search index) kept; a failing migration leaves the file exactly as it was.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import type { CompanyContext } from '../../electron/context';
import { openCompanyFile } from '../../electron/db/open';
import { countRows, sha256File, sideFiles, withRawDb } from '../helpers/companyFiles';
import {
  createFileWithMigrations,
  realMigrationTags,
  writeMigrationsDir,
} from '../helpers/migrationFixtures';
import { expectError, makeCompany, makeServices, type TestServices } from '../helpers/services';

const open: TestServices[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.dispose();
});

const tagsOf = (path: string) =>
  withRawDb(path, (db) =>
    (db.prepare('SELECT tag FROM ordo_migrations ORDER BY tag').all() as { tag: string }[]).map((r) => r.tag),
  );
const tablesOf = (path: string) =>
  withRawDb(path, (db) =>
    (
      db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name").all() as {
        name: string;
      }[]
    ).map((r) => r.name),
  );

const zebra = contract['customers.create'].input.parse({
  name: 'Zebra Trading',
  email: 'orders@zebra.example',
  currency: 'EUR',
  contacts: [{ name: 'Zed Zulu', isPrimary: true }],
});
const sprocket = contract['products.create'].input.parse({
  sku: 'SPR-42',
  name: 'Sprocket',
  price: '3.20',
  barcode: '4006381333931',
});

// Rows as the first version of Ordo wrote them: its schema, not today's (which has more columns).
function insertCustomerV1(ctx: CompanyContext): void {
  ctx.sqlite
    .prepare(
      `INSERT INTO customers (id, number, name, email, currency, tags, created_at, updated_at)
       VALUES (1, 'C00001', ?, ?, ?, '[]', ?, ?)`,
    )
    .run(zebra.name, zebra.email, zebra.currency, ctx.nowIso(), ctx.nowIso());
  ctx.sqlite
    .prepare(
      `INSERT INTO customer_contacts (customer_id, position, name, email, phone, role, is_primary)
       VALUES (1, 0, ?, '', '', '', 1)`,
    )
    .run(zebra.contacts[0]!.name);
}

function insertProductV1(ctx: CompanyContext): void {
  ctx.sqlite
    .prepare(
      `INSERT INTO products (sku, name, price, barcode, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(sprocket.sku, sprocket.name, sprocket.price, sprocket.barcode, ctx.nowIso(), ctx.nowIso());
}

describe('opening a file from an older Ordo', () => {
  it('backs it up, applies the missing migrations and keeps (and indexes) its data', async () => {
    const s = makeServices();
    open.push(s);
    const oldDir = writeMigrationsDir(join(s.dir, 'migrations-v1'), 1);
    const path = join(s.dir, 'old.ordo');
    createFileWithMigrations(path, oldDir, (ctx) => {
      insertCustomerV1(ctx);
      insertProductV1(ctx);
    });
    expect(tagsOf(path)).toEqual(['0000_init']);
    const oldTables = tablesOf(path);

    const info = await s.call('company.open', { path });
    expect(info).toMatchObject({
      name: 'Oldco',
      schemaVersion: realMigrationTags().length,
      user: { name: 'Olga Owner' },
    });
    const live = s.session.require().sqlite;
    expect(
      (live.prepare('SELECT tag FROM ordo_migrations ORDER BY tag').all() as { tag: string }[]).map(
        (r) => r.tag,
      ),
    ).toEqual(realMigrationTags());
    expect(live.pragma('user_version', { simple: true })).toBe(realMigrationTags().length);
    expect(live.pragma('foreign_keys', { simple: true })).toBe(1);

    // the data came along, and the search index added by the update knows the old rows
    const customer = await s.call('customers.get', { id: 1 });
    expect([customer.name, customer.contacts.map((c) => c.name)]).toEqual(['Zebra Trading', ['Zed Zulu']]);
    expect((await s.call('customers.list', { search: 'ebra trad' })).rows.map((r) => r.name)).toEqual([
      'Zebra Trading',
    ]);
    expect((await s.call('products.list', { search: 'rocke' })).rows.map((r) => r.sku)).toEqual(['SPR-42']);
    expect((await s.call('search.global', { query: '4006381333931' })).map((h) => h.title)).toEqual([
      'Sprocket',
    ]);
    // the update's triggers are live
    await s.call('customers.update', { id: 1, customer: { ...zebra, name: 'Zebra Trading Ltd' } });
    expect((await s.call('customers.list', { search: 'ding ltd' })).total).toBe(1);
    expect(() => live.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/IMMUTABLE/);
    expect((await s.call('audit.verify', {})).ok).toBe(true);

    // the backup beside it is the old version, and opens as such
    const backups = readdirSync(join(s.dir, 'Backups'));
    expect(backups).toEqual(['old-20260315-100000-before-update.ordo']);
    const backup = join(s.dir, 'Backups', backups[0]!);
    expect(tagsOf(backup)).toEqual(['0000_init']);
    expect(tablesOf(backup)).toEqual(oldTables);
    const reopened = await openCompanyFile(backup, {
      migrationsDir: oldDir,
      now: new Date('2026-03-15T10:00:00Z'),
    });
    try {
      expect(reopened.schemaVersion).toBe(1);
      expect(reopened.backupPath).toBeNull();
      expect(reopened.sqlite.prepare('SELECT name FROM customers').all()).toEqual([
        { name: 'Zebra Trading' },
      ]);
    } finally {
      reopened.sqlite.close();
    }
  });

  it('a failing migration rolls back: the file keeps its old schema and still opens', async () => {
    const s = makeServices();
    open.push(s);
    const oldDir = writeMigrationsDir(join(s.dir, 'migrations-v1'), 1);
    const brokenDir = writeMigrationsDir(join(s.dir, 'migrations-broken'), 1, {
      '0001_half_done': [
        'CREATE TABLE half_done (id integer PRIMARY KEY);',
        '--> statement-breakpoint',
        'INSERT INTO half_done VALUES (1);',
        '--> statement-breakpoint',
        'UPDATE customers SET name = upper(name);',
        '--> statement-breakpoint',
        'INSERT INTO no_such_table VALUES (1);',
      ].join('\n'),
    });
    const path = join(s.dir, 'old.ordo');
    createFileWithMigrations(path, oldDir, insertCustomerV1);
    const before = sha256File(path);
    const tablesBefore = tablesOf(path);

    await expect(
      openCompanyFile(path, { migrationsDir: brokenDir, now: new Date('2026-03-15T10:00:00Z') }),
    ).rejects.toMatchObject({
      code: 'MIGRATION_FAILED',
      message: expect.stringMatching(/no such table.*a copy is at/),
    });
    expect(sha256File(path)).toBe(before);
    expect(sideFiles(path)).toEqual([]);
    expect(tagsOf(path)).toEqual(['0000_init']);
    expect(tablesOf(path)).toEqual(tablesBefore);

    const file = await openCompanyFile(path, {
      migrationsDir: oldDir,
      now: new Date('2026-03-15T10:00:00Z'),
    });
    try {
      expect(file.schemaVersion).toBe(1);
      expect(file.sqlite.prepare('SELECT name FROM customers').all()).toEqual([{ name: 'Zebra Trading' }]);
      expect(file.sqlite.pragma('user_version', { simple: true })).toBe(1);
    } finally {
      file.sqlite.close();
    }
  });

  it('a drizzle-style table rebuild keeps child rows instead of cascading the DROP', async () => {
    const s = await makeCompany();
    open.push(s);
    const path = join(s.dir, 'testco.ordo');
    const terms = await s.call('paymentTerms.list', {});
    const customer = await s.call('customers.create', {
      ...zebra,
      paymentTermsId: terms[0]!.id,
      contacts: [{ name: 'Zed Zulu', isPrimary: true }, { name: 'Yann Yellow' }],
    });
    const createSql = (
      s.session.require().sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'customers'").get() as {
        sql: string;
      }
    ).sql;
    await s.call('company.close', {});

    // what `drizzle-kit generate` writes when a column is added with a table rebuild
    const columns = (withRawDb(path, (db) => db.pragma('table_info(customers)')) as { name: string }[])
      .map((c) => `"${c.name}"`)
      .join(', ');
    const rebuild = [
      'PRAGMA foreign_keys=OFF;',
      `${createSql
        .replace('CREATE TABLE `customers`', 'CREATE TABLE `__new_customers`')
        .replaceAll('"customers".', '')
        .replace(
          '`created_at` text NOT NULL',
          '`vip` integer DEFAULT 0 NOT NULL,\n\t`created_at` text NOT NULL',
        )};`,
      `INSERT INTO \`__new_customers\`(${columns}) SELECT ${columns} FROM \`customers\`;`,
      'DROP TABLE `customers`;',
      'ALTER TABLE `__new_customers` RENAME TO `customers`;',
      'PRAGMA foreign_keys=ON;',
    ].join('--> statement-breakpoint\n');
    const dir = writeMigrationsDir(join(s.dir, 'migrations-next'), realMigrationTags().length, {
      '9000_customers_vip': rebuild,
    });

    const file = await openCompanyFile(path, { migrationsDir: dir, now: new Date('2026-03-15T10:00:00Z') });
    try {
      const db = file.sqlite;
      expect(db.prepare('SELECT name, vip, payment_terms_id AS terms FROM customers').all()).toEqual([
        { name: 'Zebra Trading', vip: 0, terms: terms[0]!.id },
      ]);
      expect(
        db
          .prepare('SELECT name FROM customer_contacts WHERE customer_id = ? ORDER BY position')
          .all(customer.id),
      ).toEqual([{ name: 'Zed Zulu' }, { name: 'Yann Yellow' }]);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      file.sqlite.close();
    }
  });

  it('a migration that leaves broken references is rolled back', async () => {
    const s = await makeCompany();
    open.push(s);
    const path = join(s.dir, 'testco.ordo');
    const terms = await s.call('paymentTerms.list', {});
    await s.call('customers.create', { ...zebra, paymentTermsId: terms[0]!.id });
    await s.call('company.close', {});
    const before = sha256File(path);
    const dir = writeMigrationsDir(join(s.dir, 'migrations-next'), realMigrationTags().length, {
      '9001_drop_terms': 'DELETE FROM payment_terms;',
    });
    const error = await openCompanyFile(path, { migrationsDir: dir, now: new Date() }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String(error)).toMatch(/broken references|FOREIGN KEY/);
    expect(sha256File(path)).toBe(before);
    expect(withRawDb(path, (db) => countRows(db, 'payment_terms'))).toBe(terms.length);
    expect(existsSync(join(s.dir, 'Backups'))).toBe(true);
    // and Ordo itself still opens it as current
    await s.call('company.open', { path });
    expect((await s.call('paymentTerms.list', {})).length).toBe(terms.length);
  });

  it('company.open through the contract refuses a file from a newer Ordo, and the file is untouched', async () => {
    const s = await makeCompany();
    open.push(s);
    const path = join(s.dir, 'testco.ordo');
    await s.call('company.close', {});
    withRawDb(path, (db) =>
      db
        .prepare(
          "INSERT INTO ordo_migrations (tag, hash, applied_at) VALUES ('0002_next', 'h', '2027-01-01')",
        )
        .run(),
    );
    const before = sha256File(path);
    const error = await expectError(s.call('company.open', { path }));
    expect([error.code, error.details.unknownMigrations]).toEqual(['SCHEMA_TOO_NEW', ['0002_next']]);
    expect(sha256File(path)).toBe(before);
    expect(sideFiles(path)).toEqual([]);
  });
});
