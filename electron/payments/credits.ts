// A customer's unapplied credit: listed by source, applied to invoices (oldest source first, or the one
// named) or paid back by a refund document.
import type { AllocationRow, CreditSourceRef, Refund } from '../../shared/contract';
import { OrdoError, fieldError } from '../../shared/errors';
import { canonicalDecimal, formatMoney } from '../../shared/money';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { customerAt } from '../invoicing/refs';
import type { DraftLine } from '../ledger/balance';
import { accountIdByRole } from '../ledger/accounts';
import { postEntry } from '../ledger/post';
import { issueNumber } from '../numbering/series';
import { moneyAccount, rateFor, refreshSettled } from './record';
import { allocationRows } from './read';
import {
  baseOf,
  differenceLine,
  insertAllocations,
  mergeLines,
  settleRows,
  takeFromSource,
  type SourceState,
} from './settle';
import { creditSources, sourceState } from './sources';

export function listCredits(ctx: CompanyContext, customerId: number) {
  const customer = customerAt(ctx, customerId);
  const sources = creditSources(ctx, customerId);
  return { currency: customer.currency, total: sources.reduce((s, x) => s + x.unapplied, 0), sources };
}

/** The sources to draw `amount` from: the one named, or the customer's oldest first. */
function sourcesFor(
  ctx: CompanyContext,
  customerId: number,
  amount: number,
  named: CreditSourceRef | undefined,
  date: string,
): SourceState[] {
  const currency = customerAt(ctx, customerId).currency;
  // Credit is used on or after the day it arose: applied or refunded earlier, the customer's account as of
  // the days between would no longer tie to its own ledger lines.
  const listed = creditSources(ctx, customerId);
  const later = listed.filter((s) => s.date > date);
  const namedLater =
    named && later.find((s) => s.sourceType === named.sourceType && s.sourceId === named.sourceId);
  if (namedLater)
    throw fieldError('date', `${namedLater.number} dates from ${namedLater.date}; use it from then`);
  const states = named
    ? [sourceState(ctx, named.sourceType, named.sourceId, 'source.sourceId')]
    : listed.filter((s) => s.date <= date).map((s) => sourceState(ctx, s.sourceType, s.sourceId));
  const available = states.reduce((s, x) => s + Math.max(0, x.remaining), 0);
  if (named && states[0]?.customerId !== customerId)
    throw fieldError('source.sourceId', 'This credit belongs to another customer');
  if (amount > available) {
    const text = `Only ${formatMoney(available, currency, 'en-IE')} of credit is available`;
    if (!named && later.length > 0) throw fieldError('date', `${text} on ${date}; choose a later date`);
    throw fieldError('amount', text);
  }
  return states.filter((s) => s.remaining > 0);
}

export function applyCredit(
  ctx: CompanyContext,
  input: {
    customerId: number;
    invoiceId: number;
    amount: number;
    date: string;
    source?: CreditSourceRef | undefined;
  },
): { allocations: AllocationRow[]; unapplied: number } {
  return ctx.tx(() => {
    const customer = customerAt(ctx, input.customerId);
    const sources = sourcesFor(ctx, input.customerId, input.amount, input.source, input.date);
    let left = input.amount;
    const ids: number[] = [];
    for (const source of sources) {
      if (left === 0) break;
      const piece = Math.min(left, source.remaining);
      let settled;
      try {
        settled = settleRows(ctx, input.date, source, [
          { invoiceId: input.invoiceId, amount: piece, writeOff: 0, discount: 0 },
        ]);
      } catch (error) {
        // One row per source: point the error at this call's own fields.
        if (error instanceof OrdoError) {
          const fields = (error.details?.fields ?? []).map((f) => ({
            ...f,
            path: f.path.replace(/^allocations\.0\./, ''),
          }));
          throw new OrdoError(error.code, error.message, { ...error.details, fields });
        }
        throw error;
      }
      const entry = postEntry(ctx, {
        isAuditedByDocument: true,
        date: input.date,
        description: `Credit applied to ${settled.invoices[0]?.number ?? ''} — ${customer.name}`,
        currency: source.currency,
        fxRate: source.rate,
        sourceType: 'allocation',
        sourceId: source.id,
        lines: mergeLines(settled.lines),
      });
      ids.push(...insertAllocations(ctx, source, input.date, entry.id, settled.pending));
      refreshSettled(ctx, settled.invoices);
      left -= piece;
    }
    const rows = sources.flatMap((s) => allocationRows(ctx, s.type, s.id)).filter((r) => ids.includes(r.id));
    const unapplied = listCredits(ctx, input.customerId).total;
    recordAudit(ctx, {
      action: 'credits.apply',
      entity: 'invoice',
      entityId: input.invoiceId,
      after: {
        customerId: input.customerId,
        amount: input.amount,
        date: input.date,
        allocations: ids,
        unapplied,
      },
    });
    return { allocations: rows, unapplied };
  });
}

