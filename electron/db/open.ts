// Opening a company file: refuse anything that is not an Ordo file, is corrupt or comes from a newer Ordo —
// leaving it untouched — then back up and migrate an older one, and set the ledger PRAGMAs.
import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { OrdoError } from '../../shared/errors';
import * as schema from './schema';
import {
  appliedMigrationTags,
  applyMigrations,
  compareSchema,
  loadMigrations,
  type Migration,
} from './migrations';

/** PRAGMA application_id of every Ordo file: "ORDO" in ASCII. */
export const ORDO_APPLICATION_ID = 0x4f52444f;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenedFile {
  path: string;
  sqlite: Database.Database;
  db: Db;
  schemaVersion: number;
  backupPath: string | null;
}

export interface OpenOptions {
  migrationsDir: string;
  nativeBinding?: string;
  /** Timestamp used for migration records and backup names. */
  now: Date;
}

function connect(path: string, options: OpenOptions, extra: Database.Options = {}): Database.Database {
  return new Database(path, {
    ...extra,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Checks an existing file read-only and tells which migrations it still needs. Never writes to it. */
export function inspectCompanyFile(path: string, options: OpenOptions, known: Migration[]): Migration[] {
  const name = basename(path);
  if (!existsSync(path)) throw new OrdoError('NOT_FOUND', `There is no company file at ${path}`, { path });
  if (!statSync(path).isFile())
    throw new OrdoError('NOT_AN_ORDO_FILE', `${name} is a folder, not a company file`);
  if (!readHeader(path).equals(SQLITE_HEADER)) {
    throw new OrdoError('NOT_AN_ORDO_FILE', `${name} is not an Ordo company file. It was left untouched.`);
  }
  let probe: Database.Database | null = null;
  const sideFilesBefore = { wal: existsSync(`${path}-wal`), shm: existsSync(`${path}-shm`) };
  try {
    probe = connect(path, options, { readonly: true, fileMustExist: true });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    if (appId !== ORDO_APPLICATION_ID) {
      throw new OrdoError(
        'NOT_AN_ORDO_FILE',
        `${name} is a database, but not an Ordo company file. It was left untouched.`,
      );
    }
    if (needsDeepCheck(path, sideFilesBefore.wal)) {
      const check = probe.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw corrupt(name);
    }
    const state = compareSchema(appliedMigrationTags(probe), known);
    if (state.kind === 'ahead') {
      throw new OrdoError(
        'SCHEMA_TOO_NEW',
        `${name} was saved by a newer version of Ordo. Update Ordo to open it; the file was left untouched.`,
        { unknownMigrations: state.unknown },
      );
    }
    return state.kind === 'behind' ? state.pending : [];
  } catch (error) {
    if (error instanceof OrdoError) throw error;
    throw corrupt(name);
  } finally {
    probe?.close();
    removeProbeLeftovers(path, sideFilesBefore);
  }
}

/** A read-only connection to a WAL-mode file creates empty -wal/-shm files and cannot remove them on close. */
function removeProbeLeftovers(path: string, before: { wal: boolean; shm: boolean }): void {
  const wal = `${path}-wal`;
  const shm = `${path}-shm`;
  if (!before.wal && existsSync(wal) && statSync(wal).size === 0) rmSync(wal);
  if (!before.shm && !existsSync(wal) && existsSync(shm)) rmSync(shm);
}

/** Above this size, a cleanly closed file skips the whole-file check at open (it reads every page, ~2 s a GB). */
export const DEEP_CHECK_MAX_BYTES = 256 * 1024 * 1024;

/**
 * Every page is checked when the file is small or was not closed cleanly (a write-ahead log was left beside it).
 * A large, cleanly closed file opens at once; damage found later still surfaces as FILE_CORRUPT (see dispatch).
 */
export function needsDeepCheck(path: string, walLeftBehind: boolean): boolean {
  return walLeftBehind || statSync(path).size <= DEEP_CHECK_MAX_BYTES;
}

function corrupt(name: string): OrdoError {
  return new OrdoError(
    'FILE_CORRUPT',
    `${name} is damaged and cannot be opened. It was left untouched; restore a backup.`,
  );
}

function configure(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MB page cache: searches and reports over a big company stay in memory instead of re-reading pages.
  sqlite.pragma('cache_size = -65536');
}

export function backupFileName(path: string, now: Date, reason: string): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return join(dirname(path), 'Backups', `${basename(path, '.ordo')}-${stamp}-${reason}.ordo`);
}

/** Opens an existing company file, migrating it (after a backup copy) when it comes from an older Ordo. */
export async function openCompanyFile(path: string, options: OpenOptions): Promise<OpenedFile> {
  const known = loadMigrations(options.migrationsDir);
  const pending = inspectCompanyFile(path, options, known);
  const sqlite = connect(path, options, { fileMustExist: true });
  try {
    configure(sqlite);
    let backupPath: string | null = null;
    if (pending.length > 0) {
      backupPath = backupFileName(path, options.now, 'before-update');
      mkdirSync(dirname(backupPath), { recursive: true });
      await sqlite.backup(backupPath);
      try {
        applyMigrations(sqlite, pending, options.now.toISOString());
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new OrdoError(
          'MIGRATION_FAILED',
          `${basename(path)} could not be updated to this version of Ordo (${reason}). It was left as it was; a copy is at ${backupPath}.`,
          { backupPath },
        );
      }
    }
    return { path, sqlite, db: drizzle(sqlite, { schema }), schemaVersion: known.length, backupPath };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** Creates a new, empty company file with the current schema. `seed` fills it in the same transaction style. */
export function createCompanyFile(
  path: string,
  options: OpenOptions,
  seed: (file: OpenedFile) => void,
): OpenedFile {
  if (existsSync(path)) {
    throw new OrdoError(
      'CONFLICT',
      `A file named ${basename(path)} already exists there. Choose another name.`,
      {
        fields: [{ path: 'path', message: 'A file with this name already exists' }],
      },
    );
  }
  const known = loadMigrations(options.migrationsDir);
  let sqlite: Database.Database;
  try {
    mkdirSync(dirname(path), { recursive: true });
    sqlite = connect(path, options);
  } catch (error) {
    // A folder that cannot be made or written (a file in the way, no permission, an invalid name) is the
    // user's choice of place, not a bug: say so next to the path field. Anything else (e.g. the native module) is.
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (!/^(E[A-Z]+|ERR_INVALID_ARG_VALUE|SQLITE_CANTOPEN)$/.test(code)) throw error;
    throw new OrdoError(
      'VALIDATION',
      `Ordo cannot create ${basename(path)} in that folder (${code}). Choose another folder.`,
      {
        fields: [{ path: 'path', message: 'Ordo cannot create a file in this folder' }],
      },
    );
  }
  try {
    sqlite.pragma(`application_id = ${ORDO_APPLICATION_ID}`);
    configure(sqlite);
    applyMigrations(sqlite, known, options.now.toISOString());
    const file: OpenedFile = {
      path,
      sqlite,
      db: drizzle(sqlite, { schema }),
      schemaVersion: known.length,
      backupPath: null,
    };
    seed(file);
    return file;
  } catch (error) {
    sqlite.close();
    removeQuietly(path);
    throw error;
  }
}

function removeQuietly(path: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`]) {
    try {
      if (existsSync(p)) rmSync(p);
    } catch {
      // best effort: a half-created file must not block a retry, but failing to remove it is not fatal
    }
  }
}
