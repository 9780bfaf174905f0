// Typed errors that cross the main/renderer boundary as plain {code, message, details}.

export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'UNKNOWN_METHOD',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'NO_COMPANY',
  'PERIOD_LOCKED',
  'UNBALANCED',
  'IMMUTABLE',
  'NOT_AN_ORDO_FILE',
  'FILE_CORRUPT',
  'SCHEMA_TOO_NEW',
  'CREDIT_HOLD',
  'INSUFFICIENT_STOCK',
  'MIGRATION_FAILED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One problem tied to an input field; `path` is the dotted field path (e.g. `contacts.0.email`). */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ErrorDetails {
  fields?: FieldIssue[];
  [key: string]: unknown;
}

export interface SerializedError {
  code: ErrorCode;
  message: string;
  details: ErrorDetails;
}

export class OrdoError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = 'OrdoError';
    this.code = code;
    this.details = details;
  }

  toJSON(): SerializedError {
    return { code: this.code, message: this.message, details: this.details };
  }

  static fromSerialized(e: SerializedError): OrdoError {
    return new OrdoError(e.code, e.message, e.details);
  }
}

/** A validation error on a single field. */
export function fieldError(path: string, message: string): OrdoError {
  return new OrdoError('VALIDATION', message, { fields: [{ path, message }] });
}

export function isSerializedError(value: unknown): value is SerializedError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' &&
    (errorCodes as readonly string[]).includes(v.code) &&
    typeof v.message === 'string'
  );
}

/** HTTP status used by the browser shell for each error code. */
export const httpStatusOf: Record<ErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
  NO_COMPANY: 409,
  PERIOD_LOCKED: 409,
  UNBALANCED: 400,
  IMMUTABLE: 409,
  NOT_AN_ORDO_FILE: 400,
  FILE_CORRUPT: 400,
  SCHEMA_TOO_NEW: 409,
  CREDIT_HOLD: 409,
  INSUFFICIENT_STOCK: 409,
  MIGRATION_FAILED: 500,
  INTERNAL: 500,
};
