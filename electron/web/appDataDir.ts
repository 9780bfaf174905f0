// Where Ordo keeps its per-user data (recent files, the Companies folder) when no Electron is there to ask:
// the same folder Electron's app.getPath('userData') gives the packaged app (productName "Ordo").
// Pure: the platform, environment and home folder come in as arguments, so every OS is tested anywhere.
import { posix, win32 } from 'node:path';

export const APP_FOLDER_NAME = 'Ordo';

export interface AppDataDirInput {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
}

function nonEmpty(value: string | undefined): string | null {
  return value !== undefined && value.trim() !== '' ? value : null;
}

/** The OS's per-user application data folder, without Ordo's own folder name. */
export function osAppDataDir({ platform, env, homeDir }: AppDataDirInput): string {
  if (platform === 'win32') return nonEmpty(env.APPDATA) ?? win32.join(homeDir, 'AppData', 'Roaming');
  if (platform === 'darwin') return posix.join(homeDir, 'Library', 'Application Support');
  // XDG: a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = nonEmpty(env.XDG_CONFIG_HOME);
  return xdg && posix.isAbsolute(xdg) ? xdg : posix.join(homeDir, '.config');
}

/** ORDO_APP_DATA when set (tests, demos on a scratch folder), else the OS folder + "Ordo". */
export function resolveAppDataDir(input: AppDataDirInput): string {
  const override = nonEmpty(input.env.ORDO_APP_DATA);
  if (override) return override;
  const join = input.platform === 'win32' ? win32.join : posix.join;
  return join(osAppDataDir(input), APP_FOLDER_NAME);
}
