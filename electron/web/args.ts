// The command line of `npm run web`, parsed without side effects (the CLI acts on the result).

export const DEFAULT_PORT = 5178;

export const USAGE = `Usage: npm run web -- [--file PATH | --demo] [--port N] [--token T]

  --file PATH   open the company file at PATH, or offer to create it there when it does not exist yet
  --demo        open the demo company (created with sample data the first time)
  --port N      port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks any free port)
  --token T     access token for the page and the API (default: ORDO_WEB_TOKEN, else a random one)
  --help        show this help

Environment:
  ORDO_APP_DATA           data folder (default: the OS application-data folder + Ordo)
  ORDO_WEB_TOKEN          access token when --token is not given
  ORDO_WEB_RENDERER_DIR   serve this renderer build instead of out/renderer (built when missing)`;

export interface WebArgs {
  file: string | null;
  demo: boolean;
  port: number;
  token: string | null;
}

export type ParsedArgs =
  { kind: 'run'; args: WebArgs } | { kind: 'help' } | { kind: 'error'; message: string };

/** A token travels in a URL and an HTTP header: URL-safe characters only, and not trivially short. */
export const TOKEN_PATTERN = /^[A-Za-z0-9._~-]{16,256}$/;

const valued = new Set(['--file', '--port', '--token']);

export function parseWebArgs(argv: readonly string[]): ParsedArgs {
  const args: WebArgs = { file: null, demo: false, port: DEFAULT_PORT, token: null };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const raw = argv[i] ?? '';
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const name = eq === -1 ? raw : raw.slice(0, eq);
    if (name === '--help' || name === '-h') return { kind: 'help' };
    if (name === '--demo') {
      if (eq !== -1) return { kind: 'error', message: '--demo takes no value' };
      args.demo = true;
      continue;
    }
    if (!valued.has(name)) return { kind: 'error', message: `Unknown argument: ${raw}` };
    if (seen.has(name)) return { kind: 'error', message: `${name} is given twice` };
    seen.add(name);
    let value: string | undefined;
    if (eq !== -1) value = raw.slice(eq + 1);
    else {
      value = argv[i + 1];
      i += 1;
    }
    if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) {
      return { kind: 'error', message: `${name} needs a value` };
    }
    if (name === '--file') {
      if (!value.toLowerCase().endsWith('.ordo')) {
        return { kind: 'error', message: `--file: a company file name ends with .ordo (got ${value})` };
      }
      args.file = value;
    } else if (name === '--port') {
      if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
        return { kind: 'error', message: `--port must be a number from 0 to 65535 (got ${value})` };
      }
      args.port = Number(value);
    } else {
      const problem = tokenProblem(value);
      if (problem) return { kind: 'error', message: `--token ${problem}` };
      args.token = value;
    }
  }
  if (args.file !== null && args.demo)
    return { kind: 'error', message: 'Use either --file or --demo, not both' };
  return { kind: 'run', args };
}

/** Why a token cannot be used, or null when it can. */
export function tokenProblem(token: string): string | null {
  return TOKEN_PATTERN.test(token)
    ? null
    : 'must be 16 to 256 characters of letters, digits and . _ ~ - (it goes into a URL)';
}
