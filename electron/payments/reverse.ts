// Taking settlements back without editing history: unallocating one row adds its negation (and the negated
// journal lines); reversing a payment unallocates all of it and takes the money back out of the bank.
import type { Payment } from '../../shared/contract';
import { OrdoError, fieldError } from '../../shared/errors';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import type { DraftLine } from '../ledger/balance';
import { accountIdByRole } from '../ledger/accounts';
import { postEntry } from '../ledger/post';
import { getPayment } from './read';
import { refreshSettled } from './record';
import {
  allocationLines,
  insertAllocations,
  loadInvoice,
  mergeLines,
  type InvoiceState,
  type PendingAllocation,
} from './settle';
import { sourceState } from './sources';

interface StoredAllocation extends PendingAllocation {
  id: number;
  customerId: number;
  sourceType: 'payment' | 'credit_note';
  sourceId: number;
  reversesId: number | null;
  isReversed: number;
}

function storedAllocation(ctx: CompanyContext, id: number): StoredAllocation | undefined {
  const row = stmt(
    ctx.sqlite,
    `SELECT id, customer_id AS customerId, kind, source_type AS sourceType, source_id AS sourceId, invoice_id AS invoiceId,
       refund_id AS refundId, amount, ar_base AS arBase, source_base AS sourceBase, tax_corrected AS taxCorrected,
       reverses_id AS reversesId, EXISTS (SELECT 1 FROM allocations r WHERE r.reverses_id = allocations.id) AS isReversed
     FROM allocations WHERE id = ?`,
  ).get(id) as (Omit<StoredAllocation, 'taxCorrected'> & { taxCorrected: number }) | undefined;
  return row ? { ...row, taxCorrected: row.taxCorrected === 1 } : undefined;
}

function negate(lines: DraftLine[]): DraftLine[] {
  return lines.map((l) => ({ ...l, amount: -l.amount, amountBase: -(l.amountBase ?? 0) }));
}

/** Journal lines and the reversing row of one live allocation; the invoice state reflects it taken back. */
function reversalOf(ctx: CompanyContext, a: StoredAllocation) {
  if (a.reversesId !== null) throw fieldError('allocationId', 'This row is itself a reversal');
  if (a.isReversed) throw fieldError('allocationId', 'This allocation was already taken back');
  if (a.refundId !== null)
    throw fieldError('allocationId', 'A refund was paid out and cannot be taken back here');
  const inv: InvoiceState | null =
    a.invoiceId === null ? null : loadInvoice(ctx, a.invoiceId, a.customerId, 'allocationId');
  const source = sourceState(ctx, a.sourceType, a.sourceId);
  const lines = negate(allocationLines(ctx, a, inv, source));
  const reversal: PendingAllocation = {
    kind: a.kind,
    invoiceId: a.invoiceId,
    refundId: null,
    amount: -a.amount,
    arBase: -a.arBase,
    sourceBase: -a.sourceBase,
    taxCorrected: a.taxCorrected,
  };
  return { lines, reversal, inv };
}

export function unallocate(
  ctx: CompanyContext,
  input: { allocationId: number; date: string; reason: string },
): Payment {
  return ctx.tx(() => {
    const a = storedAllocation(ctx, input.allocationId);
    if (!a)
      throw new OrdoError('NOT_FOUND', 'That allocation does not exist', {
        fields: [{ path: 'allocationId', message: 'Unknown allocation' }],
      });
    if (a.sourceType !== 'payment')
      throw fieldError('allocationId', 'Credit note settlements are undone by the credit note');
    const payment = getPayment(ctx, a.sourceId);
    const { lines, reversal, inv } = reversalOf(ctx, a);
    const entry = postEntry(ctx, {
      isAuditedByDocument: true,
      date: input.date,
      description: `Allocation of ${payment.number} taken back — ${input.reason}`,
      currency: payment.currency,
      fxRate: payment.fxRate,
      sourceType: 'allocation',
      sourceId: payment.id,
      lines: mergeLines(lines),
    });
    insertAllocations(
      ctx,
      { type: 'payment', id: payment.id, customerId: a.customerId },
      input.date,
      entry.id,
      [reversal],
      {
        reversesId: a.id,
        reason: input.reason,
      },
    );
    if (inv) refreshSettled(ctx, [inv]);
    const after = getPayment(ctx, payment.id);
    recordAudit(ctx, {
      action: 'payments.unallocate',
      entity: 'payment',
      entityId: payment.id,
      before: {
        allocationId: a.id,
        kind: a.kind,
        invoiceId: a.invoiceId,
        amount: a.amount,
        unapplied: payment.unapplied,
      },
      after: { unapplied: after.unapplied, reason: input.reason, journalEntry: entry.number },
    });
    return after;
  });
}

