// The decisions of prepare-native.mjs, kept pure so they are tested: node-gyp's arguments and environment,
// when an existing build can be kept, and how a failure is told to the user in one sentence.
import { describeAbi, type ModuleAbi } from '../../electron/shell/nativeBinding';

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

const PREFIX = 'Cannot prepare the database module for Electron:';

export const OFFLINE_MESSAGE =
  `${PREFIX} Electron's headers must be downloaded from the internet and this machine is offline. ` +
  'Use `npm run web` to run Ordo in a browser instead.';

export const COMPILE_FAILED_MESSAGE =
  `${PREFIX} compiling better-sqlite3 failed (see the compiler output above); ` +
  'install Python 3 and a C++ compiler, then run npm start again.';

export function wrongAbiMessage(found: ModuleAbi, expected: number): string {
  return (
    `${PREFIX} the build produced a module for ${describeAbi(found)} instead of Electron (ABI ${expected}); ` +
    "check that npm's nodedir setting does not point node-gyp at Node's headers, then run npm start again."
  );
}

/** The headers tarball node-gyp fetches; probing it first turns a long network timeout into a quick answer. */
export function headersTarballUrl(electronVersion: string): string {
  return `${ELECTRON_HEADERS_URL}/v${electronVersion}/node-v${electronVersion}-headers.tar.gz`;
}

export function nodeGypArgs(options: { electronVersion: string; devDir: string }): string[] {
  return [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${options.electronVersion}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
    `--devdir=${options.devDir}`,
  ];
}

/** npm settings node-gyp may still honour: network access and the local toolchain. */
const keptNpmSettings = new Set([
  'proxy',
  'https_proxy',
  'http_proxy',
  'noproxy',
  'cafile',
  'strict_ssl',
  'python',
  'msvs_version',
  'jobs',
]);

/**
 * node-gyp lets `npm_config_*` variables override its command line, so `nodedir=/usr` (or a stray target or
 * dist-url) from .npmrc would silently build against Node's headers. Only network and toolchain settings pass.
 */
export function nodeGypEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    const npmSetting = /^npm_config_(.*)$/i.exec(key)?.[1];
    if (npmSetting !== undefined && !keptNpmSettings.has(npmSetting.toLowerCase().replaceAll('-', '_')))
      continue;
    if (/^npm_package_config_node_gyp_/i.test(key)) continue;
    result[key] = value;
  }
  return result;
}

/** Whether a proxy is configured; then a direct probe says nothing about node-gyp's own access. */
export function hasProxy(env: NodeJS.ProcessEnv): boolean {
  return [
    'HTTPS_PROXY',
    'https_proxy',
    'HTTP_PROXY',
    'http_proxy',
    'npm_config_proxy',
    'npm_config_https_proxy',
  ].some((key) => Boolean(env[key]));
}

const downloadFailurePatterns = [
  /ENOTFOUND/,
  /EAI_AGAIN/,
  /ECONNREFUSED/,
  /ECONNRESET/,
  /ETIMEDOUT/,
  /ENETUNREACH/,
  /EHOSTUNREACH/,
  /getaddrinfo/i,
  /socket hang up/i,
  /request to https?:\/\/\S+ failed/i,
  /tunneling socket could not be established/i,
  /\b(?:403|404|5\d\d)\b.*headers/i,
];

export function isDownloadFailure(output: string): boolean {
  return downloadFailurePatterns.some((pattern) => pattern.test(output));
}

/** One sentence for a failed node-gyp run: offline, or a compile problem whose details were printed above. */
export function explainNodeGypFailure(output: string): string {
  return isDownloadFailure(output) ? OFFLINE_MESSAGE : COMPILE_FAILED_MESSAGE;
}

export interface BuildStamp {
  electronVersion: string;
  betterSqlite3Version: string;
}

/** An existing binary is kept only if its ABI is Electron's and it was built from the same versions. */
export function canReuseBuild(options: {
  existingAbi: ModuleAbi | undefined;
  expectedAbi: number;
  stamp: BuildStamp | null;
  wanted: BuildStamp;
}): boolean {
  const { existingAbi, expectedAbi, stamp, wanted } = options;
  return (
    existingAbi === expectedAbi &&
    stamp !== null &&
    stamp.electronVersion === wanted.electronVersion &&
    stamp.betterSqlite3Version === wanted.betterSqlite3Version
  );
}
