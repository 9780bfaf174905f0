import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { archiveAccount, createAccount, listAccounts, updateAccount } from './accounts';
import { postEntry } from './post';
import { accountLedger, getEntry, ledgerSummary, listEntries, trialBalance } from './queries';

export function accountHandlers(session: CompanySession): HandlerGroup<'accounts'> {
  return {
    'accounts.list': ({ includeArchived }) => listAccounts(session.require(), includeArchived),
    'accounts.create': (input) => createAccount(session.require(), input),
    'accounts.update': (input) => updateAccount(session.require(), input),
    'accounts.archive': (input) => archiveAccount(session.require(), input),
  };
}

export function ledgerHandlers(session: CompanySession): HandlerGroup<'ledger'> {
  return {
    'ledger.postEntry': (input) => {
      const ctx = session.require();
      const { id } = postEntry(ctx, {
        date: input.date,
        description: input.description,
        sourceType: 'manual',
        isManual: true,
        lines: input.lines.map((l) => ({
          accountId: l.accountId,
          amount: l.debit - l.credit,
          description: l.description,
        })),
      });
      return getEntry(ctx, id);
    },
    'ledger.entries': (q) => listEntries(session.require(), q),
    'ledger.getEntry': ({ id }) => getEntry(session.require(), id),
    'ledger.trialBalance': ({ asOf }) => trialBalance(session.require(), asOf),
    'ledger.accountLedger': (q) => accountLedger(session.require(), q),
    'ledger.summary': () => ledgerSummary(session.require()),
  };
}
