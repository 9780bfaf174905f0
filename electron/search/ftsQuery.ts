// Turns what a user typed into a safe search: an FTS5 trigram phrase for 3+ characters, a LIKE prefix otherwise.

export type TextSearch = { kind: 'none' } | { kind: 'fts'; match: string } | { kind: 'prefix'; like: string };

export function textSearch(raw: string): TextSearch {
  // A NUL would end the FTS5 query string early ("unterminated string"); it never helps a search.
  const term = raw.replace(/\0/g, ' ').trim().replace(/\s+/g, ' ');
  if (term === '') return { kind: 'none' };
  // The trigram tokenizer matches any substring of three or more characters; shorter terms fall back to a prefix.
  if ([...term].length >= 3) return { kind: 'fts', match: `"${term.replace(/"/g, '""')}"` };
  return { kind: 'prefix', like: `${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
}
