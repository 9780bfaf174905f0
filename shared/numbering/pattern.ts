// Number-series patterns like INV-{YYYY}-{#####}: validation and formatting, as data-driven rules.

export interface PatternParts {
  year: number;
  counter: number;
}

const tokens: Record<string, (p: PatternParts) => string> = {
  '{YYYY}': (p) => String(p.year).padStart(4, '0'),
  '{YY}': (p) => String(p.year % 100).padStart(2, '0'),
};

const counterToken = /\{(#+)\}/g;
const allowedLiteral = /^[A-Za-z0-9\-_/. ]*$/;

/** Returns a message explaining what is wrong with a pattern, or null when it is usable. */
export function patternProblem(pattern: string): string | null {
  const counters = pattern.match(counterToken) ?? [];
  if (counters.length !== 1) return 'A pattern needs exactly one counter, like {#####}';
  const counter = counters[0] ?? '';
  if (counter.length - 2 > 9) return 'The counter can have at most 9 digits';
  let rest = pattern.replace(counterToken, '');
  for (const token of Object.keys(tokens)) rest = rest.split(token).join('');
  if (rest.includes('{') || rest.includes('}')) return 'Unknown placeholder: use {YYYY}, {YY} and {#####}';
  if (!allowedLiteral.test(rest))
    return 'Use letters, digits, dashes, slashes, dots or spaces around the placeholders';
  return null;
}

export function usesYear(pattern: string): boolean {
  return pattern.includes('{YYYY}') || pattern.includes('{YY}');
}

export function formatNumber(pattern: string, parts: PatternParts): string {
  let out = pattern.replace(counterToken, (_m, hashes: string) =>
    String(parts.counter).padStart(hashes.length, '0'),
  );
  for (const [token, render] of Object.entries(tokens)) out = out.split(token).join(render(parts));
  return out;
}
