// Recording a payment (with its allocations, early-payment discounts and write-offs) and allocating a
// payment's remainder later: one transaction, one journal entry, append-only allocation rows.
import type { z } from 'zod';
import type { Payment } from '../../shared/contract';
import type { allocationInput, paymentInput } from '../../shared/contract/payments';
import { fieldError } from '../../shared/errors';
import { formatMoney } from '../../shared/money';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { customerAt, notFound } from '../invoicing/refs';
import { refreshBalance } from '../invoicing/balances';
import { invoiceRate } from '../invoicing/resolve';
import { accountIdByRole } from '../ledger/accounts';
import { postEntry } from '../ledger/post';
import { issueNumber } from '../numbering/series';
import { refreshOrder } from '../orders/refresh';
import { getPayment } from './read';
import {
  baseOf,
  insertAllocations,
  mergeLines,
  settleRows,
  type InvoiceState,
  type SourceState,
} from './settle';
import { sourceState } from './sources';

type ParsedPayment = z.output<typeof paymentInput>;
type ParsedAllocation = z.output<typeof allocationInput>;

/** A bank or cash account: the one chosen, else the bank (cash for cash payments). */
export function moneyAccount(
  ctx: CompanyContext,
  id: number | null,
  method: string,
  path = 'bankAccountId',
): number {
  if (id === null) return accountIdByRole(ctx, method === 'cash' ? 'cash' : 'bank');
  const a = stmt(ctx.sqlite, 'SELECT type, role, archived FROM accounts WHERE id = ?').get(id) as
    { type: string; role: string | null; archived: number } | undefined;
  if (!a) throw notFound(path, 'Unknown account');
  if (a.type !== 'asset' || a.role === 'ar') throw fieldError(path, 'Choose a bank or cash account');
  if (a.archived) throw fieldError(path, 'This account is archived');
  return id;
}

export function rateFor(
  ctx: CompanyContext,
  currency: string,
  date: string,
  entered: string | undefined,
): string {
  const rate = invoiceRate(ctx, currency, date, entered);
  if (rate === null)
    throw fieldError('fxRate', `There is no ${currency} rate on or before ${date}; enter the rate`);
  return rate;
}

/** Balances and order statuses follow the rows just written. */
export function refreshSettled(
  ctx: CompanyContext,
  invoices: readonly Pick<InvoiceState, 'id' | 'customerId' | 'orderId'>[],
) {
  const orders = new Set<number>();
  for (const inv of invoices) {
    refreshBalance(ctx, inv.id, inv.customerId);
    if (inv.orderId !== null) orders.add(inv.orderId);
  }
  for (const orderId of orders) refreshOrder(ctx, orderId);
}

export function recordPayment(ctx: CompanyContext, input: ParsedPayment): Payment {
  return ctx.tx(() => {
    const customer = customerAt(ctx, input.customerId);
    if (input.currency !== undefined && input.currency !== customer.currency) {
      throw fieldError('currency', `${customer.name} pays in ${customer.currency}`);
    }
    const currency = customer.currency;
    const rate = rateFor(ctx, currency, input.date, input.fxRate);
    const bank = moneyAccount(ctx, input.bankAccountId, input.method);
    const allocated = input.allocations.reduce((s, a) => s + a.amount, 0);
    if (allocated > input.amount) {
      throw fieldError(
        'amount',
        `The allocations add up to ${formatMoney(allocated, currency, 'en-IE')}, more than the payment`,
      );
    }
    const number = issueNumber(ctx, 'payment', input.date);
    const base = baseOf(ctx, input.amount, currency, rate);
    const source: SourceState = {
      type: 'payment',
      id: 0,
      customerId: customer.id,
      currency,
      rate,
      remaining: input.amount,
      remainingBase: base,
    };
    const settled = settleRows(ctx, input.date, source, input.allocations);
    const credits = accountIdByRole(ctx, 'customer_credits');
    const entry = postEntry(ctx, {
      isAuditedByDocument: true,
      date: input.date,
      description: `Payment ${number} — ${customer.name}${input.reference ? ` (${input.reference})` : ''}`,
      currency,
      fxRate: rate,
      sourceType: 'payment',
      lines: mergeLines([
        { accountId: bank, amount: input.amount, amountBase: base },
        { accountId: credits, amount: -input.amount, amountBase: -base, customerId: customer.id },
        ...settled.lines,
      ]),
    });
    const id = Number(
      stmt(
        ctx.sqlite,
        `INSERT INTO payments (number, customer_id, date, amount, currency, fx_rate, method, bank_account_id, reference, memo,
           journal_entry_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        number,
        customer.id,
        input.date,
        input.amount,
        currency,
        rate,
        input.method,
        bank,
        input.reference,
        input.memo,
        entry.id,
        ctx.user.id,
        ctx.nowIso(),
      ).lastInsertRowid,
    );
    insertAllocations(
      ctx,
      { type: 'payment', id, customerId: customer.id },
      input.date,
      entry.id,
      settled.pending,
    );
    refreshSettled(ctx, settled.invoices);
    const after = getPayment(ctx, id);
    recordAudit(ctx, {
      action: 'payments.record',
      entity: 'payment',
      entityId: id,
      after: {
        number,
        customerId: customer.id,
        date: input.date,
        amount: input.amount,
        currency,
        fxRate: rate,
        method: input.method,
        reference: input.reference,
        allocations: settled.pending.map((a) => ({ kind: a.kind, invoiceId: a.invoiceId, amount: a.amount })),
        journalEntry: entry.number,
      },
    });
    return after;
  });
}

export function allocatePayment(
  ctx: CompanyContext,
  input: { paymentId: number; date: string; allocations: ParsedAllocation[] },
): Payment {
  return ctx.tx(() => {
    const source = sourceState(ctx, 'payment', input.paymentId, 'paymentId');
    const payment = getPayment(ctx, input.paymentId);
    if (payment.isReversed) throw fieldError('paymentId', `${payment.number} was reversed`);
    if (input.date < payment.date) throw fieldError('date', 'Allocate on or after the payment date');
    // The early-payment discount is earned by the day the customer paid, not the day the payment is applied.
    const settled = settleRows(ctx, input.date, source, input.allocations, 'allocations', payment.date);
    const entry = postEntry(ctx, {
      isAuditedByDocument: true,
      date: input.date,
      description: `Allocation of payment ${payment.number} — ${payment.customerName}`,
      currency: source.currency,
      fxRate: source.rate,
      sourceType: 'allocation',
      sourceId: input.paymentId,
      lines: mergeLines(settled.lines),
    });
    insertAllocations(
      ctx,
      { type: 'payment', id: input.paymentId, customerId: source.customerId },
      input.date,
      entry.id,
      settled.pending,
    );
    refreshSettled(ctx, settled.invoices);
    const after = getPayment(ctx, input.paymentId);
    recordAudit(ctx, {
      action: 'payments.allocate',
      entity: 'payment',
      entityId: input.paymentId,
      before: { unapplied: payment.unapplied },
      after: {
        unapplied: after.unapplied,
        allocations: settled.pending.map((a) => ({ kind: a.kind, invoiceId: a.invoiceId, amount: a.amount })),
        journalEntry: entry.number,
      },
    });
    return after;
  });
}
