// A tiny hash router: the URL is "#/customers/12", so back/forward and reloads work under app:// and http://.
import { useSyncExternalStore } from 'react';

function currentPath(): string {
  const raw = window.location.hash.replace(/^#/, '');
  return raw.startsWith('/') ? raw : `/${raw}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current path without the leading "#", e.g. "/customers/12". */
export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const target = `#${path}`;
  if (options.replace) {
    window.location.replace(target);
  } else if (window.location.hash !== target) {
    window.location.hash = target;
  }
}

export function hrefOf(path: string): string {
  return `#${path}`;
}

/** Splits "/customers/12" into ["customers", "12"]; query strings are not used. */
export function segmentsOf(path: string): string[] {
  return path.split('/').filter((part) => part.length > 0);
}

/** A positive record id from a path segment, or null when the segment is not one. */
export function idOf(segment: string | undefined): number | null {
  if (segment === undefined || !/^[1-9]\d{0,15}$/.test(segment)) return null;
  const n = Number(segment);
  return Number.isSafeInteger(n) ? n : null;
}
