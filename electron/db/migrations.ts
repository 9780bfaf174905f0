// Reads the SQL migrations drizzle-kit generated (migrations/meta/_journal.json + <tag>.sql) and applies the
// pending ones in one transaction. The applied list is recorded in the file itself (ordo_migrations).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

export interface Migration {
  tag: string;
  sql: string;
  hash: string;
}

interface Journal {
  entries: { idx: number; tag: string }[];
}

export function loadMigrations(dir: string): Migration[] {
  const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as Journal;
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map(({ tag }) => {
      const sql = readFileSync(join(dir, `${tag}.sql`), 'utf8');
      return { tag, sql, hash: createHash('sha256').update(sql).digest('hex') };
    });
}

const ledgerTable = `CREATE TABLE IF NOT EXISTS ordo_migrations (
  tag TEXT PRIMARY KEY NOT NULL, hash TEXT NOT NULL, applied_at TEXT NOT NULL)`;

export function appliedMigrationTags(sqlite: Database.Database): string[] {
  const exists = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='ordo_migrations'")
    .get();
  if (!exists) return [];
  return (sqlite.prepare('SELECT tag FROM ordo_migrations ORDER BY tag').all() as { tag: string }[]).map(
    (r) => r.tag,
  );
}

export type SchemaState =
  { kind: 'current' } | { kind: 'behind'; pending: Migration[] } | { kind: 'ahead'; unknown: string[] };

/** Compares what the file has applied with what this app knows; a tag this app doesn't know means "newer". */
export function compareSchema(applied: string[], known: Migration[]): SchemaState {
  const knownTags = new Set(known.map((m) => m.tag));
  const unknown = applied.filter((t) => !knownTags.has(t));
  if (unknown.length > 0) return { kind: 'ahead', unknown };
  const done = new Set(applied);
  const pending = known.filter((m) => !done.has(m.tag));
  return pending.length > 0 ? { kind: 'behind', pending } : { kind: 'current' };
}

/** Applies all pending migrations atomically: either every one is applied, or the file is as before. */
export function applyMigrations(sqlite: Database.Database, pending: Migration[], appliedAt: string): void {
  // drizzle-kit rebuilds a changed table (CREATE __new_x, copy, DROP x, rename). With foreign keys enforced, that
  // DROP deletes x's rows first and cascades to their children; the migration's own "PRAGMA foreign_keys=OFF" is a
  // no-op inside a transaction. So enforcement is off while migrating and every reference is checked before commit.
  const enforced = sqlite.pragma('foreign_keys', { simple: true }) === 1;
  sqlite.pragma('foreign_keys = OFF');
  try {
    const run = sqlite.transaction(() => {
      sqlite.exec(ledgerTable);
      const record = sqlite.prepare('INSERT INTO ordo_migrations (tag, hash, applied_at) VALUES (?, ?, ?)');
      for (const m of pending) {
        sqlite.exec(m.sql);
        record.run(m.tag, m.hash, appliedAt);
      }
      const broken = sqlite.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0)
        throw new Error(`The update left ${broken.length} broken references; it was rolled back`);
      const count = (sqlite.prepare('SELECT count(*) AS n FROM ordo_migrations').get() as { n: number }).n;
      sqlite.pragma(`user_version = ${count}`);
    });
    run.immediate();
  } finally {
    if (enforced) sqlite.pragma('foreign_keys = ON');
  }
}
