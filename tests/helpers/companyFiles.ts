// Looking at a company file from outside Ordo: its bytes, the side files SQLite leaves, a logical dump of every
// table, and raw connections for tampering the way a user with a SQLite tool could.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The -wal/-shm files that exist beside a database file. */
export function sideFiles(path: string): string[] {
  return [`${path}-wal`, `${path}-shm`, `${path}-journal`].filter((p) => existsSync(p));
}

/** Runs `fn` on a separate read-write connection (like an outside SQLite tool) and closes it. */
export function withRawDb<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

function cell(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return `x'${value.toString('hex')}'`;
  if (typeof value === 'bigint') return `${value.toString()}n`;
  return value;
}

/**
 * Every row of every table (schema, audit log, number counters and FTS shadow tables included), in a stable
 * order, plus the header PRAGMAs: two equal fingerprints mean the company's data is the same.
 */
export function logicalFingerprint(db: Database.Database): string {
  const hash = createHash('sha256');
  const schema = db
    .prepare(
      "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { type: string; name: string; sql: string | null }[];
  hash.update(JSON.stringify(schema));
  for (const pragma of ['application_id', 'user_version'])
    hash.update(`${pragma}=${String(db.pragma(pragma, { simple: true }))}`);
  for (const t of schema) {
    if (t.type !== 'table' || (t.sql ?? '').startsWith('CREATE VIRTUAL TABLE')) continue;
    const rows = (db.prepare(`SELECT * FROM "${t.name}"`).raw().all() as unknown[][]).map((r) =>
      JSON.stringify(r.map(cell)),
    );
    rows.sort();
    hash.update(`${t.name}:${rows.length}:${rows.join('\n')}`);
  }
  return hash.digest('hex');
}

/** Row counts of the tables a failed operation must not have touched. */
export function countRows(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

/** Overwrites whole pages (1-based) with deterministic garbage that is not a valid b-tree page. */
export function garblePages(path: string, pageSize: number, pages: number[]): void {
  const garbage = Buffer.alloc(pageSize);
  for (let i = 0; i < garbage.length; i += 1) garbage[i] = (i * 131 + 7) & 0xff;
  const fd = openSync(path, 'r+');
  try {
    for (const page of pages) writeSync(fd, garbage, 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}
