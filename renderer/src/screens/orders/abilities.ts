// What the acting profile may do with orders, mirroring main's permission table (main checks again):
// the owner may do everything; only a bookkeeper decides on credit; the warehouse ships but does not sell.
import type { Role } from '../../../../shared/contract/users';
import { useOrdoQuery } from '../../lib/queries';

const rules = {
  sell: ['sales', 'bookkeeper'],
  decideCredit: ['bookkeeper'],
  ship: ['warehouse', 'sales', 'bookkeeper'],
} as const satisfies Record<string, readonly Role[]>;

export type OrderAbilities = Record<keyof typeof rules, boolean>;

export function abilitiesOf(roles: readonly Role[]): OrderAbilities {
  const may = (allowed: readonly Role[]) =>
    roles.includes('owner') || roles.some((role) => allowed.includes(role));
  return { sell: may(rules.sell), decideCredit: may(rules.decideCredit), ship: may(rules.ship) };
}

/** Until the profile is known nothing is offered, rather than offered and then refused. */
export function useOrderAbilities(): OrderAbilities {
  const user = useOrdoQuery('users.current', {});
  return abilitiesOf(user.data?.roles ?? []);
}
