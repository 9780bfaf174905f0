// Turns the menu template (electron/shell/menuTemplate.ts) into the application Menu and performs its actions.
// The recent list comes from company.recent, so the menu is rebuilt whenever the company changes.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { RecentFile } from '../../shared/contract';
import type { Dispatcher } from '../dispatch';
import { buildMenuTemplate, type MenuAction, type MenuItemSpec } from '../shell/menuTemplate';
import { eventChannel } from '../shell/ipcChannels';
import { chooseAndOpenCompany, openCompanyAt, openDemoCompany } from './openCompany';

export interface AppMenuOptions {
  services: Dispatcher;
  getWindow: () => BrowserWindow | null;
  isMac: boolean;
  isDev: boolean;
}

async function runAction(action: MenuAction, options: AppMenuOptions): Promise<void> {
  const win = options.getWindow();
  switch (action.kind) {
    case 'rendererCommand':
      win?.webContents.send(eventChannel('menu.command'), { command: action.command });
      return;
    case 'openCompanyDialog':
      return chooseAndOpenCompany(options.services, win);
    case 'openRecent':
      return openCompanyAt(options.services, action.path);
    case 'openDemo':
      return openDemoCompany(options.services);
  }
}

function reportMenuFailure(error: unknown): void {
  console.error('[ordo] menu action failed:', error);
}

function toElectron(spec: MenuItemSpec, options: AppMenuOptions): MenuItemConstructorOptions {
  const { action, submenu, ...rest } = spec;
  return {
    ...rest,
    ...(submenu ? { submenu: submenu.map((item) => toElectron(item, options)) } : {}),
    ...(action ? { click: () => void runAction(action, options).catch(reportMenuFailure) } : {}),
  };
}

async function recentFiles(services: Dispatcher): Promise<RecentFile[]> {
  const result = await services.dispatch('company.recent', {});
  // A broken recent list must not cost the user the whole menu; it simply shows as empty.
  return result.ok ? (result.value as RecentFile[]) : [];
}

/** Installs the menu now and returns a function that rebuilds it (after a company was opened). */
export async function installAppMenu(options: AppMenuOptions): Promise<() => Promise<void>> {
  const rebuild = async () => {
    const template = buildMenuTemplate({
      recent: await recentFiles(options.services),
      isMac: options.isMac,
      isDev: options.isDev,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template.map((item) => toElectron(item, options))));
  };
  await rebuild();
  return rebuild;
}
