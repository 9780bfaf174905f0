// The browser shell's HTTP server (dev/test only, never packaged): the built renderer plus the contract at
// POST /api/<method>, for one local user. It listens on 127.0.0.1 only and trusts nothing else:
// - every API call and the event stream need the per-launch token (Authorization: Bearer, compared in
//   constant time); the page gets it once in its URL;
// - a Host header other than 127.0.0.1:PORT / localhost:PORT is refused (DNS rebinding);
// - static files come only from rendererDir (no traversal, no listings), HTML with the app's CSP.
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CallResult } from '../../shared/contract';
import { httpStatusOf, OrdoError, type ErrorCode } from '../../shared/errors';
import type { Dispatcher } from '../dispatch';
import { CONTENT_SECURITY_POLICY } from '../shell/contentSecurityPolicy';
import type { EventHub, WebEvent } from './events';

export const BRIDGE_PATH = '/ordo-web-bridge.js';
export const BRIDGE_SCRIPT_TAG = '<script src="./ordo-web-bridge.js"></script>';
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** On every call's reply: the sequence number of the last event emitted (see events.ts). */
export const EVENT_SEQ_HEADER = 'X-Ordo-Event-Seq';
/** A client that keeps sending past the limit is cut off after this much (the 413 is sent once it stops). */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;
const HEARTBEAT_MS = 15_000;

export const bridgeFile = fileURLToPath(new URL('./bridge.js', import.meta.url));

export interface WebServerOptions {
  services: Dispatcher;
  /** Where services emit: createServices({ emit: events.emit }). */
  events: EventHub;
  token: string;
  /** 0 picks any free port. */
  port: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
}

export interface WebServer {
  /** The page address with its token: http://127.0.0.1:PORT/?token=… */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export function contentTypeOf(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Puts the bridge before the app's first script (the module script Vite emits), else at the end of <head>. */
export function injectBridge(html: string): string {
  const firstScript = html.search(/<script\b/i);
  if (firstScript !== -1)
    return `${html.slice(0, firstScript)}${BRIDGE_SCRIPT_TAG}\n    ${html.slice(firstScript)}`;
  const headEnd = html.search(/<\/head>/i);
  if (headEnd !== -1) return `${html.slice(0, headEnd)}  ${BRIDGE_SCRIPT_TAG}\n  ${html.slice(headEnd)}`;
  return `${BRIDGE_SCRIPT_TAG}\n${html}`;
}

/** Whether `filePath` lies strictly inside `dir` (both absolute). */
function isInside(dir: string, filePath: string): boolean {
  const rel = relative(dir, filePath);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Constant-time token check (hashing first makes the lengths equal, so the length does not leak either). */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  return timingSafeEqual(digest(expected), digest(given));
}

function bearerOf(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
} as const;

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string>,
  headOnly = false,
): void {
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...baseHeaders, 'Content-Length': String(payload.length), ...headers });
  res.end(headOnly ? undefined : payload);
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void {
  send(res, status, `${text}\n`, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extra,
  });
}

function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  extra: Record<string, string> = {},
): void {
  send(res, status, JSON.stringify(value), {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extra,
  });
}

function failure(code: ErrorCode, message: string): CallResult {
  return { ok: false, error: new OrdoError(code, message).toJSON() };
}

function sendFailure(
  res: ServerResponse,
  code: ErrorCode,
  message: string,
  extra: Record<string, string> = {},
): void {
  sendJson(res, httpStatusOf[code], failure(code, message), extra);
}

type BodyResult = { ok: true; text: string } | { ok: false; tooLarge: true } | { ok: false; tooLarge: false };

