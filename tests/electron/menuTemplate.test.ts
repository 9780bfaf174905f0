import { describe, expect, it } from 'vitest';
import type { RecentFile } from '../../shared/contract';
import { buildMenuTemplate, escapeMnemonic, type MenuItemSpec } from '../../electron/shell/menuTemplate';

const recent: RecentFile[] = [
  { path: '/home/me/Acme.ordo', name: 'Acme', lastOpenedAt: '2025-01-02T10:00:00.000Z', exists: true },
  {
    path: '/home/me/old/Smith & Co.ordo',
    name: 'Smith & Co',
    lastOpenedAt: '2024-12-01T10:00:00.000Z',
    exists: false,
  },
];

function menu(template: MenuItemSpec[], label: string): MenuItemSpec[] {
  const found = template.find((item) => item.label === label);
  if (!found?.submenu) throw new Error(`no ${label} menu`);
  return found.submenu;
}

function roles(items: MenuItemSpec[]): string[] {
  return items.flatMap((item) => (item.role ? [item.role] : []));
}

describe('buildMenuTemplate', () => {
  const linuxProd = buildMenuTemplate({ recent, isMac: false, isDev: false });

  it('has File, Edit, View and Help menus in that order', () => {
    expect(linuxProd.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('has the File items, each doing what it says', () => {
    const file = menu(linuxProd, 'File');
    expect(file.map((item) => item.label ?? item.type)).toEqual([
      'New company…',
      'Open company…',
      'Open recent',
      'Open demo company',
      'separator',
      'Quit',
    ]);
    expect(file[0]?.action).toEqual({ kind: 'rendererCommand', command: 'newCompany' });
    expect(file[1]?.action).toEqual({ kind: 'openCompanyDialog' });
    expect(file[3]?.action).toEqual({ kind: 'openDemo' });
    expect(file[5]?.role).toBe('quit');
  });

  it('lists the recent files under Open recent, missing ones disabled', () => {
    const openRecent = menu(linuxProd, 'File').find((item) => item.label === 'Open recent')?.submenu ?? [];
    expect(openRecent.map((item) => item.action)).toEqual([
      { kind: 'openRecent', path: '/home/me/Acme.ordo' },
      { kind: 'openRecent', path: '/home/me/old/Smith & Co.ordo' },
    ]);
    expect(openRecent.map((item) => item.enabled)).toEqual([true, false]);
    expect(openRecent[0]?.label).toBe('Acme — /home/me/Acme.ordo');
    expect(openRecent[1]?.label).toBe('Smith && Co — /home/me/old/Smith && Co.ordo');
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const empty = buildMenuTemplate({ recent: [], isMac: false, isDev: false });
    const openRecent = menu(empty, 'File').find((item) => item.label === 'Open recent')?.submenu;
    expect(openRecent).toEqual([{ id: 'recent-none', label: 'No recent companies', enabled: false }]);
  });

  it('has no reload or devtools in production, but keeps zoom and full screen', () => {
    const view = roles(menu(linuxProd, 'View'));
    expect(view).not.toContain('reload');
    expect(view).not.toContain('forceReload');
    expect(view).not.toContain('toggleDevTools');
    expect(view).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('adds reload and devtools in development', () => {
    const view = roles(menu(buildMenuTemplate({ recent, isMac: false, isDev: true }), 'View'));
    expect(view).toEqual([
      'reload',
      'forceReload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it('uses roles for Edit', () => {
    expect(roles(menu(linuxProd, 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'delete',
      'selectAll',
    ]);
  });

  it('sends About to the renderer from Help', () => {
    expect(menu(linuxProd, 'Help')).toEqual([
      { id: 'about', label: 'About Ordo', action: { kind: 'rendererCommand', command: 'about' } },
    ]);
  });

  it('follows macOS conventions: app and window menus, Close instead of Quit, & shown as is', () => {
    const mac = buildMenuTemplate({ recent, isMac: true, isDev: false });
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(roles(mac)).toEqual(['appMenu', 'windowMenu']);
    const file = menu(mac, 'File');
    expect(file.at(-1)).toEqual({ role: 'close' });
    expect(file.some((item) => item.role === 'quit')).toBe(false);
    const openRecent = file.find((item) => item.label === 'Open recent')?.submenu ?? [];
    expect(openRecent[1]?.label).toBe('Smith & Co — /home/me/old/Smith & Co.ordo');
  });
});

describe('escapeMnemonic', () => {
  it('doubles & on Windows and Linux only', () => {
    expect(escapeMnemonic('R&D', false)).toBe('R&&D');
    expect(escapeMnemonic('R&D', true)).toBe('R&D');
  });
});
