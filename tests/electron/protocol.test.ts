// electron/app/protocol.ts: the scheme is privileged before ready, and protocol.handle answers with real Responses.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Protocol } from 'electron';

vi.mock('electron', () => ({}));

import { registerAppScheme, serveAppProtocol } from '../../electron/app/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell/contentSecurityPolicy';

describe('registerAppScheme', () => {
  it('registers app: as standard, secure and fetch-capable, and nothing more', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged } as unknown as Protocol);
    expect(registerSchemesAsPrivileged.mock.calls).toEqual([
      [[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]],
    ]);
  });
});

describe('serveAppProtocol', () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'ordo-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body{margin:0}');

  const handle = vi.fn();
  serveAppProtocol({ handle } as unknown as Protocol, rendererDir);
  const serve = handle.mock.calls[0]?.[1] as (request: { url: string; method: string }) => Promise<Response>;

  it('handles the app scheme', () => {
    expect(handle.mock.calls[0]?.[0]).toBe('app');
  });

  it('serves index.html from the renderer folder with the CSP', async () => {
    const response = await serve({ url: 'app://ordo/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('<!doctype html><div id="root"></div>');
  });

  it('serves CSS with its content type', async () => {
    const response = await serve({ url: 'app://ordo/assets/app.css', method: 'GET' });
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await response.text()).toBe('body{margin:0}');
  });

  it('answers 404 for a missing file and 403 for traversal', async () => {
    expect((await serve({ url: 'app://ordo/assets/nope.js', method: 'GET' })).status).toBe(404);
    expect((await serve({ url: 'app://ordo/%2e%2e/%2e%2e/etc/passwd', method: 'GET' })).status).toBe(403);
  });
});
