// The main window: secure webPreferences, last session's size and position (kept on a visible display),
// shown once painted, loading the app from app://ordo.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from '../shell/trustedUrl';
import {
  MIN_SIZE,
  fitWindowState,
  parseWindowState,
  serializeWindowState,
  type WindowState,
} from '../shell/windowState';
import { secureWebPreferences } from './security';

function readSavedState(statePath: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(statePath, 'utf8'));
  } catch {
    return null; // first launch: no file yet
  }
}

function saveState(statePath: string, win: BrowserWindow): void {
  try {
    mkdirSync(dirname(statePath), { recursive: true });
    writeFileSync(
      statePath,
      serializeWindowState({ bounds: win.getNormalBounds(), isMaximized: win.isMaximized() }),
    );
  } catch (error) {
    // Losing the window position is not worth failing the quit over.
    console.warn('[ordo] could not save the window position:', error);
  }
}

export function createMainWindow(options: { preloadPath: string; statePath: string }): BrowserWindow {
  const primary = screen.getPrimaryDisplay().workArea;
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = fitWindowState(readSavedState(options.statePath), workAreas, primary);
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Ordo',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  if (state.isMaximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => saveState(options.statePath, win));
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
