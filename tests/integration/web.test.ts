// The browser shell's HTTP server with real services: auth, routing, typed errors, limits, static files,
// the injected bridge, the CSP, DNS-rebinding defence and the event stream.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedError } from '../../shared/errors';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell/contentSecurityPolicy';
import { BRIDGE_SCRIPT_TAG, injectBridge, MAX_BODY_BYTES, tokenMatches } from '../../electron/web/server';
import { rawRequest, startTestWebServer, TEST_TOKEN, type TestWebServer } from '../helpers/webServer';

let web: TestWebServer;
beforeAll(async () => {
  web = await startTestWebServer();
});
afterAll(async () => {
  await web?.dispose();
});

function errorOf(body: unknown): SerializedError {
  const result = body as { ok: boolean; error: SerializedError };
  expect(result.ok).toBe(false);
  return result.error;
}

const newCompany = (path: string) => ({
  name: 'Webco',
  baseCurrency: 'EUR',
  locale: 'en-IE',
  ownerName: 'Wanda',
  path,
});

describe('the API', () => {
  it('answers 401 UNAUTHORIZED without a token, with a wrong one, or with another scheme', async () => {
    const cases: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer wrong-token-0123456789abcdef' },
      { Authorization: `Bearer ${TEST_TOKEN}x` },
      { Authorization: `Basic ${TEST_TOKEN}` },
      { Authorization: TEST_TOKEN },
    ];
    for (const headers of cases) {
      const res = await web.api('app.info', {}, { token: null, headers });
      expect(res.status).toBe(401);
      expect(errorOf(res.body).code).toBe('UNAUTHORIZED');
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    }
  });

  it('answers 200 { ok: true, value } for a valid call', async () => {
    const res = await web.api('app.info', {});
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, value: { name: 'Ordo', version: '0.0.0-test', shell: 'web' } });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('treats an empty body as no input', async () => {
    const res = await web.api('company.current', undefined, { body: '' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, value: { open: false, suggestedPath: null } });
  });

  it('answers 404 UNKNOWN_METHOD for a method the contract does not have', async () => {
    for (const name of ['customers.nuke', 'constructor', '__proto__', 'a%2Fb']) {
      const res = await web.api(name, {});
      expect(res.status).toBe(404);
      expect(errorOf(res.body).code).toBe('UNKNOWN_METHOD');
    }
  });

  it('checks the token before it says whether a method exists', async () => {
    const res = await web.api('customers.nuke', {}, { token: null });
    expect(res.status).toBe(401);
  });

  it('answers 400 VALIDATION with field paths for invalid input', async () => {
    const res = await web.api('search.global', { query: '' });
    expect(res.status).toBe(400);
    const error = errorOf(res.body);
    expect(error.code).toBe('VALIDATION');
    expect(error.details.fields?.[0]?.path).toBe('query');
  });

  it('answers 400 VALIDATION for a body that is not JSON', async () => {
    const res = await web.api('app.info', undefined, { body: '{"nope":' });
    expect(res.status).toBe(400);
    expect(errorOf(res.body).code).toBe('VALIDATION');
  });

  it('answers with the status of the typed error (409 NO_COMPANY before a company is open)', async () => {
    const res = await web.api('customers.list', {});
    expect(res.status).toBe(409);
    expect(errorOf(res.body).code).toBe('NO_COMPANY');
  });

  it('answers 405 for anything but POST, with Allow', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await rawRequest(web.origin, {
        method,
        path: '/api/app.info',
        headers: { Host: `127.0.0.1:${web.server.port}`, Authorization: `Bearer ${TEST_TOKEN}` },
      });
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('POST');
    }
    const get = await fetch(`${web.origin}/api/x`);
    expect(get.status).toBe(405);
  });

  it('answers 413 for a body over the limit and keeps serving', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES + 10) });
    const res = await web.api('customers.create', undefined, { body: huge });
    expect(res.status).toBe(413);
    expect((await web.api('app.info', {})).status).toBe(200);
  });
});

