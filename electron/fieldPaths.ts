// Services report field errors relative to the record they check; handlers whose input nests that record
// (e.g. customers.update → {id, customer}) prefix the paths so the UI can place each error beside its field.
import { OrdoError } from '../shared/errors';

export function withFieldPrefix<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof OrdoError && error.details.fields) {
      throw new OrdoError(error.code, error.message, {
        ...error.details,
        fields: error.details.fields.map((f) => ({ ...f, path: f.path ? `${prefix}.${f.path}` : prefix })),
      });
    }
    throw error;
  }
}

/** A lookup reports its own `id`; a handler whose input names that record otherwise (`customerId`) renames it. */
export function withFieldRenamed<T>(from: string, to: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof OrdoError && error.details.fields?.some((f) => f.path === from)) {
      throw new OrdoError(error.code, error.message, {
        ...error.details,
        fields: error.details.fields.map((f) => (f.path === from ? { ...f, path: to } : f)),
      });
    }
    throw error;
  }
}
