// Locks every window down: isolated sandboxed renderer, our CSP on every response, no new windows, no navigation
// away from app://ordo, no permissions, no <webview>. The decisions live in electron/shell (tested without Electron).
import { shell, type App, type Session, type WebContents, type WebPreferences } from 'electron';
import { withContentSecurityPolicy } from '../shell/contentSecurityPolicy';
import { isAppUrl, isSafeExternalUrl } from '../shell/trustedUrl';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

function openExternally(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

type HardenableContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

export function hardenWebContents(contents: HardenableContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}

/** Applies hardenWebContents to every web contents the app ever creates, not only the main window. */
export function installWebContentsGuards(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
