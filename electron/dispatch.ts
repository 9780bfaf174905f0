// One entry point for every contract call, shared by IPC and the browser shell:
// unknown method → UNKNOWN_METHOD, input checked by the method's zod schema → VALIDATION, then the handler.
import type { z } from 'zod';
import {
  contract,
  isMethodName,
  type CallResult,
  type MethodName,
  type OutputOf,
  type ParsedInputOf,
} from '../shared/contract';
import { OrdoError, type FieldIssue } from '../shared/errors';

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>) => OutputOf<M> | Promise<OutputOf<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
export type HandlerGroup<P extends string> = {
  [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M>;
};

export interface Dispatcher {
  dispatch(method: string, input: unknown): Promise<CallResult>;
}

export interface DispatchOptions {
  /** Called with errors that are not OrdoErrors (bugs); they reach the caller as INTERNAL without internals. */
  onInternalError?: (method: string, error: unknown) => void;
}

export function zodIssuesToFields(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function validationError(error: z.ZodError): OrdoError {
  const fields = zodIssuesToFields(error);
  const first = fields[0];
  const message = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : 'Invalid input';
  return new OrdoError('VALIDATION', message, { fields });
}

/** Maps anything thrown by a handler to the wire shape; SQLite constraint failures become readable errors. */
export function toSerializedError(error: unknown): OrdoError | null {
  if (error instanceof OrdoError) return error;
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    if (error.message.includes('IMMUTABLE:')) {
      return new OrdoError('IMMUTABLE', error.message.replace(/^.*IMMUTABLE:\s*/, ''));
    }
    if (error.code === 'SQLITE_CORRUPT' || error.code === 'SQLITE_NOTADB') {
      return new OrdoError(
        'FILE_CORRUPT',
        'The company file is damaged; nothing was saved. Restore a backup (Settings → Backup) or contact support.',
      );
    }
    if (error.code.startsWith('SQLITE_CONSTRAINT')) {
      return new OrdoError('CONFLICT', 'This change conflicts with existing data', { sqlite: error.code });
    }
  }
  return null;
}

export function createDispatcher(handlers: Handlers, options: DispatchOptions = {}): Dispatcher {
  return {
    async dispatch(method, input) {
      if (typeof method !== 'string' || !isMethodName(method)) {
        return fail(new OrdoError('UNKNOWN_METHOD', `Unknown method: ${String(method).slice(0, 100)}`));
      }
      const parsed = contract[method].input.safeParse(input === undefined ? {} : input);
      if (!parsed.success) return fail(validationError(parsed.error));
      try {
        const handler = handlers[method] as (input: unknown) => unknown;
        const value = await handler(parsed.data);
        return { ok: true, value };
      } catch (error) {
        const known = toSerializedError(error);
        if (known) return fail(known);
        options.onInternalError?.(method, error);
        return fail(
          new OrdoError('INTERNAL', 'Something went wrong inside Ordo; nothing was saved. Please try again.'),
        );
      }
    },
  };
}

function fail(error: OrdoError): CallResult {
  return { ok: false, error: error.toJSON() };
}
