// Derives malformed inputs for a contract method from its zod schema: every field the schema declares (nested
// objects and the first element of arrays included) gets values of the wrong type, out of range or over-long.
// A new method or field is covered without writing a case for it.
import type { z } from 'zod';

export const HUGE_TEXT = 'x'.repeat(100_000);

export type FieldKind = 'string' | 'number' | 'boolean' | 'enum' | 'object' | 'array' | 'union' | 'other';

export interface SchemaField {
  /** Dotted path as the contract reports it in field errors, e.g. `customer.contacts.0.email`. */
  path: string;
  segments: (string | number)[];
  kind: FieldKind;
  nullable: boolean;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
}

const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const wrappers = new Set(['default', 'prefault', 'optional', 'nullable', 'readonly', 'catch', 'nonoptional']);

/** Strips default/optional/nullable wrappers; tells whether null is accepted on the way. */
export function unwrap(schema: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  while (wrappers.has(def(inner).type)) {
    if (def(inner).type === 'nullable') nullable = true;
    inner = def(inner).innerType!;
  }
  return { inner, nullable };
}

function kindOf(schema: z.ZodType): FieldKind {
  const t = def(schema).type;
  if (['string', 'number', 'boolean', 'enum', 'object', 'array', 'union'].includes(t)) return t as FieldKind;
  return 'other';
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  const d = def(schema);
  if (d.type === 'object') return d.shape!;
  if (d.type === 'intersection') return { ...(objectShape(d.left!) ?? {}), ...(objectShape(d.right!) ?? {}) };
  return null;
}

/** Every field of an input schema, walking into objects and into element 0 of arrays the base input fills. */
export function schemaFields(
  schema: z.ZodType,
  base: unknown,
  segments: (string | number)[] = [],
): SchemaField[] {
  const { inner } = unwrap(schema);
  const out: SchemaField[] = [];
  const shape = objectShape(inner);
  if (shape) {
    const baseObject = (typeof base === 'object' && base !== null ? base : {}) as Record<string, unknown>;
    for (const [key, child] of Object.entries(shape)) {
      const { inner: childInner, nullable } = unwrap(child);
      const path = [...segments, key];
      const kind = objectShape(childInner) ? 'object' : kindOf(childInner);
      out.push({ path: path.join('.'), segments: path, kind, nullable });
      if (kind === 'object' || kind === 'array') out.push(...schemaFields(childInner, baseObject[key], path));
    }
  } else if (def(inner).type === 'array' && Array.isArray(base) && base.length > 0) {
    const element = def(inner).element!;
    const { inner: elementInner, nullable } = unwrap(element);
    const path = [...segments, 0];
    const kind = objectShape(elementInner) ? 'object' : kindOf(elementInner);
    if (kind === 'object') out.push(...schemaFields(elementInner, base[0], path));
    else out.push({ path: path.join('.'), segments: path, kind, nullable });
  }
  return out;
}

/** Values no field of that kind accepts (the contract has no signed or fractional number fields). */
const wrongValues: Record<FieldKind, { label: string; value: unknown }[]> = {
  string: [
    { label: 'a number', value: 42 },
    { label: 'a boolean', value: true },
    { label: 'an array', value: ['a'] },
    { label: 'an object', value: { a: 1 } },
    { label: '100k characters', value: HUGE_TEXT },
  ],
  number: [
    { label: 'a numeric string', value: '1' },
    { label: 'a boolean', value: true },
    { label: 'an array', value: [1] },
    { label: 'minus one', value: -1 },
    { label: 'a fraction', value: 1.5 },
    { label: '2^60', value: 2 ** 60 },
    { label: 'NaN', value: Number.NaN },
    { label: 'Infinity', value: Number.POSITIVE_INFINITY },
  ],
  boolean: [
    { label: 'the string "true"', value: 'true' },
    { label: 'the number 1', value: 1 },
    { label: 'an array', value: [] },
  ],
  enum: [
    { label: 'an unknown option', value: '__not_an_option__' },
    { label: 'a number', value: 1 },
    { label: 'an array', value: [] },
  ],
  object: [
    { label: 'a string', value: 'x' },
    { label: 'a number', value: 42 },
    { label: 'an array', value: [] },
  ],
  array: [
    { label: 'a string', value: 'x' },
    { label: 'a number', value: 42 },
    { label: 'an object', value: { 0: 'x' } },
  ],
  union: [
    { label: 'a boolean', value: true },
    { label: 'an array', value: [] },
    { label: 'an object', value: {} },
    { label: 'minus one', value: -1 },
    { label: '100k characters', value: HUGE_TEXT },
  ],
  other: [],
};

export function wrongValuesFor(field: SchemaField): { label: string; value: unknown }[] {
  return [...wrongValues[field.kind], ...(field.nullable ? [] : [{ label: 'null', value: null }])];
}

/** A deep copy of `base` with the value at `segments` replaced (creating parents on the way). */
export function withValueAt(base: unknown, segments: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(base ?? {}) as Record<string | number, unknown>;
  let node = copy;
  for (const [i, key] of segments.entries()) {
    if (i === segments.length - 1) {
      node[key] = value;
    } else {
      if (typeof node[key] !== 'object' || node[key] === null)
        node[key] = typeof segments[i + 1] === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
  }
  return copy;
}

/** True when a reported field path is the mutated field or one of its parents (a refine on the parent). */
export function pathCovers(reported: string, mutated: string): boolean {
  return reported === mutated || mutated.startsWith(`${reported}.`);
}