export function refundCredit(
  ctx: CompanyContext,
  input: {
    customerId: number;
    amount: number;
    date: string;
    method: Refund['method'];
    bankAccountId: number | null;
    fxRate?: string | undefined;
    reference: string;
    source?: CreditSourceRef | undefined;
  },
): Refund {
  return ctx.tx(() => {
    const customer = customerAt(ctx, input.customerId);
    const sources = sourcesFor(ctx, input.customerId, input.amount, input.source, input.date);
    const rate = rateFor(ctx, customer.currency, input.date, input.fxRate);
    const bank = moneyAccount(ctx, input.bankAccountId, input.method);
    const number = issueNumber(ctx, 'refund', input.date);
    const credits = accountIdByRole(ctx, 'customer_credits');
    const bankBase = baseOf(ctx, input.amount, customer.currency, rate);
    const lines: DraftLine[] = [{ accountId: bank, amount: -input.amount, amountBase: -bankBase }];
    const pieces: { source: SourceState; amount: number; base: number }[] = [];
    let left = input.amount;
    for (const source of sources) {
      if (left === 0) break;
      const piece = Math.min(left, source.remaining);
      const base = takeFromSource(ctx, source, piece);
      pieces.push({ source, amount: piece, base });
      lines.push({ accountId: credits, amount: piece, amountBase: base, customerId: customer.id });
      left -= piece;
    }
    const fromSources = pieces.reduce((s, p) => s + p.base, 0);
    // Each source's credit sits at its own rate; paying it out at this rate realises the difference.
    const ratesDiffer = pieces.some((p) => canonicalDecimal(p.source.rate) !== canonicalDecimal(rate));
    lines.push(...differenceLine(ctx, fromSources - bankBase, ratesDiffer));
    const entry = postEntry(ctx, {
      isAuditedByDocument: true,
      date: input.date,
      description: `Refund ${number} — ${customer.name}`,
      currency: customer.currency,
      fxRate: rate,
      sourceType: 'refund',
      lines: mergeLines(lines),
    });
    const id = Number(
      stmt(
        ctx.sqlite,
        `INSERT INTO refunds (number, customer_id, date, amount, currency, fx_rate, method, bank_account_id, reference,
           journal_entry_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        number,
        customer.id,
        input.date,
        input.amount,
        customer.currency,
        rate,
        input.method,
        bank,
        input.reference,
        entry.id,
        ctx.user.id,
        ctx.nowIso(),
      ).lastInsertRowid,
    );
    for (const p of pieces) {
      insertAllocations(ctx, p.source, input.date, entry.id, [
        {
          kind: 'apply',
          invoiceId: null,
          refundId: id,
          amount: p.amount,
          arBase: 0,
          sourceBase: p.base,
          taxCorrected: false,
        },
      ]);
    }
    const refund: Refund = {
      id,
      number,
      customerId: customer.id,
      date: input.date,
      amount: input.amount,
      currency: customer.currency,
      method: input.method,
      bankAccountId: bank,
      reference: input.reference,
      journalEntryId: entry.id,
    };
    recordAudit(ctx, {
      action: 'credits.refund',
      entity: 'refund',
      entityId: id,
      after: { ...refund, journalEntry: entry.number },
    });
    return refund;
  });
}
