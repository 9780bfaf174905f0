// Where the app finds its parts, in development (repo checkout) and packaged (asar + resources folder).
import { join } from 'node:path';

export interface AppLocation {
  isPackaged: boolean;
  /** app.getAppPath(): the repo root in development, …/resources/app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: holds extraResources (migrations, the Electron build of better-sqlite3). */
  resourcesPath: string;
  userDataPath: string;
}

export interface AppPaths {
  rendererDir: string;
  preloadPath: string;
  migrationsDir: string;
  nativeBindingPath: string;
  windowStatePath: string;
}

export function resolveAppPaths(location: AppLocation): AppPaths {
  const { isPackaged, appPath, resourcesPath, userDataPath } = location;
  return {
    rendererDir: join(appPath, 'out', 'renderer'),
    preloadPath: join(appPath, 'out', 'preload', 'preload.cjs'),
    migrationsDir: isPackaged ? join(resourcesPath, 'migrations') : join(appPath, 'migrations'),
    nativeBindingPath: isPackaged
      ? join(resourcesPath, 'native', 'better_sqlite3.node')
      : join(appPath, 'build', 'native', 'electron', 'better_sqlite3.node'),
    windowStatePath: join(userDataPath, 'window-state.json'),
  };
}
