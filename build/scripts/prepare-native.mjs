// Builds better-sqlite3 for Electron into build/native/electron/ without touching node_modules (which stays
// built for Node so `npm test` keeps working), then reads the binary's ABI: a build is never trusted blindly.
// Exit 0 with the binary in place, or exit 1 after one sentence saying what to do.
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { probeUrl } from './probeUrl.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

const plan = await tsImport('./electronNativeBuild.ts', import.meta.url);
const binding = await tsImport('../../electron/shell/nativeBinding.ts', import.meta.url);

const paths = {
  electronPackage: join(root, 'node_modules', 'electron'),
  sqliteModule: join(root, 'node_modules', 'better-sqlite3'),
  sourceCopy: join(root, 'build', 'native', 'src', 'better-sqlite3'),
  outDir: join(root, 'build', 'native', 'electron'),
  // node-gyp keeps Electron's headers here, the same place @electron/rebuild uses.
  devDir: join(homedir(), '.electron-gyp'),
};
const outFile = join(paths.outDir, 'better_sqlite3.node');
const stampFile = join(paths.outDir, 'stamp.json');

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

async function canDownloadHeaders(electronVersion) {
  const headersDir = join(paths.devDir, electronVersion);
  if (existsSync(join(headersDir, 'installVersion'))) return true;
  if (plan.hasProxy(process.env)) return true; // node-gyp goes through the proxy; a direct probe would mislead
  return probeUrl(plan.headersTarballUrl(electronVersion));
}

function runNodeGyp(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [require.resolve('node-gyp/bin/node-gyp.js'), ...args], {
      cwd: paths.sourceCopy,
      env: plan.nodeGypEnv(process.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: output + String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Returns null on success, or the one sentence to show. */
export async function prepareNative() {
  const electronVersion = readJson(join(paths.electronPackage, 'package.json'))?.version;
  const betterSqlite3Version = readJson(join(paths.sqliteModule, 'package.json'))?.version;
  const expectedAbi = binding.electronAbi(paths.electronPackage);
  const wanted = { electronVersion, betterSqlite3Version };

  const existingAbi = existsSync(outFile) ? binding.readModuleAbiFromFile(outFile) : undefined;
  if (plan.canReuseBuild({ existingAbi, expectedAbi, stamp: readJson(stampFile), wanted })) return null;

  if (!(await canDownloadHeaders(electronVersion))) return plan.OFFLINE_MESSAGE;

  console.log(`Building the database module for Electron ${electronVersion} (ABI ${expectedAbi})…`);
  rmSync(paths.sourceCopy, { recursive: true, force: true });
  const nodeBuildDir = join(paths.sqliteModule, 'build');
  cpSync(paths.sqliteModule, paths.sourceCopy, {
    recursive: true,
    // node_modules' own build output is Node's; copying it could let a stale Node binary through.
    filter: (source) => source !== nodeBuildDir && !source.startsWith(nodeBuildDir + sep),
  });
  const result = await runNodeGyp(plan.nodeGypArgs({ electronVersion, devDir: paths.devDir }));
  if (result.code !== 0) {
    if (plan.isDownloadFailure(result.output)) return plan.OFFLINE_MESSAGE;
    console.error(result.output.split('\n').slice(-40).join('\n'));
    return plan.COMPILE_FAILED_MESSAGE;
  }

  const built = join(paths.sourceCopy, 'build', 'Release', 'better_sqlite3.node');
  const builtAbi = existsSync(built) ? binding.readModuleAbiFromFile(built) : null;
  if (builtAbi !== expectedAbi) return plan.wrongAbiMessage(builtAbi, expectedAbi);
  mkdirSync(paths.outDir, { recursive: true });
  copyFileSync(built, outFile);
  writeFileSync(stampFile, JSON.stringify(wanted, null, 2));
  console.log(`Database module for Electron ready: ${outFile} (ABI ${builtAbi}).`);
  return null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problem = await prepareNative();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
