// `npm run web`: its argument parsing and data folder (pure), and the CLI itself as a child process —
// errors and exit codes, the printed address, a new file offered for creation, a clean stop, a reopen.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppDataDir } from '../../electron/web/appDataDir';
import { DEFAULT_PORT, parseWebArgs } from '../../electron/web/args';
import { BRIDGE_SCRIPT_TAG } from '../../electron/web/server';
import { runCli, startShellProcess, writeFixtureRenderer } from '../helpers/webServer';

describe('parseWebArgs', () => {
  const run = (argv: string[]) => {
    const parsed = parseWebArgs(argv);
    if (parsed.kind !== 'run') throw new Error(`expected run, got ${JSON.stringify(parsed)}`);
    return parsed.args;
  };
  const errorOf = (argv: string[]) => {
    const parsed = parseWebArgs(argv);
    if (parsed.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(parsed)}`);
    return parsed.message;
  };

  it('defaults to no file, port 5178 and no token', () => {
    expect(run([])).toEqual({ file: null, demo: false, port: DEFAULT_PORT, token: null });
    expect(DEFAULT_PORT).toBe(5178);
  });

  it('reads --file, --demo, --port and --token, with a space or =', () => {
    expect(run(['--file', 'a/b.ordo', '--port', '0', '--token', 'abcdefghijklmnop'])).toEqual({
      file: 'a/b.ordo',
      demo: false,
      port: 0,
      token: 'abcdefghijklmnop',
    });
    expect(run(['--demo', '--port=8080', '--token=ABCDEFGHIJKLMNOP.-_~'])).toEqual({
      file: null,
      demo: true,
      port: 8080,
      token: 'ABCDEFGHIJKLMNOP.-_~',
    });
    expect(run(['--file=My Company.ORDO']).file).toBe('My Company.ORDO');
  });

  it('asks for help', () => {
    expect(parseWebArgs(['--help']).kind).toBe('help');
    expect(parseWebArgs(['--port', '1', '-h']).kind).toBe('help');
  });

  it('rejects unknown arguments, missing values, bad ports and tokens, and --file with --demo', () => {
    expect(errorOf(['--files', 'x.ordo'])).toMatch(/Unknown argument: --files/);
    expect(errorOf(['x.ordo'])).toMatch(/Unknown argument/);
    expect(errorOf(['--file'])).toMatch(/--file needs a value/);
    expect(errorOf(['--file', '--demo'])).toMatch(/needs a value/);
    expect(errorOf(['--file', 'notes.txt'])).toMatch(/\.ordo/);
    expect(errorOf(['--port', '65536'])).toMatch(/0 to 65535/);
    expect(errorOf(['--port', '-1'])).toMatch(/needs a value|0 to 65535/);
    expect(errorOf(['--port', '80a'])).toMatch(/0 to 65535/);
    expect(errorOf(['--token', 'short'])).toMatch(/16 to 256/);
    expect(errorOf(['--token', 'has space in it, really'])).toMatch(/16 to 256/);
    expect(errorOf(['--port', '1', '--port', '2'])).toMatch(/twice/);
    expect(errorOf(['--demo=yes'])).toMatch(/no value/);
    expect(errorOf(['--file', 'a.ordo', '--demo'])).toMatch(/either --file or --demo/);
    expect(errorOf(['--demo', '--file', 'a.ordo'])).toMatch(/either --file or --demo/);
  });
});

describe('resolveAppDataDir', () => {
  it('prefers ORDO_APP_DATA', () => {
    expect(
      resolveAppDataDir({ platform: 'linux', env: { ORDO_APP_DATA: '/tmp/x' }, homeDir: '/home/u' }),
    ).toBe('/tmp/x');
    expect(resolveAppDataDir({ platform: 'linux', env: { ORDO_APP_DATA: ' ' }, homeDir: '/home/u' })).toBe(
      '/home/u/.config/Ordo',
    );
  });

  it('Linux: $XDG_CONFIG_HOME (when absolute), else ~/.config', () => {
    expect(
      resolveAppDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, homeDir: '/home/u' }),
    ).toBe('/xdg/Ordo');
    expect(
      resolveAppDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'rel' }, homeDir: '/home/u' }),
    ).toBe('/home/u/.config/Ordo');
    expect(resolveAppDataDir({ platform: 'freebsd', env: {}, homeDir: '/home/u' })).toBe(
      '/home/u/.config/Ordo',
    );
  });

  it('macOS: ~/Library/Application Support', () => {
    expect(
      resolveAppDataDir({ platform: 'darwin', env: { XDG_CONFIG_HOME: '/xdg' }, homeDir: '/Users/u' }),
    ).toBe('/Users/u/Library/Application Support/Ordo');
  });

  it('Windows: %APPDATA%, else the roaming folder under the home folder', () => {
    expect(
      resolveAppDataDir({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' },
        homeDir: 'C:\\Users\\u',
      }),
    ).toBe('C:\\Users\\u\\AppData\\Roaming\\Ordo');
    expect(resolveAppDataDir({ platform: 'win32', env: {}, homeDir: 'C:\\Users\\u' })).toBe(
      'C:\\Users\\u\\AppData\\Roaming\\Ordo',
    );
  });
});

describe('the CLI', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ordo-web-cli-'));
    env = {
      ORDO_APP_DATA: join(dir, 'appdata'),
      ORDO_WEB_RENDERER_DIR: writeFixtureRenderer(join(dir, 'renderer')),
    };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the usage for --help and exits 0', async () => {
    const result = await runCli(['--help'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run web');
  });

  it('exits 2 with the usage for an unknown argument, and for --file with --demo', async () => {
    const unknown = await runCli(['--bogus'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown argument: --bogus');
    expect(unknown.stderr).toContain('Usage: npm run web');
    const both = await runCli(['--file', join(dir, 'a.ordo'), '--demo'], env);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('either --file or --demo');
  });

  it('exits 2 for an unusable ORDO_WEB_TOKEN', async () => {
    const result = await runCli(['--port', '0'], { ...env, ORDO_WEB_TOKEN: 'short' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ORDO_WEB_TOKEN');
  });

  it('exits 1 with the typed error message when the file is not an Ordo file', async () => {
    const notOrdo = join(dir, 'notes.ordo');
    writeFileSync(notOrdo, 'just some text, not a database at all'.repeat(200));
    const result = await runCli(['--file', notOrdo, '--port', '0'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot open ${notOrdo}:`);
    expect(result.stdout).not.toContain('Ordo is running at');
  });

  it('offers a new file for creation, serves the UI and the API, stops cleanly and reopens the file', async () => {
    const file = join(dir, 'new.ordo');
    const token = 'cli-test-token-0123456789';
    const first = await startShellProcess(['--file', file, '--port', '0'], { ...env, ORDO_WEB_TOKEN: token });
    try {
      const lines = first.stdout().trim().split('\n');
      expect(lines.filter((l) => l.includes('http://'))).toEqual([
        `Ordo is running at ${first.origin}/?token=${token}`,
      ]);
      expect(lines[1]).toBe(`New company file: ${file} (create the company in the browser)`);
      expect(first.token).toBe(token);

      const page = await fetch(first.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(BRIDGE_SCRIPT_TAG);

      const call = async (method: string, input: unknown) => {
        const res = await fetch(`${first.origin}/api/${method}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
        return (await res.json()) as { ok: boolean; value: never };
      };
      expect((await call('app.info', {})).value).toMatchObject({ name: 'Ordo', shell: 'web' });
      expect((await call('company.current', {})).value).toEqual({ open: false, suggestedPath: file });
      const created = await call('company.create', {
        name: 'Clico',
        baseCurrency: 'EUR',
        locale: 'en-IE',
        path: file,
      });
      expect(created.ok).toBe(true);
      expect((await call('customers.create', { name: 'Kept Ltd', currency: 'EUR' })).ok).toBe(true);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}-wal`) ? 'WAL left behind' : 'checkpointed').toBe('checkpointed');

    const second = await startShellProcess(['--file', file, '--port', '0'], env);
    try {
      expect(second.stdout()).toContain(`Company file: ${file}`);
      expect(second.token).toMatch(/^[0-9a-f]{64}$/); // random: 32 bytes, hex
      const res = await fetch(`${second.origin}/api/customers.list`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${second.token}` },
        body: JSON.stringify({ search: 'kept' }),
      });
      const list = (await res.json()) as { value: { rows: { name: string }[] } };
      expect(list.value.rows.map((r) => r.name)).toEqual(['Kept Ltd']);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it('opens the demo company with --demo', async () => {
    const demo = await startShellProcess(['--demo', '--port', '0'], env);
    try {
      expect(demo.stdout()).toMatch(/^Demo company: .*\.ordo$/m);
      const res = await fetch(`${demo.origin}/api/company.current`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${demo.token}` },
        body: '{}',
      });
      expect(((await res.json()) as { value: { open: boolean } }).value.open).toBe(true);
    } finally {
      expect(await demo.stop()).toBe(0);
    }
  });
});
