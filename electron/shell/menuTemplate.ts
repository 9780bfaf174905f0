// The application menu as plain data: labels, roles and what each item does, built from the recent files and
// the platform. electron/app/menu.ts turns it into a Menu and wires the actions.
import type { RecentFile } from '../../shared/contract';

export type MenuRole =
  | 'appMenu'
  | 'windowMenu'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'close'
  | 'quit';

/** What a click does; main performs it (dialogs, contract calls) or forwards it to the renderer. */
export type MenuAction =
  | { kind: 'rendererCommand'; command: 'newCompany' | 'about' }
  | { kind: 'openCompanyDialog' }
  | { kind: 'openRecent'; path: string }
  | { kind: 'openDemo' };

export interface MenuItemSpec {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  enabled?: boolean;
  action?: MenuAction;
  submenu?: MenuItemSpec[];
}

export interface MenuInputs {
  recent: readonly RecentFile[];
  isMac: boolean;
  isDev: boolean;
}

const separator: MenuItemSpec = { type: 'separator' };

/** Windows and Linux read `&` in a label as a mnemonic marker; a file name must show its `&` literally. */
export function escapeMnemonic(text: string, isMac: boolean): string {
  return isMac ? text : text.replace(/&/g, '&&');
}

function recentItems(recent: readonly RecentFile[], isMac: boolean): MenuItemSpec[] {
  if (recent.length === 0) return [{ id: 'recent-none', label: 'No recent companies', enabled: false }];
  return recent.map((file, index) => ({
    id: `recent-${index}`,
    label: escapeMnemonic(`${file.name} — ${file.path}`, isMac),
    enabled: file.exists,
    action: { kind: 'openRecent', path: file.path },
  }));
}

function fileMenu({ recent, isMac }: MenuInputs): MenuItemSpec {
  return {
    label: 'File',
    submenu: [
      {
        id: 'new-company',
        label: 'New company…',
        accelerator: 'CmdOrCtrl+N',
        action: { kind: 'rendererCommand', command: 'newCompany' },
      },
      {
        id: 'open-company',
        label: 'Open company…',
        accelerator: 'CmdOrCtrl+O',
        action: { kind: 'openCompanyDialog' },
      },
      { id: 'open-recent', label: 'Open recent', submenu: recentItems(recent, isMac) },
      { id: 'open-demo', label: 'Open demo company', action: { kind: 'openDemo' } },
      separator,
      // macOS keeps Quit in the app menu; its File menu closes the window instead.
      isMac ? { role: 'close' } : { id: 'quit', label: 'Quit', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };
}

const editMenu: MenuItemSpec = {
  label: 'Edit',
  submenu: [
    { role: 'undo' },
    { role: 'redo' },
    separator,
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'delete' },
    separator,
    { role: 'selectAll' },
  ],
};

function viewMenu({ isDev }: MenuInputs): MenuItemSpec {
  // Reloading drops unsaved form input and devtools expose internals: developers only.
  const devItems: MenuItemSpec[] = isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  return {
    label: 'View',
    submenu: [
      ...devItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}

const helpMenu: MenuItemSpec = {
  label: 'Help',
  submenu: [{ id: 'about', label: 'About Ordo', action: { kind: 'rendererCommand', command: 'about' } }],
};

export function buildMenuTemplate(inputs: MenuInputs): MenuItemSpec[] {
  return [
    ...(inputs.isMac ? [{ role: 'appMenu' } satisfies MenuItemSpec] : []),
    fileMenu(inputs),
    editMenu,
    viewMenu(inputs),
    ...(inputs.isMac ? [{ role: 'windowMenu' } satisfies MenuItemSpec] : []),
    helpMenu,
  ];
}
