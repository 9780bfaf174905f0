// The Content-Security-Policy of every app page: only the app's own code, no eval, no remote origins.
// style-src has no 'unsafe-inline': Vite emits CSS files, and React's style props go through CSSOM, which CSP allows.

const directives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['frame-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY = directives.map(([name, value]) => `${name} ${value}`).join('; ');

export type ResponseHeaders = Record<string, string | string[]>;

/** Replaces any CSP a response brings (in whatever letter case) with ours. */
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined): ResponseHeaders {
  const result: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}