describe('the company flow over HTTP', () => {
  it('creates a company, reports field errors by path, saves a customer and streams company.changed', async () => {
    const controller = new AbortController();
    const stream = await fetch(`${web.origin}/api/events?token=${TEST_TOKEN}`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const readUntil = async (predicate: (text: string) => boolean) => {
      while (!predicate(buffer)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`event stream ended; got: ${buffer}`);
        buffer += decoder.decode(value, { stream: true });
      }
    };
    await readUntil((text) => text.includes('event: ready\ndata: {"seq":0}\n\n'));

    const created = await web.api('company.create', newCompany(join(web.dir, 'webco.ordo')));
    expect(created.status).toBe(200);
    expect(created.headers.get('x-ordo-event-seq')).toBe('1'); // the reply knows the event it caused

    await readUntil((text) => /^data: \{"event".*\n\n/m.test(text));
    expect(buffer).toMatch(/^id: 1\ndata: /m);
    const line = buffer.split('\n').find((l) => l.startsWith('data: {"event"'))!;
    const event = JSON.parse(line.slice('data: '.length)) as {
      event: string;
      payload: { name: string };
      seq: number;
    };
    expect(event).toMatchObject({ event: 'company.changed', seq: 1, payload: { name: 'Webco' } });
    controller.abort();
    await reader.cancel().catch(() => undefined);

    const invalid = await web.api('customers.create', { name: '' });
    expect(invalid.status).toBe(400);
    const error = errorOf(invalid.body);
    expect(error.code).toBe('VALIDATION');
    expect(error.details.fields?.[0]?.path).toBe('name');

    const ok = await web.api('customers.create', { name: 'Müller GmbH', currency: 'EUR' });
    expect(ok.status).toBe(200);
    const list = await web.api('customers.list', { search: 'müller' });
    expect(
      (list.body as { ok: true; value: { rows: { name: string }[] } }).value.rows.map((r) => r.name),
    ).toEqual(['Müller GmbH']);
  });

  it('refuses the event stream without the token', async () => {
    const res = await fetch(`${web.origin}/api/events`);
    expect(res.status).toBe(401);
    const wrong = await fetch(`${web.origin}/api/events?token=nope`);
    expect(wrong.status).toBe(401);
  });
});

describe('static files', () => {
  it('serves index.html for / with the bridge injected before the app script, the CSP and nosniff', async () => {
    const res = await fetch(`${web.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    const bridgeAt = html.indexOf(BRIDGE_SCRIPT_TAG);
    const appAt = html.indexOf('<script type="module"');
    expect(bridgeAt).toBeGreaterThan(-1);
    expect(appAt).toBeGreaterThan(bridgeAt);
    expect(html.split(BRIDGE_SCRIPT_TAG)).toHaveLength(2);
  });

  it('serves the same page at /index.html and answers HEAD without a body', async () => {
    const page = await fetch(`${web.origin}/index.html`);
    expect((await page.text()).includes(BRIDGE_SCRIPT_TAG)).toBe(true);
    const head = await fetch(`${web.origin}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves the bridge and assets with their content types', async () => {
    const cases: [string, string][] = [
      ['/ordo-web-bridge.js', 'text/javascript; charset=utf-8'],
      ['/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['/assets/logo.svg', 'image/svg+xml'],
      ['/assets/nested/file.txt', 'text/plain; charset=utf-8'],
    ];
    for (const [path, type] of cases) {
      const res = await fetch(`${web.origin}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(type);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const bridge = await (await fetch(`${web.origin}/ordo-web-bridge.js`)).text();
    expect(bridge).toContain("defineProperty(window, 'ordo'");
  });

  it('lists no directories and answers 404 for missing files', async () => {
    for (const path of ['/assets', '/assets/', '/assets/nested/', '/missing.js']) {
      const res = await fetch(`${web.origin}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('index-abc');
    }
  });

  it('never serves a file outside the renderer folder', async () => {
    const host = `127.0.0.1:${web.server.port}`;
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/%2E%2E/package.json',
      '/..%2fpackage.json',
      '/..%5cpackage.json',
      '/assets/../../package.json',
      '/assets/%2e%2e/%2e%2e/appdata/recent.json',
      '/%00index.html',
      '/..',
    ]) {
      const res = await rawRequest(web.origin, { path, headers: { Host: host } });
      expect([400, 403, 404], path).toContain(res.status);
      expect(res.body, path).not.toContain('"name"');
    }
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    mkdirSync(join(web.dir, 'outside'));
    writeFileSync(join(web.dir, 'outside', 'secret.txt'), 'secret');
    symlinkSync(join(web.dir, 'outside'), join(web.dir, 'renderer', 'assets', 'linked'));
    const res = await fetch(`${web.origin}/assets/linked/secret.txt`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('secret');
  });

  it('answers the browser’s own favicon request with 204 when the app has none', async () => {
    const res = await fetch(`${web.origin}/favicon.ico`);
    expect(res.status).toBe(204);
  });

  it('answers 405 for a POST to a page', async () => {
    const res = await fetch(`${web.origin}/index.html`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('DNS-rebinding defence', () => {
  it('answers 403 to a foreign Host header, on pages and on the API', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${web.server.port}`,
      '127.0.0.1:1',
      `127.0.0.2:${web.server.port}`,
    ]) {
      for (const [method, path] of [
        ['GET', '/'],
        ['POST', '/api/app.info'],
      ] as const) {
        const res = await rawRequest(web.origin, {
          method,
          path,
          headers: { Host: host, Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' },
          body: method === 'POST' ? '{}' : undefined,
        });
        expect(res.status, `${host} ${path}`).toBe(403);
      }
    }
  });

  it('accepts localhost:PORT as well as 127.0.0.1:PORT', async () => {
    const res = await rawRequest(web.origin, {
      path: '/',
      headers: { Host: `LOCALHOST:${web.server.port}` },
    });
    expect(res.status).toBe(200);
  });
});

describe('listening', () => {
  it('binds to 127.0.0.1 only and gives the page URL with the token', () => {
    expect(web.server.url).toBe(`http://127.0.0.1:${web.server.port}/?token=${TEST_TOKEN}`);
    expect(web.server.port).toBeGreaterThan(0);
  });

  it('cannot be reached on another interface of this machine', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // no other interface here
    const refused = await new Promise<boolean>((done) => {
      const socket = connect({ host: external.address, port: web.server.port });
      socket.once('connect', () => {
        socket.destroy();
        done(false);
      });
      socket.once('error', () => done(true));
    });
    expect(refused).toBe(true);
  });
});

describe('helpers', () => {
  it('injectBridge falls back to the end of <head>, then to the top', () => {
    expect(injectBridge('<html><head><title>x</title></head><body></body></html>')).toMatch(
      /<title>x<\/title>\s*<script src="\.\/ordo-web-bridge\.js"><\/script>\s*<\/head>/,
    );
    expect(injectBridge('<p>hi</p>').startsWith(BRIDGE_SCRIPT_TAG)).toBe(true);
  });

  it('tokenMatches compares whole tokens only', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abc', 'abcd')).toBe(false);
    expect(tokenMatches('abc', '')).toBe(false);
    expect(tokenMatches('abc', null)).toBe(false);
  });
});
