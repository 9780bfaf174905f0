// The typed client over window.ordo: every call is checked against the contract, every failure is an OrdoError.
import type { EventMap, EventName, InputOf, MethodName, OrdoApi, OutputOf } from '../../../shared/contract';
import { OrdoError, isSerializedError, type SerializedError } from '../../../shared/errors';

declare global {
  interface Window {
    ordo?: OrdoApi;
  }
}

function bridge(): OrdoApi {
  if (!window.ordo)
    throw new OrdoError('INTERNAL', 'Ordo cannot reach its data: start the app from Ordo itself.');
  return window.ordo;
}

function withDetails(e: SerializedError): OrdoError {
  return new OrdoError(e.code, e.message, e.details ?? {});
}

/** Electron prefixes IPC error messages ("Error invoking remote method …: Error: {…}"), so look for the JSON inside. */
function parseErrorJson(message: string): SerializedError | null {
  const start = message.indexOf('{');
  const end = message.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  try {
    const parsed: unknown = JSON.parse(message.slice(start, end + 1));
    return isSerializedError(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Turns whatever a call rejected with into an OrdoError, keeping code, message and field details. */
export function toOrdoError(reason: unknown): OrdoError {
  if (reason instanceof OrdoError) return reason;
  if (isSerializedError(reason)) return withDetails(reason);
  if (typeof reason === 'object' && reason !== null) {
    const wrapped = (reason as { error?: unknown }).error;
    if (isSerializedError(wrapped)) return withDetails(wrapped);
  }
  if (reason instanceof Error) {
    const parsed = parseErrorJson(reason.message);
    return parsed
      ? withDetails(parsed)
      : new OrdoError('INTERNAL', reason.message || 'Something went wrong.');
  }
  if (typeof reason === 'string') {
    const parsed = parseErrorJson(reason);
    return parsed ? withDetails(parsed) : new OrdoError('INTERNAL', reason);
  }
  return new OrdoError('INTERNAL', 'Something went wrong.');
}

export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  try {
    return await bridge().invoke(method, input);
  } catch (reason) {
    throw toOrdoError(reason);
  }
}

/** Subscribes to an event from main; returns the unsubscribe function (a no-op when there is no bridge). */
export function onEvent<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  return window.ordo ? window.ordo.on(event, listener) : () => undefined;
}
