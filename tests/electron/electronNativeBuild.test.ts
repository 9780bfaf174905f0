// The pure parts of build/scripts/prepare-native.mjs.
import { describe, expect, it } from 'vitest';
import {
  COMPILE_FAILED_MESSAGE,
  OFFLINE_MESSAGE,
  canReuseBuild,
  explainNodeGypFailure,
  hasProxy,
  headersTarballUrl,
  nodeGypArgs,
  nodeGypEnv,
  wrongAbiMessage,
} from '../../build/scripts/electronNativeBuild';

const offlineOutput = [
  'gyp info using node-gyp@12.4.0',
  'gyp http GET https://electronjs.org/headers/v45.5.0/node-v45.5.0-headers.tar.gz',
  'gyp WARN install got an error, rolling back install',
  'gyp ERR! stack FetchError: request to https://electronjs.org/headers/v45.5.0/node-v45.5.0-headers.tar.gz failed, reason: getaddrinfo ENOTFOUND electronjs.org',
  'gyp ERR! not ok',
].join('\n');

const compileOutput = [
  'gyp info spawn make',
  '../src/better_sqlite3.cpp:12:10: fatal error: sqlite3.h: No such file or directory',
  'make: *** [better_sqlite3.target.mk:120: Release/obj.target/better_sqlite3/src/better_sqlite3.o] Error 1',
  'gyp ERR! build error',
].join('\n');

describe('explainNodeGypFailure', () => {
  it('turns a headers download failure into the one offline sentence', () => {
    expect(explainNodeGypFailure(offlineOutput)).toBe(OFFLINE_MESSAGE);
    expect(explainNodeGypFailure('Error: connect ETIMEDOUT 104.21.0.1:443')).toBe(OFFLINE_MESSAGE);
    expect(explainNodeGypFailure('tunneling socket could not be established')).toBe(OFFLINE_MESSAGE);
  });

  it('blames the compiler for anything else', () => {
    expect(explainNodeGypFailure(compileOutput)).toBe(COMPILE_FAILED_MESSAGE);
  });

  it('says each in one sentence that ends by saying what to do', () => {
    expect(OFFLINE_MESSAGE).toBe(
      "Cannot prepare the database module for Electron: Electron's headers must be downloaded from the internet and this machine is offline. Use `npm run web` to run Ordo in a browser instead.",
    );
    expect(OFFLINE_MESSAGE).not.toMatch(/\n|at .*\(/);
    expect(COMPILE_FAILED_MESSAGE).toMatch(/run npm start again\.$/);
  });
});

describe('wrongAbiMessage', () => {
  it('names both ABIs and the likely cause', () => {
    expect(wrongAbiMessage(115, 150)).toContain('a module for Node (ABI 115) instead of Electron (ABI 150)');
    expect(wrongAbiMessage(115, 150)).toContain('nodedir');
    expect(wrongAbiMessage(null, 150)).toContain('a module for no known runtime');
  });
});

describe('node-gyp invocation', () => {
  it('targets Electron with its headers, never /usr', () => {
    const args = nodeGypArgs({ electronVersion: '45.5.0', devDir: '/home/me/.electron-gyp' });
    expect(args).toEqual([
      'rebuild',
      '--release',
      '--runtime=electron',
      '--target=45.5.0',
      '--dist-url=https://electronjs.org/headers',
      '--devdir=/home/me/.electron-gyp',
    ]);
    expect(args.some((arg) => arg.startsWith('--nodedir'))).toBe(false);
  });

  it("drops npm settings that would override node-gyp's command line, keeps network and toolchain ones", () => {
    const env = nodeGypEnv({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      npm_config_target: '20.20.2',
      npm_config_runtime: 'node',
      npm_config_dist_url: 'https://nodejs.org/dist',
      npm_config_devdir: '/tmp/x',
      npm_package_config_node_gyp_nodedir: '/usr',
      npm_config_https_proxy: 'http://proxy:3128',
      npm_config_python: '/usr/bin/python3',
      HTTPS_PROXY: 'http://proxy:3128',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      npm_config_https_proxy: 'http://proxy:3128',
      npm_config_python: '/usr/bin/python3',
      HTTPS_PROXY: 'http://proxy:3128',
    });
  });

  it('probes the exact headers tarball node-gyp will fetch', () => {
    expect(headersTarballUrl('45.5.0')).toBe(
      'https://electronjs.org/headers/v45.5.0/node-v45.5.0-headers.tar.gz',
    );
  });

  it('trusts node-gyp over a direct probe when a proxy is configured', () => {
    expect(hasProxy({ https_proxy: 'http://proxy:3128' })).toBe(true);
    expect(hasProxy({ PATH: '/usr/bin' })).toBe(false);
  });
});

describe('canReuseBuild', () => {
  const wanted = { electronVersion: '45.5.0', betterSqlite3Version: '12.11.1' };

  it('keeps a binary with Electron’s ABI built from the same versions', () => {
    expect(canReuseBuild({ existingAbi: 150, expectedAbi: 150, stamp: wanted, wanted })).toBe(true);
  });

  it('rebuilds a Node-ABI binary, a missing one, or one from other versions', () => {
    expect(canReuseBuild({ existingAbi: 115, expectedAbi: 150, stamp: wanted, wanted })).toBe(false);
    expect(canReuseBuild({ existingAbi: undefined, expectedAbi: 150, stamp: wanted, wanted })).toBe(false);
    expect(canReuseBuild({ existingAbi: 150, expectedAbi: 150, stamp: null, wanted })).toBe(false);
    expect(
      canReuseBuild({
        existingAbi: 150,
        expectedAbi: 150,
        stamp: { ...wanted, betterSqlite3Version: '12.0.0' },
        wanted,
      }),
    ).toBe(false);
  });
});
