import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Configuration, FileSet } from 'electron-builder';

const config = createRequire(import.meta.url)('../../build/electron-builder.config.cjs') as Configuration;

function extraResources(): FileSet[] {
  const list = Array.isArray(config.extraResources) ? config.extraResources : [config.extraResources];
  return list.map((entry) => (typeof entry === 'string' ? { from: entry, to: entry } : (entry as FileSet)));
}

describe('electron-builder config', () => {
  it('identifies the app', () => {
    expect(config.appId).toBe('app.ordo.desktop');
    expect(config.productName).toBe('Ordo');
  });

  it('packs the app into an asar with only the build output and package.json', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
  });

  it('ships migrations and the Electron build of better-sqlite3 as resources', () => {
    expect(extraResources()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'migrations', to: 'migrations' }),
        { from: 'build/native/electron/better_sqlite3.node', to: 'native/better_sqlite3.node' },
      ]),
    );
  });

  it('never rebuilds native modules itself (prepare-native does, with an ABI check)', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
  });

  it('flips the Electron fuses to their locked-down values', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('associates .ordo files and builds the installers for each platform', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'ordo', name: 'Ordo company' })]);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });
});
