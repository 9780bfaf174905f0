// electron/app/menu.ts: the template becomes a Menu, and its clicks open files, the demo, or reach the renderer.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  dialog: { showOpenDialog: vi.fn(), showErrorBox: vi.fn() },
}));
vi.mock('electron', () => electron);

import { installAppMenu } from '../../electron/app/menu';
import type { Dispatcher } from '../../electron/dispatch';
import type { CallResult } from '../../shared/contract';

const recentFiles = [
  { path: '/home/me/Acme.ordo', name: 'Acme', lastOpenedAt: '2025-01-02T10:00:00.000Z', exists: true },
];

function setUp(answers: Record<string, CallResult> = {}) {
  const dispatch = vi.fn(async (method: string): Promise<CallResult> => {
    if (answers[method]) return answers[method];
    if (method === 'company.recent') return { ok: true, value: recentFiles };
    return { ok: true, value: { path: '/x.ordo' } };
  });
  const send = vi.fn();
  const win = { webContents: { send } } as unknown as BrowserWindow;
  const services: Dispatcher = { dispatch };
  return {
    dispatch,
    send,
    win,
    install: () => installAppMenu({ services, getWindow: () => win, isMac: false, isDev: false }),
  };
}

function installedTemplate(): MenuItemConstructorOptions[] {
  const calls = electron.Menu.buildFromTemplate.mock.calls;
  return calls[calls.length - 1]?.[0] as MenuItemConstructorOptions[];
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((entry) => [entry, ...(Array.isArray(entry.submenu) ? flatten(entry.submenu) : [])]);
}

function item(label: string): MenuItemConstructorOptions {
  const found = flatten(installedTemplate()).find((entry) => entry.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
}

async function click(label: string): Promise<void> {
  const handler = item(label).click as () => void;
  handler();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  vi.clearAllMocks();
});

describe('installAppMenu', () => {
  it('sets the application menu with the recent files from company.recent', async () => {
    const { install, dispatch } = setUp();
    await install();
    expect(dispatch).toHaveBeenCalledWith('company.recent', {});
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(item('Acme — /home/me/Acme.ordo').enabled).toBe(true);
  });

  it('Open company… asks for an .ordo file, then opens it through the contract', async () => {
    const { install, dispatch, win } = setUp();
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/me/Beta.ordo'] });
    await install();
    await click('Open company…');
    const [parent, options] = electron.dialog.showOpenDialog.mock.calls[0] as [unknown, { filters: unknown }];
    expect(parent).toBe(win);
    expect(options.filters).toEqual([{ name: 'Ordo company', extensions: ['ordo'] }]);
    expect(dispatch).toHaveBeenCalledWith('company.open', { path: '/home/me/Beta.ordo' });
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { install, dispatch } = setUp();
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await install();
    await click('Open company…');
    expect(dispatch.mock.calls.map(([method]) => method)).toEqual(['company.recent']);
  });

  it('shows the error message in a dialog when opening fails', async () => {
    const { install } = setUp({
      'company.open': {
        ok: false,
        error: { code: 'NOT_AN_ORDO_FILE', message: 'Beta.ordo is not an Ordo company file.', details: {} },
      },
    });
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/me/Beta.ordo'] });
    await install();
    await click('Open company…');
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Could not open the company',
      'Beta.ordo is not an Ordo company file.',
    );
  });

  it('opens a recent file and the demo company through the contract', async () => {
    const { install, dispatch } = setUp();
    await install();
    await click('Acme — /home/me/Acme.ordo');
    await click('Open demo company');
    expect(dispatch).toHaveBeenCalledWith('company.open', { path: '/home/me/Acme.ordo' });
    expect(dispatch).toHaveBeenCalledWith('company.openDemo', {});
  });

  it('sends New company… and About Ordo to the renderer as menu.command events', async () => {
    const { install, send } = setUp();
    await install();
    await click('New company…');
    await click('About Ordo');
    expect(send.mock.calls).toEqual([
      ['ordo:event:menu.command', { command: 'newCompany' }],
      ['ordo:event:menu.command', { command: 'about' }],
    ]);
  });

  it('rebuilds with a fresh recent list when asked', async () => {
    const { install, dispatch } = setUp();
    const rebuild = await install();
    dispatch.mockImplementation(async () => ({ ok: true, value: [] }));
    await rebuild();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    expect(item('No recent companies').enabled).toBe(false);
  });
});
