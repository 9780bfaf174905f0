import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';

vi.mock('electron', () => ({}));

import { createEventForwarder } from '../../electron/app/events';

function fakeWindow(destroyed = false) {
  const send = vi.fn();
  return { send, win: { isDestroyed: () => destroyed, webContents: { send } } as unknown as BrowserWindow };
}

describe('createEventForwarder', () => {
  it('sends each event to the window on ordo:event:<name> with only the payload', () => {
    const { send, win } = fakeWindow();
    const after = vi.fn();
    const emit = createEventForwarder(() => win, after);
    emit('menu.command', { command: 'about' });
    emit('company.changed', null);
    expect(send.mock.calls).toEqual([
      ['ordo:event:menu.command', { command: 'about' }],
      ['ordo:event:company.changed', null],
    ]);
    expect(after.mock.calls).toEqual([['menu.command'], ['company.changed']]);
  });

  it('drops events while there is no live window, but still lets main react', () => {
    const after = vi.fn();
    const { send, win } = fakeWindow(true);
    createEventForwarder(() => win, after)('company.changed', null);
    createEventForwarder(() => null, after)('company.changed', null);
    expect(send).not.toHaveBeenCalled();
    expect(after).toHaveBeenCalledTimes(2);
  });
});
