// The dispute flag of a posted invoice: set or cleared with a reason, kept as append-only history (a posted
// invoice itself never changes). Reminders leave disputed invoices alone.
import type { Invoice } from '../../shared/contract';
import { fieldError } from '../../shared/errors';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { getInvoice, isDisputed } from './read';

export function setDisputed(
  ctx: CompanyContext,
  input: { id: number; disputed: boolean; reason: string },
): Invoice {
  return ctx.tx(() => {
    const inv = getInvoice(ctx, input.id);
    if (inv.postedAt === null) throw fieldError('id', 'Only a posted invoice can be disputed');
    const before = isDisputed(ctx, input.id);
    if (before.disputed === input.disputed) {
      throw fieldError(
        'disputed',
        input.disputed ? 'This invoice is already disputed' : 'This invoice is not disputed',
      );
    }
    stmt(
      ctx.sqlite,
      'INSERT INTO invoice_disputes (invoice_id, is_disputed, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?)',
    ).run(input.id, input.disputed ? 1 : 0, input.reason, ctx.user.id, ctx.nowIso());
    recordAudit(ctx, {
      action: input.disputed ? 'invoices.dispute' : 'invoices.clearDispute',
      entity: 'invoice',
      entityId: input.id,
      before: { disputed: before.disputed, reason: before.reason },
      after: { disputed: input.disputed, reason: input.reason },
    });
    return getInvoice(ctx, input.id);
  });
}
