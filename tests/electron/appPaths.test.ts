import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from '../../electron/shell/appPaths';

describe('resolveAppPaths', () => {
  it('uses the repo checkout in development', () => {
    const paths = resolveAppPaths({
      isPackaged: false,
      appPath: '/work/ordo',
      resourcesPath: '/work/ordo/node_modules/electron/dist/resources',
      userDataPath: '/home/me/.config/ordo',
    });
    expect(paths).toEqual({
      rendererDir: join('/work/ordo', 'out', 'renderer'),
      preloadPath: join('/work/ordo', 'out', 'preload', 'preload.cjs'),
      migrationsDir: join('/work/ordo', 'migrations'),
      nativeBindingPath: join('/work/ordo', 'build', 'native', 'electron', 'better_sqlite3.node'),
      windowStatePath: join('/home/me/.config/ordo', 'window-state.json'),
    });
  });

  it('uses the asar and the resources folder when packaged', () => {
    const paths = resolveAppPaths({
      isPackaged: true,
      appPath: '/opt/Ordo/resources/app.asar',
      resourcesPath: '/opt/Ordo/resources',
      userDataPath: '/home/me/.config/Ordo',
    });
    expect(paths.rendererDir).toBe(join('/opt/Ordo/resources/app.asar', 'out', 'renderer'));
    expect(paths.preloadPath).toBe(join('/opt/Ordo/resources/app.asar', 'out', 'preload', 'preload.cjs'));
    expect(paths.migrationsDir).toBe(join('/opt/Ordo/resources', 'migrations'));
    expect(paths.nativeBindingPath).toBe(join('/opt/Ordo/resources', 'native', 'better_sqlite3.node'));
  });
});
