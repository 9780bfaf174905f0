// Posting a credit note: re-checks what is left to credit, assigns its number, reverses the invoice's revenue
// and tax at the invoice's rate, settles the invoice's open amount first and puts any excess on the customer
// as credit, returns goods to stock — one transaction. Cancelling an invoice is a full credit note.
import type { CreditNote } from '../../shared/contract';
import { OrdoError, fieldError } from '../../shared/errors';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import type { DraftLine } from '../ledger/balance';
import { accountIdByRole } from '../ledger/accounts';
import { postEntry } from '../ledger/post';
import { issueNumber } from '../numbering/series';
import { refreshOrder } from '../orders/refresh';
import { baseOf, insertAllocations, loadInvoice, mergeLines, takeFromSource } from '../payments/settle';
import { insertMovement } from '../stock/movements';
import { refreshBalance } from './balances';
import { createCreditNote, creditableLines, creditableRounding } from './creditNoteDraft';
import { getCreditNote } from './creditNoteRead';
import { checkDepositCredit } from './depositUse';

interface NoteLine {
  invoiceLineId: number | null;
  productId: number | null;
  restockQty: number;
  qty: number;
  accountId: number;
  taxAccountId: number | null;
  net: number;
  tax: number;
}

/** Another credit note may have been posted since this draft was made: it must still fit. */
function checkStillCreditable(
  ctx: CompanyContext,
  invoiceId: number,
  noteId: number,
  lines: NoteLine[],
): void {
  const left = new Map(creditableLines(ctx, invoiceId, noteId).map((l) => [l.id, l]));
  lines.forEach((l, i) => {
    if (l.invoiceLineId === null) {
      if (Math.abs(l.net) > Math.abs(creditableRounding(ctx, invoiceId, noteId))) {
        throw fieldError(`lines.${i}.net`, 'The cash rounding was credited already');
      }
      return;
    }
    const line = left.get(l.invoiceLineId);
    const overQty = line !== undefined && l.qty > line.qty - line.creditedQty;
    const overNet = line !== undefined && Math.abs(l.net) > Math.abs(line.net - line.creditedNet);
    const overTax = line !== undefined && Math.abs(l.tax) > Math.abs(line.tax - line.creditedTax);
    if (line === undefined || overQty || overNet || overTax) {
      throw fieldError(
        `lines.${i}.quantity`,
        'More than is left to credit on this line; create the credit note again',
      );
    }
  });
}

