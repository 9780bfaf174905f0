import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  withContentSecurityPolicy,
} from '../../electron/shell/contentSecurityPolicy';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const parsed = directives(CONTENT_SECURITY_POLICY);

  it('allows only the app itself by default and for scripts', () => {
    expect(parsed.get('default-src')).toEqual(["'self'"]);
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(parsed.get('connect-src')).toEqual(["'self'"]);
  });

  it('shuts plugins, base rewriting, framing and form posts', () => {
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
    expect(parsed.get('form-action')).toEqual(["'none'"]);
  });

  it('has no eval, no inline script and no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(parsed.get('script-src')).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    const sources = [...parsed.values()].flat();
    expect(sources.every((source) => ["'self'", "'none'", 'data:', 'blob:'].includes(source))).toBe(true);
  });

  it('lets images come from data: and blob: URLs (previews, generated charts)', () => {
    expect(parsed.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the policy when the response has none', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('drops a weaker policy in any letter case and keeps other headers', () => {
    const result = withContentSecurityPolicy({
      'CONTENT-SECURITY-POLICY': "script-src 'unsafe-eval'",
      'Content-Type': 'text/html',
    });
    expect(result).toEqual({
      'Content-Type': 'text/html',
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});
