import { describe, expect, it } from 'vitest';
import { auditHash, canonicalJson, GENESIS_HASH } from '../../../electron/audit/chain';
import { withRecent } from '../../../electron/company/recentFiles';
import { textSearch } from '../../../electron/search/ftsQuery';

describe('textSearch', () => {
  it('uses a quoted trigram phrase for 3+ characters, escaping quotes', () => {
    expect(textSearch('  Mül  ')).toEqual({ kind: 'fts', match: '"Mül"' });
    expect(textSearch('say "hi"')).toEqual({ kind: 'fts', match: '"say ""hi"""' });
    expect(textSearch("'; DROP TABLE x; --")).toEqual({ kind: 'fts', match: `"'; DROP TABLE x; --"` });
  });
  it('falls back to an escaped LIKE prefix for short terms', () => {
    expect(textSearch('ab')).toEqual({ kind: 'prefix', like: 'ab%' });
    expect(textSearch('%_')).toEqual({ kind: 'prefix', like: '\\%\\_%' });
    expect(textSearch('   ')).toEqual({ kind: 'none' });
  });
});

describe('audit chain hash', () => {
  const row = {
    at: '2026-01-01T00:00:00.000Z',
    userId: 1,
    userName: 'Olga',
    action: 'x',
    entity: 'e',
    entityId: '1',
    before: null,
    after: '{"a":1}',
  };
  it('depends on the previous hash and on every field', () => {
    const h = auditHash(GENESIS_HASH, row);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash('f'.repeat(64), row)).not.toBe(h);
    expect(auditHash(GENESIS_HASH, { ...row, after: '{"a":2}' })).not.toBe(h);
    expect(auditHash(GENESIS_HASH, { ...row, userName: 'Eve' })).not.toBe(h);
  });
  it('serialises records with sorted keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":0,"z":1}]},"b":1}',
    );
    expect(canonicalJson(undefined)).toBeNull();
  });
});

describe('recent files', () => {
  it('moves the opened file to the top without duplicates and keeps ten', () => {
    const list = Array.from({ length: 10 }, (_, i) => ({
      path: `/f${i}.ordo`,
      name: `F${i}`,
      lastOpenedAt: 't',
    }));
    const next = withRecent(list, { path: '/f5.ordo', name: 'F5', lastOpenedAt: 'now' });
    expect(next.map((r) => r.path).slice(0, 3)).toEqual(['/f5.ordo', '/f0.ordo', '/f1.ordo']);
    expect(next).toHaveLength(10);
    const added = withRecent(list, { path: '/new.ordo', name: 'N', lastOpenedAt: 'now' });
    expect(added.map((r) => r.path)).toEqual(['/new.ordo', ...list.slice(0, 9).map((r) => r.path)]);
  });
});
