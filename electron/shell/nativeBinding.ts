// Which better-sqlite3 binary to load. node_modules keeps the Node build (for tests); Electron needs its own
// build, whose ABI we read from the binary itself, because build tools can report success for a wrong one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** ABI number of a V8-API addon, 'napi' for an ABI-stable Node-API addon, null when it is neither. */
export type ModuleAbi = number | 'napi' | null;

const V8_MARKER = 'node_register_module_v';
const NAPI_MARKER = 'napi_register_module_v';

/** Finds the exported registration symbol (`node_register_module_v115`) in the addon's bytes. */
export function readModuleAbi(bytes: Uint8Array): ModuleAbi {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = buffer.indexOf(V8_MARKER, 0, 'latin1');
  if (at !== -1) {
    const digits = /^\d+/.exec(buffer.toString('latin1', at + V8_MARKER.length, at + V8_MARKER.length + 8));
    if (digits) return Number(digits[0]);
  }
  return buffer.indexOf(NAPI_MARKER, 0, 'latin1') !== -1 ? 'napi' : null;
}

export function readModuleAbiFromFile(filePath: string): ModuleAbi {
  return readModuleAbi(readFileSync(filePath));
}

/** Electron's ABI as its npm package states it (node_modules/electron/abi_version). */
export function electronAbi(electronPackageDir: string): number {
  const text = readFileSync(join(electronPackageDir, 'abi_version'), 'utf8').trim();
  const abi = Number(text);
  if (!Number.isInteger(abi) || abi <= 0) {
    throw new Error(`Unexpected Electron ABI "${text}" in ${electronPackageDir}`);
  }
  return abi;
}

/** NODE_MODULE_VERSION of Node 18 to 25: a binary with one of these was built against Node's headers. */
const nodeAbis: ReadonlySet<number> = new Set([108, 115, 127, 131, 137, 141]);

export function describeAbi(abi: ModuleAbi): string {
  if (abi === null) return 'no known runtime';
  if (abi === 'napi') return 'Node-API';
  return nodeAbis.has(abi) ? `Node (ABI ${abi})` : `ABI ${abi}`;
}

export class NativeBindingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NativeBindingError';
  }
}

export interface NativeBindingChoice {
  isElectron: boolean;
  electronBindingPath: string;
  exists: (filePath: string) => boolean;
  readAbi: (filePath: string) => ModuleAbi;
  expectedAbi: number;
  /** What the user should do about a bad binary; development and packaged app differ. */
  remedy?: string;
}

const DEFAULT_REMEDY = 'Run npm start again to rebuild it.';

/**
 * The binary for `new Database(path, { nativeBinding })`: undefined outside Electron (node_modules' build
 * is right there), the Electron build when its ABI matches, otherwise a NativeBindingError saying what to do.
 */
export function chooseNativeBinding(choice: NativeBindingChoice): string | undefined {
  if (!choice.isElectron) return undefined;
  const { electronBindingPath: path, expectedAbi } = choice;
  const remedy = choice.remedy ?? DEFAULT_REMEDY;
  if (!choice.exists(path)) {
    throw new NativeBindingError(`The database module for Electron is missing at ${path}. ${remedy}`);
  }
  const abi = choice.readAbi(path);
  if (abi === 'napi' || abi === expectedAbi) return path;
  if (abi === null) {
    throw new NativeBindingError(`The database module at ${path} is not a usable native module. ${remedy}`);
  }
  throw new NativeBindingError(
    `The database module at ${path} was built for ${describeAbi(abi)}, not for Electron (ABI ${expectedAbi}). ${remedy}`,
  );
}
