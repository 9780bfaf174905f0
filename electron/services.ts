// The composition root: builds every handler of the contract from one company session, a clock and the shell's
// options, and serves them through one validating dispatcher (used by IPC and by the browser shell alike).
import type { EventMap, EventName } from '../shared/contract';
import { auditHandlers } from './audit/handlers';
import { productHandlers } from './catalog/handlers';
import { systemClock, type Clock } from './clock';
import { companyHandlers } from './company/handlers';
import { CompanySession } from './company/session';
import { customerHandlers } from './customers/handlers';
import { createDispatcher, type Dispatcher, type Handlers } from './dispatch';
import { accountHandlers, ledgerHandlers } from './ledger/handlers';
import {
  numberSeriesHandlers,
  paymentTermsHandlers,
  settingsHandlers,
  taxRateHandlers,
} from './settings/handlers';
import { appHandlers, searchHandlers } from './system/handlers';
import { userHandlers } from './users/handlers';
import { orderHandlers } from './orders/handlers';
import { creditHandlers } from './credit/handlers';
import { stockHandlers } from './stock/handlers';
import { shipmentHandlers } from './fulfilment/handlers';
import { exchangeRateHandlers } from './fx/handlers';
import { guardHandlers } from './users/guard';
import { creditNoteHandlers, invoiceHandlers } from './invoicing/handlers';
import { customerCreditHandlers, paymentHandlers } from './payments/handlers';

export interface ServicesOptions {
  appDataDir: string;
  migrationsDir: string;
  shell: 'electron' | 'web';
  version: string;
  clock?: Clock;
  nativeBinding?: string;
  emit?: <E extends EventName>(event: E, payload: EventMap[E]) => void;
  onInternalError?: (method: string, error: unknown) => void;
  suggestedPath?: string | null;
}

export interface Services extends Dispatcher {
  readonly session: CompanySession;
  readonly handlers: Handlers;
  close(): void;
}

/** Merges area handler groups; a method served twice is a bug, reported at start-up. */
export function mergeHandlers(...groups: Record<string, unknown>[]): Handlers {
  const merged: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, handler] of Object.entries(group)) {
      if (name in merged) throw new Error(`Handler defined twice: ${name}`);
      merged[name] = handler;
    }
  }
  return merged as Handlers;
}

export function createServices(options: ServicesOptions): Services {
  const session = new CompanySession({
    appDataDir: options.appDataDir,
    migrationsDir: options.migrationsDir,
    clock: options.clock ?? systemClock,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    suggestedPath: options.suggestedPath ?? null,
    onChange: (company) => options.emit?.('company.changed', company),
  });
  const handlers = mergeHandlers(
    appHandlers({ version: options.version, shell: options.shell }),
    userHandlers(session),
    searchHandlers(session),
    companyHandlers(session),
    settingsHandlers(session),
    taxRateHandlers(session),
    paymentTermsHandlers(session),
    numberSeriesHandlers(session),
    accountHandlers(session),
    ledgerHandlers(session),
    auditHandlers(session),
    customerHandlers(session),
    productHandlers(session),
    orderHandlers(session),
    creditHandlers(session),
    stockHandlers(session),
    shipmentHandlers(session),
    exchangeRateHandlers(session),
    invoiceHandlers(session),
    creditNoteHandlers(session),
    paymentHandlers(session),
    customerCreditHandlers(session),
  );
  const dispatcher = createDispatcher(
    guardHandlers(handlers, session),
    options.onInternalError ? { onInternalError: options.onInternalError } : {},
  );
  return { ...dispatcher, session, handlers, close: () => session.close(false) };
}
