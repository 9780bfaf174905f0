// What every service gets: the open company file, the clock and the acting user profile.
import type Database from 'better-sqlite3';
import type { Clock } from './clock';
import type { Role } from '../shared/contract/users';
import type { Db, OpenedFile } from './db/open';

export interface ActingUser {
  id: number;
  name: string;
  roles: Role[];
}

export interface CompanyContext {
  readonly file: OpenedFile;
  readonly sqlite: Database.Database;
  readonly db: Db;
  readonly clock: Clock;
  user: ActingUser;
  /** Runs one business operation as one IMMEDIATE transaction: all of it commits, or none of it. */
  tx<T>(fn: () => T): T;
  nowIso(): string;
}

export function createCompanyContext(file: OpenedFile, clock: Clock, user: ActingUser): CompanyContext {
  return {
    file,
    sqlite: file.sqlite,
    db: file.db,
    clock,
    user,
    tx<T>(fn: () => T): T {
      if (file.sqlite.inTransaction) return fn();
      return file.sqlite.transaction(fn).immediate();
    },
    nowIso: () => clock.now().toISOString(),
  };
}
