// `npm run web -- [--file PATH | --demo] [--port N] [--token T]`: the real UI in a browser, for end-to-end
// tests and demos on machines without Electron. Dev/test only: never packaged, never imports 'electron'.
//
// stdout carries exactly one line with the address (`Ordo is running at http://127.0.0.1:PORT/?token=…`) and
// one about the company file; everything else (build output, errors) goes to stderr.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSerializedError } from '../../shared/errors';
import { createServices, type Services } from '../services';
import { resolveAppDataDir } from './appDataDir';
import { parseWebArgs, tokenProblem, USAGE, type WebArgs } from './args';
import { createEventHub } from './events';
import { startWebServer, type WebServer } from './server';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const builtRendererDir = join(repoRoot, 'out', 'renderer');
const migrationsDir = join(repoRoot, 'migrations');

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

/**
 * The renderer to serve. ORDO_WEB_RENDERER_DIR (tests) names a ready build; otherwise out/renderer, built first
 * when it has no index.html (vite's own script with this Node, so no platform-specific npx shims).
 */
async function ensureRendererBuilt(): Promise<string> {
  const override = process.env.ORDO_WEB_RENDERER_DIR?.trim();
  if (override) {
    const dir = resolve(override);
    if (!existsSync(join(dir, 'index.html')))
      throw new CliError(`ORDO_WEB_RENDERER_DIR has no index.html: ${dir}`);
    return dir;
  }
  const rendererDir = builtRendererDir;
  if (existsSync(join(rendererDir, 'index.html'))) return rendererDir;
  console.error('[ordo web] out/renderer is missing: building the renderer (vite build) …');
  const require = createRequire(import.meta.url);
  const viteBin = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  const code = await new Promise<number>((resolveExit) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--config', 'renderer/vite.config.ts'], {
      cwd: repoRoot,
      stdio: ['ignore', 2, 2],
    });
    child.on('error', () => resolveExit(1));
    child.on('close', (exitCode) => resolveExit(exitCode ?? 1));
  });
  if (code !== 0 || !existsSync(join(rendererDir, 'index.html'))) {
    throw new CliError(
      'Cannot start the web shell: building the renderer failed (see above). Fix it, or run `npx vite build --config renderer/vite.config.ts`.',
    );
  }
  return rendererDir;
}

function errorMessage(error: unknown): string {
  if (isSerializedError(error)) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Opens what the arguments ask for; returns the line that tells the user about the company file. */
async function openCompany(services: Services, args: WebArgs): Promise<string> {
  if (args.demo) {
    const result = await services.dispatch('company.openDemo', {});
    if (!result.ok) throw new CliError(`Cannot open the demo company: ${result.error.message}`);
    return `Demo company: ${(result.value as { path: string }).path}`;
  }
  if (args.file !== null) {
    const path = resolve(args.file);
    if (!existsSync(path)) return `New company file: ${path} (create the company in the browser)`;
    const result = await services.dispatch('company.open', { path });
    if (!result.ok) throw new CliError(`Cannot open ${path}: ${result.error.message}`);
    return `Company file: ${path}`;
  }
  return 'No company open: create or open one in the browser.';
}

async function main(argv: readonly string[]): Promise<void> {
  const parsed = parseWebArgs(argv);
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return;
  }
  if (parsed.kind === 'error') {
    console.error(`${parsed.message}\n\n${USAGE}`);
    process.exit(2);
  }
  const args = parsed.args;

  const envToken = process.env.ORDO_WEB_TOKEN?.trim() || null;
  if (args.token === null && envToken !== null) {
    const problem = tokenProblem(envToken);
    if (problem) throw new CliError(`ORDO_WEB_TOKEN ${problem}`, 2);
  }
  const token = args.token ?? envToken ?? randomBytes(32).toString('hex');
  const appDataDir = resolveAppDataDir({ platform: process.platform, env: process.env, homeDir: homedir() });
  const filePath = args.file === null ? null : resolve(args.file);

  const events = createEventHub();
  const services = createServices({
    appDataDir,
    migrationsDir,
    shell: 'web',
    version: packageVersion(),
    suggestedPath: filePath !== null && !existsSync(filePath) ? filePath : null,
    emit: events.emit,
    onInternalError: (method, error) => console.error(`[ordo web] internal error in ${method}:`, error),
  });

  let server: WebServer | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`[ordo web] ${signal}: closing the company file …`);
    try {
      await server?.close();
    } finally {
      services.close(); // checkpoints the WAL into the file and closes the database
    }
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stop(signal).catch((error: unknown) => {
        console.error(`[ordo web] could not close cleanly: ${errorMessage(error)}`);
        process.exit(1);
      });
    });
  }

  let fileLine: string;
  try {
    fileLine = await openCompany(services, args); // before any build: a wrong file fails fast
    const rendererDir = await ensureRendererBuilt();
    server = await startWebServer({ services, events, token, port: args.port, rendererDir });
  } catch (error) {
    services.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'EADDRINUSE') {
      throw new CliError(
        `Port ${args.port} is in use: pass --port N for another one, or --port 0 for any free port.`,
      );
    }
    throw error;
  }

  console.log(`Ordo is running at ${server.url}`);
  console.log(fileLine);
  console.error(`[ordo web] data folder: ${appDataDir}. Press Ctrl+C to stop.`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`[ordo web] ${errorMessage(error)}`);
  process.exit(error instanceof CliError ? error.exitCode : 1);
});
