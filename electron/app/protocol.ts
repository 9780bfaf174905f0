// app://ordo/… serves the built renderer (out/renderer, inside the asar when packaged). A custom standard scheme
// gives the page a real origin for CSP 'self' and the IPC sender check, without file://'s extra powers.
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { serveAppRequest } from '../shell/appProtocol';
import { APP_SCHEME } from '../shell/trustedUrl';

/** Must run before app 'ready': privileges can only be granted to a scheme at start-up. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await serveAppRequest(request, rendererDir, readFile);
    return new Response(answer.body === null ? null : Buffer.from(answer.body), {
      status: answer.status,
      headers: answer.headers,
    });
  });
}
