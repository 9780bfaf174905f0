// A company file the OS asked us to open: double-clicking a .ordo file passes its path on the command line
// (Windows, Linux) — to the first instance, or to the running one through 'second-instance'.

/** The last argument that names a .ordo file; flags (Chromium's and ours) are never taken for a path. */
export function findCompanyFileArg(argv: readonly string[]): string | null {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i];
    if (arg && !arg.startsWith('-') && arg.toLowerCase().endsWith('.ordo')) return arg;
  }
  return null;
}
