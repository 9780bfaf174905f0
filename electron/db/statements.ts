// Prepared statements cached per connection: hot paths (posting, search) must not re-parse SQL on every call.
import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function stmt(sqlite: Database.Database, sql: string): Database.Statement {
  let perDb = cache.get(sqlite);
  if (!perDb) {
    perDb = new Map();
    cache.set(sqlite, perDb);
  }
  let s = perDb.get(sql);
  if (!s) {
    s = sqlite.prepare(sql);
    perDb.set(sql, s);
  }
  return s;
}
