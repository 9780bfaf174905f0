import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveAppPath, serveAppRequest } from '../../electron/shell/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell/contentSecurityPolicy';

const root = join('/opt', 'ordo', 'out', 'renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://ordo/index.html', 'index.html'],
    ['app://ordo/', 'index.html'],
    ['app://ordo', 'index.html'],
    ['app://ordo/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['app://ordo/assets/index.css?v=2#x', 'assets/index.css'],
    ['app://ordo/fonts/Inter%20Var.woff2', 'fonts/Inter Var.woff2'],
    ['APP://ORDO/index.html', 'index.html'],
  ])('resolves %s under the renderer folder', (url, file) => {
    expect(resolveAppPath(url, root)).toEqual({ ok: true, filePath: join(root, ...file.split('/')) });
  });

  it.each([
    'app://ordo/../../etc/passwd',
    'app://ordo/assets/../../main/main.js',
    'app://ordo/%2e%2e/%2e%2e/etc/passwd',
    'app://ordo/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://ordo/assets/..%2f..%2fpackage.json',
    'app://ordo/..\\..\\windows\\win.ini',
    'app://ordo/%5c..%5cwin.ini',
    'app://ordo//etc/passwd',
    'app://ordo/%2fetc%2fpasswd',
    'app://ordo/C:/Windows/win.ini',
    'app://ordo/c%3a%5cWindows%5cwin.ini',
    'app://ordo/index.html%00.png',
    'app://ordo/./index.html',
  ])('refuses the traversal attempt %s with 403', (url) => {
    expect(resolveAppPath(url, root)).toEqual({ ok: false, status: 403 });
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath('app://evil/index.html', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath('app://ordo.evil/index.html', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath('file:///etc/passwd', root)).toEqual({ ok: false, status: 403 });
  });

  it('answers a malformed escape with 400', () => {
    expect(resolveAppPath('app://ordo/%E0%A4%A', root)).toEqual({ ok: false, status: 400 });
  });
});

describe('contentTypeOf', () => {
  it('knows the renderer’s file types', () => {
    expect(contentTypeOf('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('/x/a.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('/x/a.bin')).toBe('application/octet-stream');
  });
});

describe('serveAppRequest', () => {
  const files = new Map([
    [join(root, 'index.html'), '<!doctype html><title>Ordo</title>'],
    [join(root, 'assets', 'app.js'), 'console.log(1)'],
  ]);
  const readFile = async (filePath: string) => {
    const text = files.get(filePath);
    if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  };
  const get = (url: string, method = 'GET') => serveAppRequest({ url, method }, root, readFile);
  const text = (body: Uint8Array | null) => (body ? new TextDecoder().decode(body) : null);

  it('serves HTML with the CSP and nosniff', async () => {
    const answer = await get('app://ordo/index.html');
    expect(answer.status).toBe(200);
    expect(answer.headers).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    });
    expect(text(answer.body)).toBe('<!doctype html><title>Ordo</title>');
  });

  it('serves scripts with their type and without a CSP header', async () => {
    const answer = await get('app://ordo/assets/app.js');
    expect(answer.status).toBe(200);
    expect(answer.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['Content-Security-Policy']).toBeUndefined();
    expect(text(answer.body)).toBe('console.log(1)');
  });

  it('answers 404 for a missing asset', async () => {
    const answer = await get('app://ordo/assets/missing.js');
    expect(answer.status).toBe(404);
    expect(text(answer.body)).toBe('Not found');
  });

  it('falls back to index.html for an extensionless path (a client-side route)', async () => {
    const answer = await get('app://ordo/customers');
    expect(answer.status).toBe(200);
    expect(text(answer.body)).toBe('<!doctype html><title>Ordo</title>');
  });

  it('answers 403 for traversal without reading any file', async () => {
    let reads = 0;
    const answer = await serveAppRequest(
      { url: 'app://ordo/%2e%2e/secret.txt', method: 'GET' },
      root,
      async () => {
        reads += 1;
        return new Uint8Array();
      },
    );
    expect(answer.status).toBe(403);
    expect(reads).toBe(0);
  });

  it('allows only GET and HEAD', async () => {
    expect((await get('app://ordo/index.html', 'POST')).status).toBe(405);
    const head = await get('app://ordo/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });

  it('lets unexpected read errors surface instead of pretending the file is missing', async () => {
    const failing = async () => {
      throw Object.assign(new Error('disk on fire'), { code: 'EIO' });
    };
    await expect(
      serveAppRequest({ url: 'app://ordo/index.html', method: 'GET' }, root, failing),
    ).rejects.toThrow('disk on fire');
  });
});
