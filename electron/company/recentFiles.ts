// The recently opened company files, kept in the app-data folder (not in any company file).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RecentFile } from '../../shared/contract';

const MAX_RECENT = 10;

interface StoredRecent {
  path: string;
  name: string;
  lastOpenedAt: string;
}

export function recentFilePath(appDataDir: string): string {
  return join(appDataDir, 'recent.json');
}

function read(appDataDir: string): StoredRecent[] {
  try {
    const parsed = JSON.parse(readFileSync(recentFilePath(appDataDir), 'utf8')) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (r): r is StoredRecent =>
        typeof r === 'object' &&
        r !== null &&
        typeof r.path === 'string' &&
        typeof r.name === 'string' &&
        typeof r.lastOpenedAt === 'string',
    );
  } catch {
    return []; // a missing or damaged list only loses the shortcuts, never data
  }
}

export function listRecent(appDataDir: string): RecentFile[] {
  return read(appDataDir).map((r) => ({ ...r, exists: existsSync(r.path) }));
}

/** Moves a file to the top of the list (pure, so the ordering rule is testable). */
export function withRecent(list: StoredRecent[], entry: StoredRecent): StoredRecent[] {
  return [entry, ...list.filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT);
}

export function rememberRecent(appDataDir: string, entry: StoredRecent): void {
  const file = recentFilePath(appDataDir);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(withRecent(read(appDataDir), entry), null, 2));
  renameSync(tmp, file);
}
