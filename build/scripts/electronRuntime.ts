// Where the Electron runtime is, and what to say when it is not there. The electron npm package downloads
// the runtime into node_modules/electron/dist on first use and records the executable's name in path.txt.
import { join } from 'node:path';

export const RUNTIME_MISSING_MESSAGE =
  "Cannot start Ordo: Electron's runtime is downloaded from the internet on first launch and this machine is offline. " +
  'Use `npm run web` to run Ordo in a browser instead.';

export const RUNTIME_DOWNLOAD_FAILED_MESSAGE =
  "Cannot start Ordo: downloading Electron's runtime failed (see the messages above); run npm start again, " +
  'or use `npm run web` to run Ordo in a browser instead.';

export interface RuntimeFiles {
  exists: (filePath: string) => boolean;
  readText: (filePath: string) => string;
}

/** The Electron executable, or null when it has not been downloaded (requiring 'electron' would try to). */
export function findElectronExecutable(electronPackageDir: string, files: RuntimeFiles): string | null {
  const pathFile = join(electronPackageDir, 'path.txt');
  if (!files.exists(pathFile)) return null;
  const relative = files.readText(pathFile).trim();
  if (relative === '') return null;
  const executable = join(electronPackageDir, 'dist', relative);
  return files.exists(executable) ? executable : null;
}

/** Electron's runtime download comes from GitHub releases unless a mirror is configured. */
export function electronDownloadProbeUrl(electronVersion: string, env: NodeJS.ProcessEnv): string {
  const mirror = env.ELECTRON_MIRROR ?? env.npm_config_electron_mirror;
  return mirror ?? `https://github.com/electron/electron/releases/tag/v${electronVersion}`;
}
