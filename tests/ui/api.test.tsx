import { afterEach, describe, expect, it, vi } from 'vitest';
import { OrdoError } from '../../shared/errors';
import { call, toOrdoError } from '../../renderer/src/lib/api';
import { installOrdo, rejection } from './fakeOrdo';

describe('api client', () => {
  afterEach(() => vi.restoreAllMocks());

  it('turns a plain {code, message, details} rejection into an OrdoError with field details', async () => {
    installOrdo({
      'customers.create': () => {
        throw rejection('VALIDATION', 'Check the customer', [{ path: 'name', message: 'Name is required' }]);
      },
    });
    const failure = await call('customers.create', { name: '', currency: 'EUR' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OrdoError);
    expect(failure).toMatchObject({
      code: 'VALIDATION',
      details: { fields: [{ path: 'name', message: 'Name is required' }] },
    });
  });

  it('reads the error JSON inside an Error message, as Electron IPC delivers it', () => {
    const json = JSON.stringify(rejection('PERIOD_LOCKED', 'The period up to 2025-12-31 is locked'));
    const error = toOrdoError(new Error(`Error invoking remote method 'ordo:invoke': Error: ${json}`));
    expect(error).toMatchObject({
      code: 'PERIOD_LOCKED',
      message: 'The period up to 2025-12-31 is locked',
      details: {},
    });
  });

  it('keeps other failures as INTERNAL errors with their message', () => {
    expect(toOrdoError(new Error('socket closed'))).toMatchObject({
      code: 'INTERNAL',
      message: 'socket closed',
    });
    expect(toOrdoError({ code: 'NOPE', message: 'x' })).toMatchObject({ code: 'INTERNAL' });
  });

  it('resolves with what main answered', async () => {
    const ordo = installOrdo({ 'customers.segments': ['Retail', 'Wholesale'] });
    await expect(call('customers.segments', {})).resolves.toEqual(['Retail', 'Wholesale']);
    expect(ordo.invoke).toHaveBeenCalledWith('customers.segments', {});
  });
});
