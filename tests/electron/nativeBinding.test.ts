import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NativeBindingError,
  chooseNativeBinding,
  electronAbi,
  readModuleAbi,
  readModuleAbiFromFile,
  type ModuleAbi,
} from '../../electron/shell/nativeBinding';

const nodeBinary = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
const bytes = (text: string) => new Uint8Array(Buffer.from(`\x7fELF\0\0${text}\0\0more`, 'latin1'));

describe('readModuleAbi', () => {
  it('reads the ABI from the registration symbol', () => {
    expect(readModuleAbi(bytes('node_register_module_v150'))).toBe(150);
    expect(readModuleAbi(bytes('_node_register_module_v115'))).toBe(115);
  });

  it('tells a Node-API module apart from an unknown one', () => {
    expect(readModuleAbi(bytes('napi_register_module_v1'))).toBe('napi');
    expect(readModuleAbi(bytes('just some bytes'))).toBeNull();
    expect(readModuleAbi(new Uint8Array())).toBeNull();
  });

  it('reads a view into a larger buffer without looking outside it', () => {
    const whole = Buffer.from('node_register_module_v99|napi_register_module_v1', 'latin1');
    expect(readModuleAbi(whole.subarray(25))).toBe('napi');
  });

  it('reads the Node ABI from node_modules’ better-sqlite3 (left built for Node)', () => {
    expect(readModuleAbi(readFileSync(nodeBinary))).toBe(Number(process.versions.modules));
    expect(readModuleAbiFromFile(nodeBinary)).toBe(115);
  });
});

describe('electronAbi', () => {
  it("reads Electron's ABI from its npm package", () => {
    expect(electronAbi('node_modules/electron')).toBe(150);
  });
});

describe('chooseNativeBinding', () => {
  const path = '/app/build/native/electron/better_sqlite3.node';
  const choose = (options: { isElectron?: boolean; exists?: boolean; abi?: ModuleAbi; remedy?: string }) =>
    chooseNativeBinding({
      isElectron: options.isElectron ?? true,
      electronBindingPath: path,
      exists: () => options.exists ?? true,
      readAbi: () => (options.abi === undefined ? 150 : options.abi),
      expectedAbi: 150,
      ...(options.remedy ? { remedy: options.remedy } : {}),
    });

  it('uses node_modules’ build outside Electron', () => {
    expect(choose({ isElectron: false, exists: false, abi: 115 })).toBeUndefined();
  });

  it('returns the Electron build when its ABI is Electron’s, or when it is Node-API', () => {
    expect(choose({ abi: 150 })).toBe(path);
    expect(choose({ abi: 'napi' })).toBe(path);
  });

  it('refuses a Node build with a sentence that says what to do', () => {
    expect(() => choose({ abi: 115 })).toThrow(NativeBindingError);
    expect(() => choose({ abi: 115 })).toThrow(
      `The database module at ${path} was built for Node (ABI 115), not for Electron (ABI 150). Run npm start again to rebuild it.`,
    );
    expect(() => choose({ abi: 146 })).toThrow('was built for ABI 146, not for Electron (ABI 150)');
  });

  it('says so when the Electron build is missing or unreadable', () => {
    expect(() => choose({ exists: false })).toThrow(
      `The database module for Electron is missing at ${path}. Run npm start again to rebuild it.`,
    );
    expect(() => choose({ abi: null })).toThrow('is not a usable native module');
  });

  it('gives the packaged app its own remedy', () => {
    expect(() => choose({ exists: false, remedy: 'Reinstall Ordo to repair it.' })).toThrow(
      /Reinstall Ordo to repair it\.$/,
    );
  });
});
