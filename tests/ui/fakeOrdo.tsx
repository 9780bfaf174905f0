// A fake window.ordo for UI tests: invoke is a vi.fn routing method names to canned answers or functions.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type {
  CompanyInfo,
  CompanySettings,
  EventMap,
  EventName,
  InputOf,
  MethodName,
  OrdoApi,
  OutputOf,
} from '../../shared/contract';
import type { ErrorCode, FieldIssue, SerializedError } from '../../shared/errors';
import { App } from '../../renderer/src/app/App';
import { Providers } from '../../renderer/src/app/Providers';
import { createQueryClient } from '../../renderer/src/app/queryClient';

type Handler<M extends MethodName> =
  OutputOf<M> | ((input: InputOf<M>) => OutputOf<M> | Promise<OutputOf<M>>);
export type Routes = { [M in MethodName]?: Handler<M> };

export const acme: CompanyInfo = {
  path: '/home/olivia/Acme.ordo',
  name: 'Acme Trading',
  baseCurrency: 'EUR',
  locale: 'en-US',
  schemaVersion: 1,
  user: { id: 1, name: 'Olivia Owner', roles: ['owner'] },
  profiles: [{ id: 1, name: 'Olivia Owner', hasPin: false }],
};

export function companySettings(patch: Partial<CompanySettings> = {}): CompanySettings {
  return {
    name: 'Acme Trading',
    addressLine1: '1 Market Street',
    addressLine2: '',
    postalCode: '10115',
    city: 'Berlin',
    region: '',
    country: 'DE',
    taxId: 'DE123456789',
    email: 'office@acme.test',
    phone: '',
    website: '',
    baseCurrency: 'EUR',
    locale: 'en-US',
    bankName: '',
    bankAccountHolder: '',
    bankIban: '',
    bankBic: '',
    roundingMode: 'half_up',
    taxRounding: 'line',
    periodLockDate: null,
    hasLogo: false,
    updatedAt: '2026-01-02T09:00:00.000Z',
    ...patch,
  };
}

const defaults: Routes = {
  'company.current': { open: true, company: acme },
  'company.recent': [],
  'settings.get': companySettings(),
  'users.current': { id: 1, name: 'Olivia Owner', roles: ['owner'], hasPin: false, archived: false },
  'app.info': { name: 'Ordo', version: '0.1.0', shell: 'web' },
  'customers.segments': [],
  'paymentTerms.list': [],
  'taxRates.list': [],
  'accounts.list': [],
};

/** The rejection main sends for a contract error: a plain {code, message, details}. */
export function rejection(code: ErrorCode, message: string, fields: FieldIssue[] = []): SerializedError {
  return { code, message, details: fields.length > 0 ? { fields } : {} };
}

export function rejectWith(code: ErrorCode, message: string, fields: FieldIssue[] = []): () => never {
  return () => {
    throw rejection(code, message, fields);
  };
}

export function installOrdo(routes: Routes = {}) {
  const table: Routes = { ...defaults, ...routes };
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const invoke = vi.fn(async (method: MethodName, input: unknown): Promise<unknown> => {
    const handler: unknown = table[method];
    if (handler === undefined) throw rejection('UNKNOWN_METHOD', `The test has no answer for ${method}`);
    if (typeof handler === 'function') return (handler as (input: unknown) => unknown)(input);
    return structuredClone(handler);
  });
  const on = (event: string, listener: (payload: unknown) => void) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  };
  // The fake routes by name at run time; the contract's generic signature cannot be expressed by vi.fn.
  window.ordo = { invoke, on } as unknown as OrdoApi;

  return {
    invoke,
    /** Inputs of every call to one method, oldest first. */
    inputsOf<M extends MethodName>(method: M): InputOf<M>[] {
      return invoke.mock.calls.filter(([name]) => name === method).map(([, input]) => input as InputOf<M>);
    },
    lastInputOf<M extends MethodName>(method: M): InputOf<M> | undefined {
      return this.inputsOf(method).at(-1);
    },
    emit<E extends EventName>(event: E, payload: EventMap[E]) {
      listeners.get(event)?.forEach((listener) => listener(payload));
    },
  };
}

/** Renders the whole app at a route, as the user would see it after the window opened there. */
export function renderApp(hash = '#/customers') {
  window.location.hash = hash;
  const user = userEvent.setup();
  const client = createQueryClient();
  const view = render(
    <Providers client={client}>
      <App />
    </Providers>,
  );
  return { user, client, ...view };
}
