// Wraps every handler with its permission rule (permissions.ts): the check runs in main, after input
// validation and before the handler touches anything.
import type { MethodName } from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import type { CompanySession } from '../company/session';
import type { Handlers } from '../dispatch';
import { access, forbiddenMessage, isAllowed } from './permissions';

export function guardHandlers(handlers: Handlers, session: CompanySession): Handlers {
  const guarded: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [MethodName, (input: unknown) => unknown][]) {
    const rule = access[name];
    guarded[name] =
      rule === 'open'
        ? handler
        : (input: unknown) => {
            const { user } = session.require();
            if (!isAllowed(rule, user.roles)) {
              throw new OrdoError('FORBIDDEN', forbiddenMessage(rule === 'anyone' ? [] : rule), {
                method: name,
              });
            }
            return handler(input);
          };
  }
  return guarded as Handlers;
}
