// The preload's window.ordo, with a mocked contextBridge and ipcRenderer.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrdoApi } from '../../shared/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
}));
vi.mock('electron', () => electron);

await import('../../electron/app/preload');
const [exposedName, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, OrdoApi];

/** Calls invoke with names the type system would refuse, as a compromised page could. */
const invokeUntyped = api.invoke as (method: unknown, input: unknown) => Promise<unknown>;

beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset();
  electron.ipcRenderer.on.mockReset();
  electron.ipcRenderer.removeListener.mockReset();
});

describe('preload', () => {
  it('exposes exactly invoke and on as window.ordo, never ipcRenderer', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(exposedName).toBe('ordo');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('invoke sends the call on ordo:<method> and resolves with the value of an ok result', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({
      ok: true,
      value: { name: 'Ordo', version: '0.1.0', shell: 'electron' },
    });
    await expect(api.invoke('app.info', {})).resolves.toEqual({
      name: 'Ordo',
      version: '0.1.0',
      shell: 'electron',
    });
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([['ordo:app.info', {}]]);
  });

  it('invoke rejects with {code, message, details} of an error result', async () => {
    const error = {
      code: 'VALIDATION',
      message: 'path: A company file name ends with .ordo',
      details: { fields: [{ path: 'path', message: 'A company file name ends with .ordo' }] },
    };
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: false, error });
    await expect(api.invoke('company.open', { path: 'x.txt' })).rejects.toEqual(error);
  });

  it('invoke rejects an unknown method name without calling ipcRenderer', async () => {
    for (const name of ['company.dropAll', '__proto__', 'constructor', 42, null]) {
      await expect(invokeUntyped(name, {})).rejects.toMatchObject({ code: 'UNKNOWN_METHOD' });
    }
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('invoke turns a broken IPC channel into an INTERNAL error object', async () => {
    electron.ipcRenderer.invoke.mockRejectedValue(new Error("Error invoking remote method 'ordo:app.info'"));
    await expect(api.invoke('app.info', {})).rejects.toMatchObject({ code: 'INTERNAL', details: {} });
  });

  it('on passes only the payload to the listener and unsubscribes the same function', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('company.changed', listener);
    expect(electron.ipcRenderer.on).toHaveBeenCalledTimes(1);
    const [channel, forward] = electron.ipcRenderer.on.mock.calls[0] as [
      string,
      (...args: unknown[]) => void,
    ];
    expect(channel).toBe('ordo:event:company.changed');

    const ipcEvent = { sender: electron.ipcRenderer, senderId: 0 };
    forward(ipcEvent, null);
    forward(ipcEvent, { path: '/a.ordo', name: 'Acme' });
    expect(listener.mock.calls).toEqual([[null], [{ path: '/a.ordo', name: 'Acme' }]]);

    unsubscribe();
    expect(electron.ipcRenderer.removeListener.mock.calls).toEqual([['ordo:event:company.changed', forward]]);
  });

  it('on refuses events that are not in the contract', () => {
    const subscribe = api.on as (event: unknown, listener: unknown) => () => void;
    expect(() => subscribe('ordo:company.open', vi.fn())).toThrow(/Unknown event/);
    expect(() => subscribe('company.changed', 'not a function')).toThrow(/must be a function/);
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
