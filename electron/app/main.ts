// Ordo's main process: one instance, one locked-down window on app://ordo, the contract over IPC, the menu.
// It only wires; every decision it relies on lives in a module that is tested without Electron.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { createServices, type Services } from '../services';
import { resolveAppPaths } from '../shell/appPaths';
import { findCompanyFileArg } from '../shell/companyFileArg';
import { chooseNativeBinding, readModuleAbiFromFile } from '../shell/nativeBinding';
import { createEventForwarder } from './events';
import { registerIpc } from './ipc';
import { installAppMenu } from './menu';
import { openCompanyAt } from './openCompany';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { hardenSession, installWebContentsGuards } from './security';
import { createMainWindow } from './window';

const isMac = process.platform === 'darwin';

function absolute(path: string | null, cwd: string): string | null {
  return path === null ? null : resolve(cwd, path);
}

// Both must happen before 'ready'.
registerAppScheme(protocol);
app.enableSandbox();
installWebContentsGuards(app);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let services: Services | null = null;
  let mainWindow: BrowserWindow | null = null;
  let rebuildMenu: () => Promise<void> = async () => {};
  // A .ordo file on the command line (a double-clicked file): opened once ready if it exists, otherwise
  // offered to the start screen as where to create the company.
  const argFile = absolute(findCompanyFileArg(process.argv), process.cwd());
  // Opened as soon as the services exist; macOS 'open-file' can set it before 'ready'.
  let pendingFile = argFile && existsSync(argFile) ? argFile : null;

  const paths = resolveAppPaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    userDataPath: app.getPath('userData'),
  });

  const showWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      mainWindow = createMainWindow({ preloadPath: paths.preloadPath, statePath: paths.windowStatePath });
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  const openFromOs = (path: string | null) => {
    if (!path) return;
    if (services) void openCompanyAt(services, path);
    else pendingFile = path;
  };

  const start = async () => {
    const nativeBinding = chooseNativeBinding({
      isElectron: true,
      electronBindingPath: paths.nativeBindingPath,
      exists: existsSync,
      readAbi: readModuleAbiFromFile,
      expectedAbi: Number(process.versions.modules),
      ...(app.isPackaged ? { remedy: 'Reinstall Ordo to repair it.' } : {}),
    });
    hardenSession(session.defaultSession);
    serveAppProtocol(protocol, paths.rendererDir);
    services = createServices({
      appDataDir: app.getPath('userData'),
      migrationsDir: paths.migrationsDir,
      shell: 'electron',
      version: app.getVersion(),
      nativeBinding,
      suggestedPath: argFile && !existsSync(argFile) ? argFile : null,
      emit: createEventForwarder(
        () => mainWindow,
        (event) => {
          if (event === 'company.changed') void rebuildMenu();
        },
      ),
      onInternalError: (method, error) => console.error(`[ordo] internal error in ${method}:`, error),
    });
    registerIpc(ipcMain, services);
    rebuildMenu = await installAppMenu({
      services,
      getWindow: () => mainWindow,
      isMac,
      isDev: !app.isPackaged,
    });
    showWindow();
    const file = pendingFile;
    pendingFile = null;
    if (file) await openCompanyAt(services, file);
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (services) showWindow();
    openFromOs(absolute(findCompanyFileArg(argv), workingDirectory));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOs(path);
  });
  app.on('activate', () => {
    if (services && BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  app.on('will-quit', () => services?.close());

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Ordo cannot start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
