// Test services on a temporary folder: a real company file, a fixed clock, the real dispatcher.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { InputOf, MethodName, OutputOf } from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import { fixedClock } from '../../electron/clock';
import { createServices, type Services } from '../../electron/services';

export const migrationsDir = resolve(__dirname, '../../migrations');

export interface TestServices extends Services {
  dir: string;
  clock: ReturnType<typeof fixedClock>;
  /** Calls a method through the dispatcher and returns its value, or throws the typed OrdoError. */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  dispose(): void;
}

export function makeServices(options: { now?: string; suggestedPath?: string } = {}): TestServices {
  const dir = mkdtempSync(join(tmpdir(), 'ordo-test-'));
  const clock = fixedClock(options.now ?? '2026-03-15T10:00:00Z');
  const services = createServices({
    appDataDir: join(dir, 'appdata'),
    migrationsDir,
    shell: 'web',
    version: '0.0.0-test',
    clock,
    suggestedPath: options.suggestedPath ?? null,
    onInternalError: (method, error) => {
      throw new Error(`internal error in ${method}: ${String(error instanceof Error ? error.stack : error)}`);
    },
  });
  return {
    ...services,
    dir,
    clock,
    async call(method, input) {
      const result = await services.dispatch(method, input);
      if (!result.ok) throw OrdoError.fromSerialized(result.error);
      return result.value as never;
    },
    dispose() {
      services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Services with a fresh company "Testco" (EUR, en-IE) open. */
export async function makeCompany(
  options: { now?: string; baseCurrency?: string; locale?: string } = {},
): Promise<TestServices> {
  const s = makeServices(options);
  await s.call('company.create', {
    name: 'Testco',
    baseCurrency: options.baseCurrency ?? 'EUR',
    locale: options.locale ?? 'en-IE',
    ownerName: 'Olga Owner',
    path: join(s.dir, 'testco.ordo'),
  });
  return s;
}

/** Expects a call to fail with a typed error and returns it. */
export async function expectError(p: Promise<unknown>): Promise<OrdoError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof OrdoError) return error;
    throw error;
  }
  throw new Error('Expected the call to fail, but it succeeded');
}
