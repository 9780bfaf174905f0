// IPC channel names shared by the preload and main, so both sides spell them the same way.
export const CALL_CHANNEL_PREFIX = 'ordo:';
export const EVENT_CHANNEL_PREFIX = 'ordo:event:';

export function callChannel(method: string): string {
  return CALL_CHANNEL_PREFIX + method;
}

export function eventChannel(event: string): string {
  return EVENT_CHANNEL_PREFIX + event;
}
