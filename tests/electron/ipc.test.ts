// Every contract method is reachable over IPC exactly once, only from the app's own page, and only with valid input.
import { describe, expect, it, vi, type Mock } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';

vi.mock('electron', () => ({}));

import { registerIpc } from '../../electron/app/ipc';
import { createDispatcher, type Handlers } from '../../electron/dispatch';
import { methodNames, type CallResult } from '../../shared/contract';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<CallResult>;

/** Every handler is a vi.fn(), created on first use and remembered by name. */
function spyHandlers() {
  const spies = new Map<string, Mock>();
  const handlers = new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name !== 'string') return undefined;
        if (!spies.has(name))
          spies.set(
            name,
            vi.fn(async () => ({ handledBy: name })),
          );
        return spies.get(name);
      },
    },
  ) as unknown as Handlers;
  return {
    handlers,
    spies,
    calls: () => [...spies.values()].reduce((n, spy) => n + spy.mock.calls.length, 0),
  };
}

function setUp() {
  const ipcMain = { handle: vi.fn(), on: vi.fn(), once: vi.fn(), handleOnce: vi.fn() };
  const spied = spyHandlers();
  const dispatcher = createDispatcher(spied.handlers);
  const dispatch = vi.spyOn(dispatcher, 'dispatch');
  registerIpc(ipcMain as unknown as Pick<IpcMain, 'handle'>, dispatcher);
  const listener = (channel: string): Listener => {
    const call = ipcMain.handle.mock.calls.find(([name]) => name === channel);
    if (!call) throw new Error(`no handler for ${channel}`);
    return call[1] as Listener;
  };
  return { ipcMain, dispatch, listener, ...spied };
}

function fromFrame(url: string | null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url } } as unknown as IpcMainInvokeEvent;
}

describe('registerIpc', () => {
  it('registers every contract method exactly once with ipcMain.handle, and nothing else', () => {
    const { ipcMain } = setUp();
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel as string);
    expect(channels).toHaveLength(methodNames.length);
    expect(new Set(channels).size).toBe(methodNames.length);
    expect(channels.sort()).toEqual(methodNames.map((name) => `ordo:${name}`).sort());
    expect(ipcMain.on).not.toHaveBeenCalled();
    expect(ipcMain.once).not.toHaveBeenCalled();
    expect(ipcMain.handleOnce).not.toHaveBeenCalled();
  });

  it('passes a call from app://ordo to the dispatcher and returns its result', async () => {
    const { listener, spies } = setUp();
    const result = await listener('ordo:company.open')(fromFrame('app://ordo/index.html#/start'), {
      path: '/home/me/Acme.ordo',
    });
    expect(result).toEqual({ ok: true, value: { handledBy: 'company.open' } });
    expect(spies.get('company.open')?.mock.calls).toEqual([[{ path: '/home/me/Acme.ordo' }]]);
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///home/me/out/renderer/index.html',
    'app://evil/index.html',
    'devtools://devtools/bundled/inspector.html',
  ])('refuses a call from %s with UNAUTHORIZED, without dispatching', async (url) => {
    const { listener, dispatch, calls } = setUp();
    const result = await listener('ordo:company.openDemo')(fromFrame(url), {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('UNAUTHORIZED');
    expect(dispatch).not.toHaveBeenCalled();
    expect(calls()).toBe(0);
  });

  it('refuses a call whose frame is gone (senderFrame null)', async () => {
    const { listener, dispatch } = setUp();
    const result = await listener('ordo:app.info')(fromFrame(null), {});
    expect(!result.ok && result.error.code).toBe('UNAUTHORIZED');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('rejects invalid input with VALIDATION and field paths before any handler runs', async () => {
    const { listener, calls } = setUp();
    const result = await listener('ordo:company.open')(fromFrame('app://ordo/index.html'), {
      path: 'notes.txt',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.details.fields?.[0]?.path).toBe('path');
    expect(calls()).toBe(0);
  });

  it('rejects input of the wrong shape (not an object) with VALIDATION', async () => {
    const { listener, calls } = setUp();
    const result = await listener('ordo:search.global')(fromFrame('app://ordo/index.html'), 'DROP TABLE');
    expect(!result.ok && result.error.code).toBe('VALIDATION');
    expect(calls()).toBe(0);
  });
});
