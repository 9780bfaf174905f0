// Opening a company file from the menu or the OS (file association): the contract call does the work and emits
// 'company.changed'; here we only pick the file and show a failure the user can act on.
import { dialog, type BrowserWindow } from 'electron';
import type { Dispatcher } from '../dispatch';

const ORDO_FILTERS = [{ name: 'Ordo company', extensions: ['ordo'] }];

export async function openCompanyAt(services: Dispatcher, path: string): Promise<void> {
  const result = await services.dispatch('company.open', { path });
  if (!result.ok) dialog.showErrorBox('Could not open the company', result.error.message);
}

export async function openDemoCompany(services: Dispatcher): Promise<void> {
  const result = await services.dispatch('company.openDemo', {});
  if (!result.ok) dialog.showErrorBox('Could not open the demo company', result.error.message);
}

export async function chooseAndOpenCompany(services: Dispatcher, win: BrowserWindow | null): Promise<void> {
  const options = { title: 'Open company', properties: ['openFile' as const], filters: ORDO_FILTERS };
  const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return;
  await openCompanyAt(services, path);
}