export function reversePayment(
  ctx: CompanyContext,
  input: { id: number; date: string; reason: string },
): Payment {
  return ctx.tx(() => {
    const payment = getPayment(ctx, input.id);
    if (payment.isReversed) throw fieldError('id', `${payment.number} was already reversed`);
    if (input.date < payment.date) throw fieldError('date', 'Reverse on or after the payment date');
    const live = payment.allocations.filter((r) => r.reversesId === null && !r.isReversed);
    const refunded = live.find((r) => r.refundId !== null);
    if (refunded)
      throw fieldError(
        'id',
        `Part of this payment was refunded (${refunded.refundNumber ?? ''}); it cannot be reversed`,
      );
    const lines: DraftLine[] = [];
    const reversals: { reversal: PendingAllocation; of: number }[] = [];
    const touched: InvoiceState[] = [];
    for (const row of live) {
      const stored = storedAllocation(ctx, row.id);
      if (!stored) continue;
      const r = reversalOf(ctx, stored);
      lines.push(...r.lines);
      reversals.push({ reversal: r.reversal, of: row.id });
      if (r.inv) touched.push(r.inv);
    }
    const base = (
      stmt(
        ctx.sqlite,
        `SELECT amount_base AS b FROM journal_lines WHERE entry_id = ? AND account_id = ? LIMIT 1`,
      ).get(
        (
          stmt(ctx.sqlite, 'SELECT journal_entry_id AS e FROM payments WHERE id = ?').get(payment.id) as {
            e: number;
          }
        ).e,
        payment.bankAccountId,
      ) as { b: number }
    ).b;
    const credits = accountIdByRole(ctx, 'customer_credits');
    lines.push(
      { accountId: credits, amount: payment.amount, amountBase: base, customerId: payment.customerId },
      { accountId: payment.bankAccountId, amount: -payment.amount, amountBase: -base },
    );
    const entry = postEntry(ctx, {
      isAuditedByDocument: true,
      date: input.date,
      description: `Payment ${payment.number} reversed — ${input.reason}`,
      currency: payment.currency,
      fxRate: payment.fxRate,
      sourceType: 'payment_reversal',
      sourceId: payment.id,
      lines: mergeLines(lines),
    });
    for (const r of reversals) {
      insertAllocations(
        ctx,
        { type: 'payment', id: payment.id, customerId: payment.customerId },
        input.date,
        entry.id,
        [r.reversal],
        {
          reversesId: r.of,
          reason: input.reason,
        },
      );
    }
    stmt(
      ctx.sqlite,
      'INSERT INTO payment_reversals (payment_id, date, reason, journal_entry_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(payment.id, input.date, input.reason, entry.id, ctx.user.id, ctx.nowIso());
    refreshSettled(ctx, touched);
    const after = getPayment(ctx, payment.id);
    recordAudit(ctx, {
      action: 'payments.reverse',
      entity: 'payment',
      entityId: payment.id,
      before: { number: payment.number, amount: payment.amount, applied: payment.applied },
      after: { reversed: true, date: input.date, reason: input.reason, journalEntry: entry.number },
    });
    return after;
  });
}
