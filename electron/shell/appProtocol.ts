// Serving app://ordo/… from the built renderer folder: URL → file path (refusing any escape from the folder),
// content type, CSP on HTML. No electron here; electron/app/protocol.ts wraps the answer in a Response.
import { extname, isAbsolute, join, relative } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { APP_HOST, APP_SCHEME } from './trustedUrl';

export type AppPathResult = { ok: true; filePath: string } | { ok: false; status: 400 | 403 };

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
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

const appUrlPattern = new RegExp(`^${APP_SCHEME}://${APP_HOST}(?=[/?#]|$)([^?#]*)`, 'i');
const forbidden: AppPathResult = { ok: false, status: 403 };

/** Backslashes, NUL, a leading `//`, `.` or `..` segments and drive letters can all reach outside the folder. */
function isEscapeAttempt(decodedPath: string, segments: string[]): boolean {
  if (/[\\\0]/.test(decodedPath) || decodedPath.startsWith('//')) return true;
  return segments.some((s) => s === '..' || s === '.' || /^[a-z]:$/i.test(s));
}

/**
 * Maps a request URL to a file under `root`. The raw path is checked before any normalisation, so
 * `..`, `%2e%2e`, backslashes, drive letters and NUL are refused (403) instead of being silently folded away.
 */
export function resolveAppPath(url: string, root: string): AppPathResult {
  const match = appUrlPattern.exec(url);
  if (!match) return forbidden;
  let decoded: string;
  try {
    decoded = decodeURIComponent(match[1] || '/');
  } catch {
    return { ok: false, status: 400 };
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (isEscapeAttempt(decoded, segments)) return forbidden;
  const filePath = join(root, ...(segments.length === 0 ? ['index.html'] : segments));
  const inside = relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return forbidden;
  return { ok: true, filePath };
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

function textResponse(status: number, text: string): AppResponse {
  return {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    body: new TextEncoder().encode(text),
  };
}

/**
 * Answers one app:// request. A missing path without a file extension gets index.html, so a reload on a
 * client-side route still shows the app; a missing asset is a plain 404.
 */
export async function serveAppRequest(
  request: { url: string; method: string },
  root: string,
  readFile: ReadFile,
): Promise<AppResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
  const resolved = resolveAppPath(request.url, root);
  if (!resolved.ok) {
    return textResponse(resolved.status, resolved.status === 400 ? 'Bad request' : 'Forbidden');
  }
  const candidates =
    extname(resolved.filePath) === '' ? [resolved.filePath, join(root, 'index.html')] : [resolved.filePath];
  for (const filePath of candidates) {
    try {
      const body = await readFile(filePath);
      const type = contentTypeOf(filePath);
      const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
      if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
      return { status: 200, headers, body: request.method === 'HEAD' ? null : body };
    } catch (error) {
      if (!isMissingFile(error)) throw error;
    }
  }
  return textResponse(404, 'Not found');
}