export function postCreditNote(
  ctx: CompanyContext,
  id: number,
  audit = { action: 'creditNotes.post', reason: '' },
): CreditNote {
  return ctx.tx(() => {
    const note = getCreditNote(ctx, id);
    if (note.isPosted) {
      throw new OrdoError('CONFLICT', `Credit note ${note.number ?? id} is already posted`, {
        fields: [{ path: 'id', message: 'Already posted' }],
      });
    }
    const lines = stmt(
      ctx.sqlite,
      `SELECT cl.invoice_line_id AS invoiceLineId, cl.product_id AS productId, cl.restock_qty AS restockQty, cl.qty,
         cl.account_id AS accountId, t.account_id AS taxAccountId, cl.net, cl.tax
       FROM credit_note_lines cl LEFT JOIN tax_rates t ON t.id = cl.tax_rate_id WHERE cl.credit_note_id = ? ORDER BY cl.id`,
    ).all(id) as NoteLine[];
    checkStillCreditable(ctx, note.invoiceId, id, lines);
    // An invoice may have deducted the deposit since this draft was made.
    checkDepositCredit(ctx, note.invoiceId, lines, id);
    const inv = loadInvoice(ctx, note.invoiceId, note.customerId, 'invoiceId');
    const number = issueNumber(ctx, 'credit_note', note.date);
    const applied = Math.min(note.total, inv.open);
    const source = {
      type: 'credit_note' as const,
      id,
      customerId: note.customerId,
      currency: note.currency,
      rate: note.fxRate,
      remaining: note.total,
      remainingBase: baseOf(ctx, note.total, note.currency, note.fxRate),
    };
    const ar = accountIdByRole(ctx, 'ar');
    const journal: DraftLine[] = [];
    for (const l of lines) {
      journal.push({
        accountId: l.accountId,
        amount: l.net,
        amountBase: baseOf(ctx, l.net, note.currency, note.fxRate),
      });
      if (l.tax !== 0) {
        if (l.taxAccountId === null) throw new OrdoError('INTERNAL', 'A taxed credit line has no tax rate');
        journal.push({
          accountId: l.taxAccountId,
          amount: l.tax,
          amountBase: baseOf(ctx, l.tax, note.currency, note.fxRate),
        });
      }
    }
    let allocation = null;
    if (applied > 0) {
      const closes = applied === inv.open;
      const arBase = closes
        ? inv.arBase - inv.arBaseRelieved
        : baseOf(ctx, applied, inv.currency, inv.fxRate);
      const sourceBase = takeFromSource(ctx, source, applied);
      journal.push({
        accountId: ar,
        amount: -applied,
        amountBase: -arBase,
        customerId: note.customerId,
        description: inv.number,
      });
      allocation = {
        kind: 'apply' as const,
        invoiceId: inv.id,
        refundId: null,
        amount: applied,
        arBase,
        sourceBase,
        taxCorrected: false,
      };
    }
    if (source.remaining > 0) {
      journal.push({
        accountId: accountIdByRole(ctx, 'customer_credits'),
        amount: -source.remaining,
        amountBase: -source.remainingBase,
        customerId: note.customerId,
      });
    }
    const entry = postEntry(ctx, {
      isAuditedByDocument: true,
      date: note.date,
      description: `Credit note ${number} for ${inv.number} — ${note.customerName}`,
      currency: note.currency,
      fxRate: note.fxRate,
      sourceType: 'credit_note',
      sourceId: id,
      lines: mergeLines(journal),
    });
    stmt(
      ctx.sqlite,
      'UPDATE credit_notes SET number = ?, journal_entry_id = ?, posted_at = ?, posted_by = ?, updated_at = ? WHERE id = ?',
    ).run(number, entry.id, ctx.nowIso(), ctx.user.id, ctx.nowIso(), id);
    if (allocation) insertAllocations(ctx, source, note.date, entry.id, [allocation]);
    for (const l of lines) {
      if (l.restockQty > 0 && l.productId !== null) {
        insertMovement(ctx, {
          productId: l.productId,
          date: note.date,
          kind: 'return',
          qty: l.restockQty,
          reason: `Returned on ${number}`,
        });
      }
    }
    refreshBalance(ctx, inv.id, inv.customerId);
    if (inv.orderId !== null) refreshOrder(ctx, inv.orderId);
    const after = getCreditNote(ctx, id);
    recordAudit(ctx, {
      action: audit.action,
      entity: 'credit_note',
      entityId: id,
      before: { number: null },
      after: {
        ...(audit.reason ? { reason: audit.reason } : {}),
        number,
        invoice: inv.number,
        total: after.total,
        appliedToInvoice: applied,
        toCredit: after.toCredit,
        journalEntry: entry.number,
      },
    });
    return after;
  });
}

export function cancelInvoice(
  ctx: CompanyContext,
  input: { id: number; date: string; reason: string },
): CreditNote {
  return ctx.tx(() => {
    const draft = createCreditNote(
      ctx,
      {
        invoiceId: input.id,
        date: input.date,
        mode: 'all',
        reason: `Cancelled: ${input.reason}`,
        lines: [],
        restock: false,
      },
      false,
    );
    // One audit row for the whole step, naming the invoice it cancels.
    return postCreditNote(ctx, draft.id, { action: 'invoices.cancel', reason: input.reason });
  });
}
