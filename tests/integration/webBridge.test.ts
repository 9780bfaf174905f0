// The injected bridge (electron/web/bridge.js) run in a sandbox with a stand-in window whose fetch reaches the
// real server: window.ordo's calls, its errors, the token's journey from the URL into sessionStorage, events.
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrdoApi } from '../../shared/contract';
import { knownEvents } from '../../electron/web/events';
import { bridgeFile } from '../../electron/web/server';
import { startTestWebServer, TEST_TOKEN, type TestWebServer } from '../helpers/webServer';

const source = readFileSync(bridgeFile, 'utf8');

type MessageListener = (message: { data: string }) => void;

class FakeEventSource {
  static instances: FakeEventSource[] = [];
  onmessage: MessageListener | null = null;
  onerror: (() => void) | null = null;
  readyState = 0;
  closed = false;
  readonly named = new Map<string, MessageListener>();
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(name: string, listener: MessageListener) {
    this.named.set(name, listener);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  /** What the server sends on connecting: the sequence number reached so far. */
  ready(seq: number) {
    this.readyState = 1;
    this.named.get('ready')?.({ data: JSON.stringify({ seq }) });
  }
  event(event: string, payload: unknown, seq: number) {
    this.onmessage?.({ data: JSON.stringify({ event, payload, seq }) });
  }
}

/** A fetch that answers every call with `value` and the given event sequence number. */
function answering(value: unknown, seq: number): typeof fetch {
  return () =>
    Promise.resolve(
      new Response(JSON.stringify({ ok: true, value }), {
        status: 200,
        headers: { 'Content-Type': 'application/json', 'X-Ordo-Event-Seq': String(seq) },
      }),
    );
}

interface Page {
  ordo: OrdoApi;
  href: () => string;
  storage: Map<string, string>;
}

/** Loads the bridge into a fresh page at `href`; `storage` carries sessionStorage over a reload. */
function loadPage(href: string, options: { storage?: Map<string, string>; fetch?: typeof fetch } = {}): Page {
  const storage = options.storage ?? new Map<string, string>();
  const location = { href };
  const base = new URL(href).origin;
  const window: Record<string, unknown> = {
    location,
    history: {
      state: null,
      replaceState(_state: unknown, _title: string, url: string) {
        location.href = new URL(url, location.href).href;
      },
    },
    sessionStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
    },
    fetch: options.fetch ?? ((input: string, init: RequestInit) => fetch(new URL(input, base), init)),
    EventSource: FakeEventSource,
    URL,
    setTimeout,
    clearTimeout,
  };
  window.window = window;
  createContext(window);
  runInContext(source, window, { filename: 'ordo-web-bridge.js' });
  return { ordo: window.ordo as OrdoApi, href: () => location.href, storage };
}

let web: TestWebServer;
beforeAll(async () => {
  web = await startTestWebServer();
});
afterAll(async () => {
  await web?.dispose();
});

describe('the token', () => {
  it('moves from the URL into sessionStorage and out of the visible address, keeping the hash route', async () => {
    const page = loadPage(`${web.origin}/?token=${TEST_TOKEN}&lang=x#/customers/12`);
    expect(page.href()).toBe(`${web.origin}/?lang=x#/customers/12`);
    expect([...page.storage.values()]).toEqual([TEST_TOKEN]);
    expect(await page.ordo.invoke('app.info', {})).toEqual({
      name: 'Ordo',
      version: '0.0.0-test',
      shell: 'web',
    });
  });

  it('survives a reload (the URL no longer has it)', async () => {
    const first = loadPage(`${web.origin}/?token=${TEST_TOKEN}`);
    const reloaded = loadPage(`${web.origin}/#/products`, { storage: first.storage });
    expect((await reloaded.ordo.invoke('app.info', {})).shell).toBe('web');
  });

  it('without one, calls fail with UNAUTHORIZED and a hint, without reaching the server', async () => {
    let fetched = false;
    const page = loadPage(`${web.origin}/`, {
      fetch: () => {
        fetched = true;
        throw new Error('no');
      },
    });
    await expect(page.ordo.invoke('app.info', {})).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: expect.stringContaining('npm run web'),
    });
    expect(fetched).toBe(false);
  });

  it('a wrong (stale) token fails with UNAUTHORIZED', async () => {
    const page = loadPage(`${web.origin}/?token=stale-token-0123456789abcdef`);
    await expect(page.ordo.invoke('app.info', {})).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      details: {},
    });
  });

  it('keeps a method’s own UNAUTHORIZED (a wrong PIN) apart from a stale token', async () => {
    const wrongPin = {
      code: 'UNAUTHORIZED',
      message: 'That PIN is not right',
      details: { fields: [{ path: 'pin', message: 'Wrong PIN' }] },
    };
    const page = loadPage(`${web.origin}/?token=${TEST_TOKEN}`, {
      fetch: () =>
        Promise.resolve(
          new Response(JSON.stringify({ ok: false, error: wrongPin }), {
            status: 401,
            headers: { 'Content-Type': 'application/json' },
          }),
        ),
    });
    await expect(page.ordo.invoke('users.switch', { userId: 2, pin: '1111' })).rejects.toEqual(wrongPin);
  });
});

