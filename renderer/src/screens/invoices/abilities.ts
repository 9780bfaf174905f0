// What the acting profile may do with invoices, from the shared role rules (lib/useActingUser) as main's
// permission table has them: sales prepares drafts, credit notes and disputes; what reaches the ledger (posting,
// cancelling, receiving payments) and the audit trail are the bookkeeper's. Main checks every call again.
import { isAllowedTo, useActingUser } from '../../lib/useActingUser';

export interface InvoiceAbilities {
  /** Create and change drafts (invoices, credit notes), mark disputes. */
  bill: boolean;
  /** Post and cancel invoices, post credit notes, receive payments, read the audit trail. */
  keepBooks: boolean;
}

export function useInvoiceAbilities(): InvoiceAbilities {
  const user = useActingUser();
  return { bill: isAllowedTo(user, 'sell'), keepBooks: isAllowedTo(user, 'keepBooks') };
}
