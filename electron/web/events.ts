// Services emit events before any page is listening and while pages come and go; the hub decouples the two:
// createServices({ emit: hub.emit }) on one side, the server's Server-Sent Events streams subscribe on the other.
//
// Every event gets a sequence number. Over IPC an event sent while a call runs reaches the renderer before the
// call's reply; over HTTP the event stream and the call are separate connections, so the server tells each
// reply the sequence number reached (X-Ordo-Event-Seq) and the bridge delivers events up to it first.
import type { EventMap, EventName } from '../../shared/contract';

export interface WebEvent<E extends EventName = EventName> {
  event: E;
  payload: EventMap[E];
  /** 1, 2, 3 … in the order emitted. */
  seq: number;
}

export type WebEventListener = (event: WebEvent) => void;

export interface EventHub {
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  subscribe(listener: WebEventListener): () => void;
  readonly size: number;
  /** The sequence number of the last event emitted (0 before the first). */
  readonly seq: number;
}

export function createEventHub(): EventHub {
  const listeners = new Set<WebEventListener>();
  let seq = 0;
  return {
    emit(event, payload) {
      seq += 1;
      const message = { event, payload, seq } as WebEvent;
      for (const listener of [...listeners]) {
        try {
          listener(message);
        } catch {
          // One broken stream must not stop the others, nor the handler that emitted.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    get size() {
      return listeners.size;
    },
    get seq() {
      return seq;
    },
  };
}

// A Record over EventName: an event added to the contract without being listed here fails to compile.
// The bridge (bridge.js) lists the same names; a test keeps the two in step.
export const knownEvents: Record<EventName, true> = { 'company.changed': true, 'menu.command': true };
