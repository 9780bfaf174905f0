// The renderer's only door to main: window.ordo = { invoke, on }. Runs sandboxed and is bundled to one CJS file.
//
// Errors: contextBridge copies an Error across worlds with its message only, dropping `code` and `details`,
// so a failed call rejects with a plain SerializedError object `{ code, message, details }` (plain objects are
// copied whole). The renderer's client turns it into an OrdoError with OrdoError.fromSerialized.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  isMethodName,
  type CallResult,
  type EventMap,
  type EventName,
  type InputOf,
  type MethodName,
  type OrdoApi,
  type OutputOf,
} from '../../shared/contract';
import { isSerializedError, type SerializedError } from '../../shared/errors';
import { callChannel, eventChannel } from '../shell/ipcChannels';

// A Record over EventName: adding an event to the contract without listing it here fails to compile.
const knownEvents: Record<EventName, true> = { 'company.changed': true, 'menu.command': true };

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(knownEvents, name);
}

function serialized(code: SerializedError['code'], message: string): SerializedError {
  return { code, message, details: {} };
}

function toRejection(error: unknown): SerializedError {
  if (isSerializedError(error)) {
    return { code: error.code, message: error.message, details: error.details ?? {} };
  }
  return serialized('INTERNAL', 'Ordo could not reach its main process. Please restart Ordo.');
}

const api = {
  async invoke<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    if (typeof method !== 'string' || !isMethodName(method)) {
      throw serialized('UNKNOWN_METHOD', `Unknown method: ${String(method).slice(0, 100)}`);
    }
    let result: CallResult;
    try {
      result = (await ipcRenderer.invoke(callChannel(method), input)) as CallResult;
    } catch {
      throw serialized('INTERNAL', 'Ordo could not reach its main process. Please restart Ordo.');
    }
    if (result?.ok === true) return result.value as OutputOf<M>;
    throw toRejection(result?.ok === false ? result.error : undefined);
  },

  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
    if (!isEventName(event)) throw new TypeError(`Unknown event: ${String(event).slice(0, 100)}`);
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function');
    const channel = eventChannel(event);
    // Only the payload crosses: the IpcRendererEvent would hand the page a `sender` with ipcRenderer's powers.
    const forward = (_event: IpcRendererEvent, payload: EventMap[E]) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
} satisfies OrdoApi;

contextBridge.exposeInMainWorld('ordo', api);
