// The browser shell's server in-process for tests: real services on a temporary folder, a fixed clock,
// port 0, a known token, and (unless given) a tiny stand-in renderer so the tests do not need a vite build.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CallResult } from '../../shared/contract';
import { fixedClock } from '../../electron/clock';
import { createServices, type Services } from '../../electron/services';
import { createEventHub, type EventHub } from '../../electron/web/events';
import { startWebServer, type WebServer } from '../../electron/web/server';

export const migrationsDir = resolve(__dirname, '../../migrations');
export const TEST_TOKEN = 'test-token-0123456789abcdef';

export const FIXTURE_INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Ordo</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

/** A renderer build in miniature: index.html with a module script, a JS and a CSS asset, a sub-folder. */
export function writeFixtureRenderer(dir: string): string {
  mkdirSync(join(dir, 'assets', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), FIXTURE_INDEX_HTML);
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log("ordo");\n');
  writeFileSync(join(dir, 'assets', 'index-abc.css'), 'body { margin: 0; }\n');
  writeFileSync(join(dir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
  writeFileSync(join(dir, 'assets', 'nested', 'file.txt'), 'nested\n');
  return dir;
}

export interface TestWebServer {
  dir: string;
  services: Services;
  events: EventHub;
  server: WebServer;
  token: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** POST /api/<method> with the token (or the given headers) and returns status and parsed body. */
  api(
    method: string,
    input?: unknown,
    options?: { token?: string | null; body?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: CallResult; headers: Headers }>;
  dispose(): Promise<void>;
}

export async function startTestWebServer(
  options: { rendererDir?: string; now?: string; suggestedPath?: string } = {},
): Promise<TestWebServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ordo-web-test-'));
  const rendererDir = options.rendererDir ?? writeFixtureRenderer(join(dir, 'renderer'));
  const events = createEventHub();
  const services = createServices({
    appDataDir: join(dir, 'appdata'),
    migrationsDir,
    shell: 'web',
    version: '0.0.0-test',
    clock: fixedClock(options.now ?? '2026-03-15T10:00:00Z'),
    suggestedPath: options.suggestedPath ?? null,
    emit: events.emit,
    onInternalError: (method, error) => {
      throw new Error(`internal error in ${method}: ${String(error instanceof Error ? error.stack : error)}`);
    },
  });
  const server = await startWebServer({ services, events, token: TEST_TOKEN, port: 0, rendererDir });
  return {
    dir,
    services,
    events,
    server,
    token: TEST_TOKEN,
    origin: server.origin,
    async api(method, input, callOptions = {}) {
      const token = callOptions.token === undefined ? TEST_TOKEN : callOptions.token;
      const response = await fetch(`${server.origin}/api/${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
          ...callOptions.headers,
        },
        body: callOptions.body ?? JSON.stringify(input ?? {}),
      });
      return {
        status: response.status,
        body: (await response.json()) as CallResult,
        headers: response.headers,
      };
    },
    async dispose() {
      await server.close();
      services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A raw HTTP request: the path goes out exactly as given (fetch would resolve `..` and `%2e%2e` first),
 * and the Host header can be anything.
 */
export function rawRequest(
  origin: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(origin);
  return new Promise((resolvePromise, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: Number(url.port),
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers ?? {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolvePromise({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export const repoRoot = resolve(__dirname, '../..');
const cliPath = join(repoRoot, 'electron', 'web', 'cli.ts');
const URL_LINE = /^Ordo is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9._~%-]+))$/m;

export interface ShellProcess {
  child: ChildProcess;
  /** The printed page address, token included. */
  url: string;
  origin: string;
  token: string;
  stdout: () => string;
  stderr: () => string;
  /** SIGTERM, then the exit code (the CLI closes the company file and exits 0). */
  stop(): Promise<number | null>;
}

function spawnCli(args: readonly string[], env: Record<string, string | undefined>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', cliPath, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ORDO_WEB_TOKEN: undefined, ORDO_WEB_RENDERER_DIR: undefined, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs `npm run web` (its cli.ts) to the end: for argument and start-up errors. */
export function runCli(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}

/** Starts `npm run web` (its cli.ts) as a child process and waits for the address it prints. */
export function startShellProcess(
  args: readonly string[],
  env: Record<string, string | undefined>,
  timeoutMs = 90_000,
): Promise<ShellProcess> {
  const child = spawnCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return new Promise<ShellProcess>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `the web shell did not print its address in ${timeoutMs} ms.\nstdout: ${stdout}\nstderr: ${stderr}`,
        ),
      );
    }, timeoutMs);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `the web shell exited with ${code} before it printed its address.\nstdout: ${stdout}\nstderr: ${stderr}`,
        ),
      );
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = URL_LINE.exec(stdout);
      // Wait for the line after the address too (the company file line), so stdout is complete.
      if (!match || !stdout.slice(match.index + match[0].length).includes('\n', 1)) return;
      clearTimeout(timer);
      const url = match[1]!;
      resolvePromise({
        child,
        url,
        origin: new URL(url).origin,
        token: decodeURIComponent(match[3]!),
        stdout: () => stdout,
        stderr: () => stderr,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    });
  });
}
