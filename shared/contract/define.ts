// Building blocks of the typed contract: a method is a zod input schema plus a phantom output type.
import type { z } from 'zod';

export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  /** Phantom: carries the output type only; never set at run time. */
  readonly _output?: O;
}

/** `method(schema).returns<Output>()` */
export function method<I extends z.ZodType>(input: I) {
  return {
    returns<O>(): MethodDef<I, O> {
      return { input };
    },
  };
}

export type ContractShape = Record<string, MethodDef>;

/** Merges area contracts; a name defined twice is a programming error caught at start-up and in tests. */
export function mergeContracts<T extends ContractShape[]>(...parts: T): UnionToIntersection<T[number]> {
  const merged: ContractShape = {};
  for (const part of parts) {
    for (const [name, def] of Object.entries(part)) {
      if (name in merged) throw new Error(`Contract method defined twice: ${name}`);
      merged[name] = def;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
