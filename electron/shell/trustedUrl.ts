// Which URLs the app trusts: its own app:// origin, and https links it may hand to the OS browser.

export const APP_SCHEME = 'app';
export const APP_HOST = 'ordo';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for app://ordo/… exactly: no credentials or port that could disguise another origin. */
export function isAppUrl(url: unknown): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Only https links without embedded credentials may be opened in the OS browser; http, file:, custom schemes never. */
export function isSafeExternalUrl(url: unknown): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  return (
    parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
  );
}
