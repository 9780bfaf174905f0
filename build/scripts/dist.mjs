// `npm run dist`: build the app, build better-sqlite3 for Electron (ABI checked), then package with electron-builder.
// Extra arguments go to electron-builder (e.g. `npm run dist -- --linux`).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareNative } from './prepare-native.mjs';
import { runNodeScript } from './runNodeScript.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

const built = await runNodeScript(
  join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
  ['build'],
  {
    cwd: root,
  },
);
if (built !== 0) fail('Cannot package Ordo: the build failed (see the errors above).');

const problem = await prepareNative();
if (problem) fail(problem);

const packaged = await runNodeScript(
  join(root, 'node_modules', 'electron-builder', 'cli.js'),
  ['--config', join('build', 'electron-builder.config.cjs'), ...process.argv.slice(2)],
  { cwd: root },
);
if (packaged !== 0) fail('Cannot package Ordo: electron-builder failed (see the messages above).');
