// Services' events go to the window's renderer on 'ordo:event:<name>'; the preload hands listeners the payload.
import type { BrowserWindow } from 'electron';
import type { EventMap, EventName } from '../../shared/contract';
import { eventChannel } from '../shell/ipcChannels';

export type EmitEvent = <E extends EventName>(event: E, payload: EventMap[E]) => void;

/** `afterEmit` lets main react too (the menu's recent list is rebuilt when the company changes). */
export function createEventForwarder(
  getWindow: () => BrowserWindow | null,
  afterEmit?: (event: EventName) => void,
): EmitEvent {
  return (event, payload) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(eventChannel(event), payload);
    afterEmit?.(event);
  };
}
