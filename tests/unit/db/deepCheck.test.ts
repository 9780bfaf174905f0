import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEEP_CHECK_MAX_BYTES, needsDeepCheck } from '../../../electron/db/open';
import { toSerializedError } from '../../../electron/dispatch';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the integrity check at open', () => {
  it('checks every page of a small file, or of any file not closed cleanly; skips it for a large clean file', () => {
    dir = mkdtempSync(join(tmpdir(), 'ordo-check-'));
    const small = join(dir, 'small.ordo');
    writeFileSync(small, Buffer.alloc(4096));
    const large = join(dir, 'large.ordo');
    writeFileSync(large, '');
    truncateSync(large, DEEP_CHECK_MAX_BYTES + 1); // sparse: large on paper, nothing on disk
    expect([needsDeepCheck(small, false), needsDeepCheck(large, false), needsDeepCheck(large, true)]).toEqual(
      [true, false, true],
    );
  });

  it('reports damage found later as FILE_CORRUPT, not as an internal error', () => {
    const sqliteError = Object.assign(new Error('database disk image is malformed'), {
      code: 'SQLITE_CORRUPT',
    });
    const mapped = toSerializedError(sqliteError);
    expect([mapped?.code, mapped?.message]).toEqual([
      'FILE_CORRUPT',
      'The company file is damaged; nothing was saved. Restore a backup (Settings → Backup) or contact support.',
    ]);
    expect(toSerializedError(new Error('plain bug'))).toBeNull();
  });
});
