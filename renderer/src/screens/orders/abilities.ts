// What the acting profile may do with orders: a view of the shared role rules (lib/useActingUser) for the order
// screens. Main checks every call again; until the profile is known nothing is offered.
import { isAllowedTo, useActingUser } from '../../lib/useActingUser';

export interface OrderAbilities {
  sell: boolean;
  decideCredit: boolean;
  ship: boolean;
}

export function useOrderAbilities(): OrderAbilities {
  const user = useActingUser();
  return {
    sell: isAllowedTo(user, 'sell'),
    decideCredit: isAllowedTo(user, 'decideCredit'),
    ship: isAllowedTo(user, 'fulfil'),
  };
}
