// The window's security settings, with a mocked electron: isolation, sandbox, navigation, popups, permissions.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents } from 'electron';

const shell = vi.hoisted(() => ({ openExternal: vi.fn(async () => undefined) }));
vi.mock('electron', () => ({ shell }));

import {
  hardenSession,
  hardenWebContents,
  installWebContentsGuards,
  secureWebPreferences,
} from '../../electron/app/security';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell/contentSecurityPolicy';

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => {
      openHandler = handler;
    }),
    on: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, listener);
      return contents;
    }),
  };
  const navigation = (event: string, url: string) => {
    const e = { url, preventDefault: vi.fn() };
    listeners.get(event)?.(e);
    return e.preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as WebContents,
    listeners,
    openWindow: (url: string) => openHandler?.({ url }),
    isNavigationPrevented: (url: string) => navigation('will-navigate', url),
    isRedirectPrevented: (url: string) => navigation('will-redirect', url),
  };
}

beforeEach(() => shell.openExternal.mockClear());

describe('webPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/preload.cjs');

  it('isolates and sandboxes the renderer without Node', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.spellcheck).toBe(false);
  });

  it('sets the preload path it was given', () => {
    expect(prefs.preload).toBe('/app/out/preload/preload.cjs');
  });
});

describe('hardenWebContents', () => {
  it('denies every window.open and opens only https links in the OS browser', () => {
    const f = fakeContents();
    hardenWebContents(f.contents);
    expect(f.openWindow('https://example.com/help')).toEqual({ action: 'deny' });
    expect(f.openWindow('http://example.com/')).toEqual({ action: 'deny' });
    expect(f.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(f.openWindow('app://ordo/index.html')).toEqual({ action: 'deny' });
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/help']]);
  });

  it('prevents navigation away from app://ordo and lets in-app navigation through', () => {
    const f = fakeContents();
    hardenWebContents(f.contents);
    expect(f.isNavigationPrevented('https://evil.example/')).toBe(true);
    expect(f.isNavigationPrevented('http://evil.example/')).toBe(true);
    expect(f.isNavigationPrevented('file:///etc/passwd')).toBe(true);
    expect(f.isNavigationPrevented('app://other/index.html')).toBe(true);
    expect(f.isNavigationPrevented('app://ordo/index.html#/customers')).toBe(false);
    expect(f.isRedirectPrevented('https://evil.example/')).toBe(true);
    expect(f.isRedirectPrevented('app://ordo/index.html')).toBe(false);
  });

  it('refuses to attach a <webview>', () => {
    const f = fakeContents();
    hardenWebContents(f.contents);
    const event = { preventDefault: vi.fn() };
    f.listeners.get('will-attach-webview')?.(event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('is applied to every web contents the app creates', () => {
    const on = vi.fn();
    installWebContentsGuards({ on } as unknown as Pick<App, 'on'>);
    expect(on.mock.calls[0]?.[0]).toBe('web-contents-created');
    const f = fakeContents();
    (on.mock.calls[0]?.[1] as Listener)({}, f.contents);
    expect(f.contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect([...f.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
  });
});

describe('hardenSession', () => {
  function hardened() {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    };
    hardenSession(session as unknown as Session);
    return session;
  }

  it('denies every permission request and check', () => {
    const session = hardened();
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback.mock.calls).toEqual([[false]]);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    expect(check(null, 'media', 'app://ordo', {})).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'app://ordo', {})).toBe(false);
  });

  it('puts our CSP on responses, replacing any other', () => {
    const session = hardened();
    const listener = session.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (
      details: { responseHeaders?: Record<string, string[]> },
      callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    listener(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      callback,
    );
    expect(callback.mock.calls[0]?.[0]).toEqual({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});
