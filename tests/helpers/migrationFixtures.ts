// Migration folders for tests: the real migrations cut down to an older version, or followed by a test-only
// migration, and company files created with such a folder (as an older Ordo would have made them).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixedClock } from '../../electron/clock';
import { seedCompany } from '../../electron/company/seed';
import { createCompanyContext, type ActingUser, type CompanyContext } from '../../electron/context';
import { createCompanyFile } from '../../electron/db/open';
import { migrationsDir } from './services';

interface JournalEntry {
  idx: number;
  version: string;
  when: number;
  tag: string;
  breakpoints: boolean;
}

function realJournal(): { version: string; dialect: string; entries: JournalEntry[] } {
  return JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as {
    version: string;
    dialect: string;
    entries: JournalEntry[];
  };
}

/** The tags of the migrations this build of Ordo ships, in order. */
export function realMigrationTags(): string[] {
  return realJournal().entries.map((e) => e.tag);
}

/**
 * Writes a migrations folder with the first `keep` real migrations and then `extra` test migrations
 * (tag → SQL), with a journal listing exactly those.
 */
export function writeMigrationsDir(dir: string, keep: number, extra: Record<string, string> = {}): string {
  mkdirSync(join(dir, 'meta'), { recursive: true });
  const journal = realJournal();
  const entries = journal.entries.slice(0, keep);
  for (const e of entries) copyFileSync(join(migrationsDir, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  for (const [tag, sql] of Object.entries(extra)) {
    writeFileSync(join(dir, `${tag}.sql`), sql);
    entries.push({
      idx: entries.length,
      version: '6',
      when: 1_800_000_000_000 + entries.length,
      tag,
      breakpoints: true,
    });
  }
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }, null, 2));
  return dir;
}

/**
 * Creates a company file with the migrations in `dir` (an older Ordo), seeded like a new company, lets `fill`
 * add data in the same transaction, and closes it cleanly.
 */
export function createFileWithMigrations(
  path: string,
  dir: string,
  fill: (ctx: CompanyContext) => void = () => {},
): void {
  const clock = fixedClock('2026-01-10T09:00:00Z');
  let user: ActingUser = { id: 0, name: 'Olga Owner', roles: ['owner'] };
  const file = createCompanyFile(path, { migrationsDir: dir, now: clock.now() }, (f) => {
    const ctx = createCompanyContext(f, clock, user);
    ctx.tx(() => {
      seedCompany(ctx, { name: 'Oldco', baseCurrency: 'EUR', locale: 'en-IE', ownerName: 'Olga Owner' });
      fill(ctx);
    });
    user = ctx.user;
  });
  file.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  file.sqlite.close();
}
