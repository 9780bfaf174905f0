// `npm start`: prepare the Electron build of better-sqlite3, make sure Electron's runtime is here, build, launch.
// The environment checks run first, so a machine that cannot run Electron hears why in one sentence, quickly.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { prepareNative } from './prepare-native.mjs';
import { probeUrl } from './probeUrl.mjs';
import { runNodeScript } from './runNodeScript.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const electronDir = join(root, 'node_modules', 'electron');
const runtime = await tsImport('./electronRuntime.ts', import.meta.url);
const files = { exists: existsSync, readText: (file) => readFileSync(file, 'utf8') };

function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

async function ensureElectronRuntime() {
  const found = runtime.findElectronExecutable(electronDir, files);
  if (found) return found;
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  if (!(await probeUrl(runtime.electronDownloadProbeUrl(version, process.env))))
    fail(runtime.RUNTIME_MISSING_MESSAGE);
  await runNodeScript(join(electronDir, 'install.js'), []);
  return runtime.findElectronExecutable(electronDir, files) ?? fail(runtime.RUNTIME_DOWNLOAD_FAILED_MESSAGE);
}

const problem = await prepareNative();
if (problem) fail(problem);

const electron = await ensureElectronRuntime();

const built = await runNodeScript(
  join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
  ['build'],
  {
    cwd: root,
  },
);
if (built !== 0)
  fail('Cannot start Ordo: the build failed (see the errors above); fix them and run npm start again.');

// ELECTRON_RUN_AS_NODE left over in a shell would start a plain Node instead of the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const app = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
