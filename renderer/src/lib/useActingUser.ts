// Who is working, and what their roles let the screens offer. Main checks every call itself: this only hides
// actions it would refuse, so nobody is offered a button that can only fail.
import type { Role } from '../../../shared/contract';
import { useOrdoQuery } from './queries';

export interface ActingUser {
  id: number;
  name: string;
  roles: Role[];
}

/** The roles (besides the owner, who may do everything) each kind of action needs, as main's permission table. */
const rolesFor = {
  sell: ['sales', 'bookkeeper'],
  decideCredit: ['bookkeeper'],
  keepBooks: ['bookkeeper'],
  fulfil: ['warehouse', 'sales', 'bookkeeper'],
  manageUsers: [],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof rolesFor;

export function useActingUser(): ActingUser | null {
  const me = useOrdoQuery('users.current', {});
  return me.data ? { id: me.data.id, name: me.data.name, roles: me.data.roles } : null;
}

export function isAllowedTo(user: ActingUser | null, action: Action): boolean {
  if (!user) return false;
  if (user.roles.includes('owner')) return true;
  const needed: readonly Role[] = rolesFor[action];
  return needed.some((role) => user.roles.includes(role));
}

/** Whether the acting profile may do `action`; false while nobody has chosen a profile. */
export function useMay(action: Action): boolean {
  return isAllowedTo(useActingUser(), action);
}
