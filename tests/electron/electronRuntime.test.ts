import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  RUNTIME_MISSING_MESSAGE,
  electronDownloadProbeUrl,
  findElectronExecutable,
} from '../../build/scripts/electronRuntime';

const dir = join('/repo', 'node_modules', 'electron');

function files(present: Record<string, string>) {
  return {
    exists: (file: string) => file in present,
    readText: (file: string) => present[file] ?? '',
  };
}

describe('findElectronExecutable', () => {
  it('finds the downloaded runtime through path.txt', () => {
    const found = findElectronExecutable(
      dir,
      files({ [join(dir, 'path.txt')]: 'electron\n', [join(dir, 'dist', 'electron')]: '' }),
    );
    expect(found).toBe(join(dir, 'dist', 'electron'));
  });

  it('reports a runtime that was never downloaded, or half-removed', () => {
    expect(findElectronExecutable(dir, files({}))).toBeNull();
    expect(findElectronExecutable(dir, files({ [join(dir, 'path.txt')]: 'electron' }))).toBeNull();
    expect(findElectronExecutable(dir, files({ [join(dir, 'path.txt')]: '' }))).toBeNull();
  });

  it('says in one sentence that the runtime comes from the internet and what to use instead', () => {
    expect(RUNTIME_MISSING_MESSAGE).toMatch(/downloaded from the internet on first launch/);
    expect(RUNTIME_MISSING_MESSAGE).toMatch(/`npm run web`/);
    expect(RUNTIME_MISSING_MESSAGE).not.toContain('\n');
  });

  it('probes the mirror when one is configured', () => {
    expect(electronDownloadProbeUrl('45.5.0', {})).toBe(
      'https://github.com/electron/electron/releases/tag/v45.5.0',
    );
    expect(electronDownloadProbeUrl('45.5.0', { ELECTRON_MIRROR: 'https://mirror.example/electron/' })).toBe(
      'https://mirror.example/electron/',
    );
  });
});
