// End-to-end harness: the real CLI (`npm run web`) as a child process on port 0 with a temporary data folder,
// and a headless Chromium driven by playwright-core. A failing test leaves a screenshot in .tmp/e2e/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { repoRoot, startShellProcess, type ShellProcess } from '../helpers/webServer';

export const screenshotDir = join(repoRoot, '.tmp', 'e2e');

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}

/** Console errors that mean something is broken (CSP violations, missing assets, uncaught errors …). */
function isProblem(message: ConsoleMessage): boolean {
  // Chromium logs every 4xx answer of fetch() as "Failed to load resource"; from the API they are the typed
  // errors (field errors are 400s by design), which the UI shows.
  const isApiAnswer = new URL(message.location().url || 'about:blank', 'http://x').pathname.startsWith(
    '/api/',
  );
  return !(
    isApiAnswer &&
    /^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())
  );
}

export class E2E {
  readonly dir = mkdtempSync(join(tmpdir(), 'ordo-e2e-'));
  readonly appDataDir = join(this.dir, 'appdata');
  /** Uncaught page errors, console errors and CSP violations, across restarts. */
  readonly problems: string[] = [];
  private shell: ShellProcess | null = null;
  private browser: Browser | null = null;
  private context: BrowserContext | null = null;
  private current: Page | null = null;

  get page(): Page {
    if (!this.current) throw new Error('The shell is not running: call start() first');
    return this.current;
  }

  get url(): string {
    if (!this.shell) throw new Error('The shell is not running: call start() first');
    return this.shell.url;
  }

  /** Starts `npm run web -- <args> --port 0` and opens its address in a fresh browser context. */
  async start(args: readonly string[] = []): Promise<Page> {
    if (this.shell) throw new Error('Already started: stop() first');
    this.shell = await startShellProcess([...args, '--port', '0'], { ORDO_APP_DATA: this.appDataDir });
    this.browser = await launchChromium();
    this.context = await this.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    this.context.setDefaultTimeout(15_000);
    const page = await this.context.newPage();
    page.on('pageerror', (error) => this.problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && isProblem(message)) {
        this.problems.push(`console: ${message.text()} (${message.location().url})`);
      }
    });
    this.current = page;
    await page.goto(this.shell.url);
    return page;
  }

  /** Closes the browser and stops the shell (SIGTERM); returns the shell's exit code. */
  async stop(): Promise<number | null> {
    await this.browser?.close().catch(() => undefined);
    this.browser = null;
    this.context = null;
    this.current = null;
    const shell = this.shell;
    this.shell = null;
    return shell ? shell.stop() : null;
  }

  async screenshot(name: string): Promise<string | null> {
    if (!this.current || this.current.isClosed()) return null;
    mkdirSync(screenshotDir, { recursive: true });
    const file = join(screenshotDir, `${name.replace(/[^\w.-]+/g, '-').slice(0, 100)}.png`);
    await this.current.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    return file;
  }

  /** For a failed test: the screenshot's path and what the shell printed. */
  async reportFailure(testName: string): Promise<void> {
    const file = await this.screenshot(`FAILED ${testName}`);
    console.error(
      [
        `[e2e] ${testName} failed.`,
        file ? `screenshot: ${file}` : 'no page to screenshot',
        this.problems.length ? `page problems:\n  ${this.problems.join('\n  ')}` : '',
        this.shell ? `shell stderr:\n${this.shell.stderr()}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }

  async dispose(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
