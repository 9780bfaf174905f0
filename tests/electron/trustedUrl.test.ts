import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, isSafeExternalUrl } from '../../electron/shell/trustedUrl';

describe('isAppUrl', () => {
  it.each([
    'app://ordo/index.html',
    'app://ordo/',
    'app://ordo/assets/index.js',
    'app://ordo/index.html#/customers/1',
    APP_ENTRY_URL,
  ])('trusts %s', (url) => expect(isAppUrl(url)).toBe(true));

  it.each([
    'https://evil.example/',
    'http://ordo/',
    'file:///work/out/renderer/index.html',
    'app://evil/index.html',
    'app://ordo.evil.example/',
    'app://user@ordo/',
    'app://ordo:8080/',
    'devtools://devtools/',
    'about:blank',
    '',
    'not a url',
  ])('does not trust %s', (url) => expect(isAppUrl(url)).toBe(false));

  it('does not trust a missing URL', () => {
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts plain https links', () => {
    expect(isSafeExternalUrl('https://example.com/help?topic=vat')).toBe(true);
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'app://ordo/index.html',
    'https://user:secret@example.com/',
    'mailto:someone@example.com',
    '',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});