describe('invoke', () => {
  it('rejects with the plain { code, message, details } of a typed error, field paths included', async () => {
    const page = loadPage(`${web.origin}/?token=${TEST_TOKEN}`);
    const error: unknown = await page.ordo.invoke('search.global', { query: '' }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: 'VALIDATION', details: { fields: [{ path: 'query' }] } });
    expect(Object.keys(error as object).sort()).toEqual(['code', 'details', 'message']);
  });

  it('rejects UNKNOWN_METHOD for a method the contract does not have', async () => {
    const page = loadPage(`${web.origin}/?token=${TEST_TOKEN}`);
    await expect(page.ordo.invoke('nope.nothing' as 'app.info', {})).rejects.toMatchObject({
      code: 'UNKNOWN_METHOD',
    });
  });

  it('rejects INTERNAL with a hint when the shell cannot be reached', async () => {
    const page = loadPage(`${web.origin}/?token=${TEST_TOKEN}`, {
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(page.ordo.invoke('app.info', {})).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('npm run web'),
    });
  });

  it('rejects INTERNAL when the answer is not a call result', async () => {
    const page = loadPage(`${web.origin}/?token=${TEST_TOKEN}`, {
      fetch: () => Promise.resolve(new Response('<html>proxy error</html>', { status: 502 })),
    });
    await expect(page.ordo.invoke('app.info', {})).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('on', () => {
  it('shares one event stream, delivers payloads by event name and closes when nobody listens', () => {
    FakeEventSource.instances = [];
    const page = loadPage(`${web.origin}/?token=${TEST_TOKEN}`);
    const changed: unknown[] = [];
    const commands: unknown[] = [];
    const offChanged = page.ordo.on('company.changed', (payload) => changed.push(payload));
    const offCommand = page.ordo.on('menu.command', (payload) => commands.push(payload));
    expect(FakeEventSource.instances).toHaveLength(1);
    const stream = FakeEventSource.instances[0]!;
    expect(stream.url).toBe(`/api/events?token=${TEST_TOKEN}`);

    stream.ready(0);
    stream.event('company.changed', { name: 'Webco' }, 1);
    stream.onmessage?.({ data: 'not json' });
    stream.event('menu.command', { command: 'about' }, 2);
    expect(changed).toEqual([{ name: 'Webco' }]);
    expect(commands).toEqual([{ command: 'about' }]);

    offChanged();
    expect(stream.closed).toBe(false);
    offCommand();
    expect(stream.closed).toBe(true);
  });

  it('delivers the events a call caused before the call settles, as IPC does', async () => {
    FakeEventSource.instances = [];
    const page = loadPage(`${web.origin}/?token=${TEST_TOKEN}`, { fetch: answering('done', 3) });
    const order: string[] = [];
    page.ordo.on('company.changed', () => order.push('event'));
    const stream = FakeEventSource.instances[0]!;
    stream.ready(1);
    const call = page.ordo.invoke('app.info', {}).then(() => order.push('reply'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]); // the reply is held: event 3 has not arrived yet
    stream.event('company.changed', null, 2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['event']);
    stream.event('company.changed', null, 3);
    await call;
    expect(order).toEqual(['event', 'event', 'reply']);
  });

  it('does not hold replies without a stream, or when the stream was refused for good', async () => {
    FakeEventSource.instances = [];
    const page = loadPage(`${web.origin}/?token=${TEST_TOKEN}`, { fetch: answering('done', 7) });
    expect(await page.ordo.invoke('app.info', {})).toBe('done'); // nobody listens: no stream
    page.ordo.on('company.changed', () => undefined);
    const stream = FakeEventSource.instances[0]!;
    const call = page.ordo.invoke('app.info', {});
    stream.readyState = 2; // e.g. 401 for a stale token
    stream.onerror?.();
    expect(await call).toBe('done');
  });

  it('refuses unknown events and non-function listeners, like the preload', () => {
    const page = loadPage(`${web.origin}/?token=${TEST_TOKEN}`);
    expect(() => page.ordo.on('company.exploded' as 'company.changed', () => undefined)).toThrow(
      /Unknown event/,
    );
    expect(() => page.ordo.on('company.changed', 'x' as unknown as () => void)).toThrow(/function/);
  });

  it('knows exactly the events of the contract', () => {
    const listed = /KNOWN_EVENTS = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
    const names = [...listed.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(names.sort()).toEqual(Object.keys(knownEvents).sort());
  });
});

describe('window.ordo', () => {
  it('cannot be replaced by page code', () => {
    const page = loadPage(`${web.origin}/?token=${TEST_TOKEN}`);
    expect(Object.isFrozen(page.ordo)).toBe(true);
  });
});