/** Reads the body up to `limit` bytes; past it, keeps draining (without storing) so the client hears the 413. */
function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolvePromise) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        if (size > MAX_DRAIN_BYTES) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      resolvePromise(
        tooLarge ? { ok: false, tooLarge: true } : { ok: true, text: Buffer.concat(chunks).toString('utf8') },
      );
    });
    req.on('error', () => resolvePromise({ ok: false, tooLarge: false }));
    req.on('close', () => resolvePromise({ ok: false, tooLarge: false }));
  });
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { services, events, token } = options;
  const rendererDir = resolve(options.rendererDir);
  const realRendererDir = realpathSync(rendererDir); // a symlink inside must not lead outside either
  const bridgeSource = readFileSync(bridgeFile);
  const streams = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  let port = options.port;

  function hostAllowed(req: IncomingMessage): boolean {
    const host = req.headers.host?.toLowerCase();
    return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (!tokenMatches(token, bearerOf(req))) {
      sendFailure(res, 'UNAUTHORIZED', 'A valid access token is required (Authorization: Bearer <token>).', {
        'WWW-Authenticate': 'Bearer',
      });
      return;
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (!body.ok) {
      if (body.tooLarge) {
        sendJson(
          res,
          413,
          failure('VALIDATION', `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`),
          {
            Connection: 'close',
          },
        );
      }
      return;
    }
    let input: unknown;
    if (body.text.trim() === '') input = undefined;
    else {
      try {
        input = JSON.parse(body.text);
      } catch {
        sendFailure(res, 'VALIDATION', 'The request body is not valid JSON.');
        return;
      }
    }
    const result = await services.dispatch(method, input);
    const seq = { [EVENT_SEQ_HEADER]: String(events.seq) }; // events emitted so far, this call's included
    if (result.ok) sendJson(res, 200, result, seq);
    else sendJson(res, httpStatusOf[result.error.code] ?? 500, result, seq);
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse, query: URLSearchParams): void {
    if (!tokenMatches(token, query.get('token') ?? bearerOf(req))) {
      sendFailure(res, 'UNAUTHORIZED', 'A valid access token is required (?token=…).');
      return;
    }
    res.writeHead(200, {
      ...baseHeaders,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // retry: how soon EventSource reconnects after a drop. 'ready' tells the client it is subscribed and from
    // which sequence number on it will hear events (subscribing and reading seq happen in the same tick).
    streams.add(res);
    const unsubscribe = events.subscribe((event: WebEvent) => {
      res.write(`id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`);
    });
    res.write(`retry: 2000\n: connected\n\nevent: ready\ndata: ${JSON.stringify({ seq: events.seq })}\n\n`);
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const stop = () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    };
    req.on('close', stop);
    res.on('close', stop);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const headOnly = req.method === 'HEAD';
    if (pathname === BRIDGE_PATH) {
      send(
        res,
        200,
        bridgeSource,
        { 'Content-Type': contentTypeOf(bridgeFile), 'Cache-Control': 'no-store' },
        headOnly,
      );
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      sendText(res, 400, 'Bad request');
      return;
    }
    const segments = decoded.split(/[/\\]/);
    if (decoded.includes('\0') || segments.some((s) => s === '..' || s === '.')) {
      sendText(res, 403, 'Forbidden');
      return;
    }
    const relativePath = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const filePath = resolve(rendererDir, relativePath);
    if (!isInside(rendererDir, filePath)) {
      sendText(res, 403, 'Forbidden');
      return;
    }
    const info = await stat(filePath).catch(() => null);
    if (!info?.isFile() || !isInside(realRendererDir, await realpath(filePath))) {
      // Browsers ask for a favicon on their own; the app has none, and a 404 would only add console noise.
      if (decoded === '/favicon.ico') send(res, 204, '', { 'Cache-Control': 'max-age=86400' }, true);
      else sendText(res, 404, 'Not found');
      return;
    }
    const type = contentTypeOf(filePath);
    if (type.startsWith('text/html')) {
      const html = injectBridge(await readFile(filePath, 'utf8'));
      send(
        res,
        200,
        html,
        {
          'Content-Type': type,
          'Cache-Control': 'no-store',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        },
        headOnly,
      );
      return;
    }
    send(res, 200, await readFile(filePath), { 'Content-Type': type, 'Cache-Control': 'no-cache' }, headOnly);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req)) {
      sendText(res, 403, 'Forbidden: this server answers only to 127.0.0.1 and localhost');
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      sendText(res, 400, 'Bad request');
      return;
    }
    // Keep the raw path: new URL() already resolved dot segments, which would hide a traversal attempt.
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    if (!rawPath.startsWith('/')) {
      sendText(res, 400, 'Bad request');
      return;
    }
    if (rawPath === '/api' || rawPath.startsWith('/api/')) {
      const name = rawPath.slice('/api/'.length);
      if (name === 'events') {
        if (req.method !== 'GET') {
          sendJson(res, 405, failure('VALIDATION', 'Use GET for the event stream.'), { Allow: 'GET' });
          return;
        }
        handleEvents(req, res, url.searchParams);
        return;
      }
      if (req.method !== 'POST') {
        sendJson(res, 405, failure('VALIDATION', 'Contract calls use POST.'), { Allow: 'POST' });
        return;
      }
      let method: string;
      try {
        method = decodeURIComponent(name);
      } catch {
        method = name;
      }
      await handleCall(req, res, method);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    await handleStatic(req, res, rawPath);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[ordo web] request failed:', error);
      if (!res.headersSent) sendFailure(res, 'INTERNAL', 'Something went wrong inside Ordo’s web shell.');
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    const onError = (error: Error) => rejectListen(error);
    server.once('error', onError);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', onError);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    origin,
    port,
    close() {
      closing ??= new Promise<void>((resolveClose) => {
        for (const stream of streams) stream.end();
        server.close(() => resolveClose());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
