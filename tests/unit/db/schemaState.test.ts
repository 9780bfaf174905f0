import { describe, expect, it } from 'vitest';
import { compareSchema, loadMigrations } from '../../../electron/db/migrations';
import { migrationsDir } from '../../helpers/services';

const m = (tag: string) => ({ tag, sql: '', hash: '' });

describe('compareSchema', () => {
  it('is current when every known migration was applied', () => {
    expect(compareSchema(['0000_a', '0001_b'], [m('0000_a'), m('0001_b')])).toEqual({ kind: 'current' });
  });
  it('lists the pending migrations of an older file in order', () => {
    const state = compareSchema(['0000_a'], [m('0000_a'), m('0001_b'), m('0002_c')]);
    expect(state.kind).toBe('behind');
    expect(state.kind === 'behind' && state.pending.map((p) => p.tag)).toEqual(['0001_b', '0002_c']);
  });
  it('calls a file with a migration this app does not know "ahead"', () => {
    expect(compareSchema(['0000_a', '0009_future'], [m('0000_a')])).toEqual({
      kind: 'ahead',
      unknown: ['0009_future'],
    });
  });
});

describe('loadMigrations', () => {
  it('reads the committed migrations in journal order with their hashes', () => {
    const list = loadMigrations(migrationsDir);
    expect(list.map((x) => x.tag).slice(0, 2)).toEqual(['0000_init', '0001_integrity']);
    expect(list.every((x) => /^[0-9a-f]{64}$/.test(x.hash) && x.sql.length > 0)).toBe(true);
  });
});
