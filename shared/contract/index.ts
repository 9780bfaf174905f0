// The whole contract: every method main serves and the renderer may call, with its input schema and output type.
import type { z } from 'zod';
import { mergeContracts, type MethodDef } from './define';
import { auditContract } from './audit';
import { companyContract } from './company';
import { customersContract } from './customers';
import { ledgerContract } from './ledger';
import { productsContract } from './products';
import { settingsContract } from './settings';
import { systemContract } from './system';
import { usersContract } from './users';
import { ordersContract } from './orders';
import { creditContract } from './credit';
import { stockContract } from './stock';
import { shipmentsContract } from './shipments';
import { exchangeRatesContract } from './exchangeRates';
import { creditNotesContract, invoicesContract } from './invoices';
import { accountContract, creditsContract, paymentsContract, receivablesContract } from './payments';
import type { CompanyInfo } from './company';
import type { SerializedError } from '../errors';

export const contract = mergeContracts(
  systemContract,
  companyContract,
  settingsContract,
  ledgerContract,
  auditContract,
  customersContract,
  productsContract,
  usersContract,
  ordersContract,
  creditContract,
  stockContract,
  shipmentsContract,
  exchangeRatesContract,
  invoicesContract,
  creditNotesContract,
  paymentsContract,
  creditsContract,
  accountContract,
  receivablesContract,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
/** What a caller sends (defaults optional). */
export type InputOf<M extends MethodName> =
  Contract[M] extends MethodDef<infer I, unknown> ? z.input<I> : never;
/** What a handler receives after validation (defaults applied). */
export type ParsedInputOf<M extends MethodName> =
  Contract[M] extends MethodDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<M extends MethodName> = Contract[M] extends MethodDef<z.ZodType, infer O> ? O : never;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events main pushes to the renderer. */
export interface EventMap {
  'company.changed': CompanyInfo | null;
  'menu.command': { command: 'newCompany' | 'openCompany' | 'openDemo' | 'about' };
}
export type EventName = keyof EventMap;

/** What the preload (Electron) and the injected bridge (browser shell) put on `window.ordo`. */
export interface OrdoApi {
  invoke<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}

/** The wire result of one call, in IPC and HTTP alike. */
export type CallResult<T = unknown> = { ok: true; value: T } | { ok: false; error: SerializedError };

export * from './define';
export type * from './audit';
export type * from './company';
export type * from './customers';
export type * from './ledger';
export type * from './products';
export type * from './settings';
export type * from './system';
export type * from './users';
export type * from './orders';
export type * from './credit';
export type * from './stock';
export type * from './shipments';
export type * from './exchangeRates';
export type * from './invoices';
export type * from './payments';
export type { Page } from './fields';
