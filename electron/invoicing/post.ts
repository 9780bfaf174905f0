// Posting an invoice: checks, the gapless number, the journal entry (Dr AR gross / Cr revenue per account /
// Cr tax per rate / cash rounding), its open balance and the order's status — one transaction.
import type { Invoice } from '../../shared/contract';
import { OrdoError, fieldError } from '../../shared/errors';
import { formatQuantity } from '../../shared/quantity';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { getCustomer } from '../customers/store';
import { rateOn } from '../fx/rates';
import { accountIdByRole } from '../ledger/accounts';
import { postEntry } from '../ledger/post';
import type { DraftLine } from '../ledger/balance';
import { issueNumber } from '../numbering/series';
import { refreshOrder } from '../orders/refresh';
import { refreshBalance } from './balances';
import { depositUse } from './depositUse';
import { auditView } from './drafts';
import { getInvoice, invoiceRow } from './read';
import { billableQty, invoicedQty } from './orderQuantities';

interface LineFacts {
  position: number;
  kind: string;
  orderLineId: number | null;
  depositInvoiceId: number | null;
  qty: number;
  accountId: number;
  taxAccountId: number | null;
  net: number;
  tax: number;
}

function checkOrderLines(ctx: CompanyContext, lines: LineFacts[]): void {
  const asked = new Map<number, number>();
  lines.forEach((l) => {
    if (l.orderLineId !== null) asked.set(l.orderLineId, (asked.get(l.orderLineId) ?? 0) + l.qty);
  });
  lines.forEach((l, i) => {
    if (l.orderLineId === null) return;
    const left = billableQty(ctx, l.orderLineId) - invoicedQty(ctx, l.orderLineId, false);
    if ((asked.get(l.orderLineId) ?? 0) > left) {
      throw fieldError(
        `lines.${i}.quantity`,
        left <= 0
          ? 'This order line is already invoiced in full'
          : `Only ${formatQuantity(left)} of this order line is left to invoice`,
      );
    }
  });
}

function checkDeposits(ctx: CompanyContext, lines: LineFacts[]): void {
  lines.forEach((l, i) => {
    if (l.kind !== 'deposit' || l.depositInvoiceId === null) return;
    // What credit notes gave back of the deposit cannot be deducted as well.
    const use = depositUse(ctx, l.depositInvoiceId);
    const thisOne = lines
      .filter((x) => x.depositInvoiceId === l.depositInvoiceId)
      .reduce((s, x) => s - x.net, 0);
    if (!use || use.deducted + use.credited + thisOne > use.net) {
      throw fieldError(`lines.${i}.unitPrice`, 'This deducts more than is left of the deposit invoice');
    }
  });
}

function journalLines(
  ctx: CompanyContext,
  customerId: number,
  total: number,
  cashRounding: number,
  lines: LineFacts[],
) {
  const byAccount = new Map<number, number>();
  const add = (accountId: number, amount: number) =>
    byAccount.set(accountId, (byAccount.get(accountId) ?? 0) + amount);
  for (const l of lines) {
    add(l.accountId, -l.net);
    if (l.tax !== 0) {
      if (l.taxAccountId === null) throw new OrdoError('INTERNAL', 'A taxed line has no tax rate');
      add(l.taxAccountId, -l.tax);
    }
  }
  if (cashRounding !== 0) add(accountIdByRole(ctx, 'rounding'), -cashRounding);
  const out: DraftLine[] = [{ accountId: accountIdByRole(ctx, 'ar'), amount: total, customerId }];
  for (const [accountId, amount] of byAccount) if (amount !== 0) out.push({ accountId, amount });
  return out;
}

export function postInvoice(ctx: CompanyContext, id: number): Invoice {
  return ctx.tx(() => {
    const r = invoiceRow(ctx, id);
    if (r.postedAt !== null) {
      throw new OrdoError('CONFLICT', `Invoice ${r.number ?? id} is already posted`, {
        fields: [{ path: 'id', message: 'Already posted' }],
      });
    }
    const customer = getCustomer(ctx, r.customerId);
    if (customer.archived)
      throw fieldError('customerId', `${customer.name} is archived; restore the customer to post`);
    if (customer.currency !== r.currency) {
      throw fieldError(
        'customerId',
        `${customer.name} now pays in ${customer.currency}; save the draft again`,
      );
    }
    if (r.fxRate === '') {
      // Saved before the rate was entered: take the company's rate now, as saving the draft again would.
      const rate = rateOn(ctx, r.currency, r.invoiceDate);
      if (rate === null) {
        throw fieldError(
          'fxRate',
          `There is no ${r.currency} rate on or before ${r.invoiceDate}; enter the rate`,
        );
      }
      stmt(ctx.sqlite, 'UPDATE invoices SET fx_rate = ? WHERE id = ?').run(rate.rate, id);
      r.fxRate = rate.rate;
    }
    if (r.total <= 0)
      throw fieldError('lines', 'An invoice must total more than 0; a negative one is a credit note');
    const lines = stmt(
      ctx.sqlite,
      `SELECT l.position, l.kind, l.order_line_id AS orderLineId, l.deposit_invoice_id AS depositInvoiceId, l.qty,
         l.account_id AS accountId, t.account_id AS taxAccountId, l.net, l.tax
       FROM invoice_lines l LEFT JOIN tax_rates t ON t.id = l.tax_rate_id WHERE l.invoice_id = ? ORDER BY l.position`,
    ).all(id) as LineFacts[];
    checkOrderLines(ctx, lines);
    checkDeposits(ctx, lines);
    const number = issueNumber(ctx, 'invoice', r.invoiceDate);
    const entry = postEntry(ctx, {
      isAuditedByDocument: true,
      date: r.invoiceDate,
      description: `Invoice ${number} — ${customer.name}`,
      currency: r.currency,
      fxRate: r.fxRate,
      sourceType: 'invoice',
      sourceId: id,
      lines: journalLines(ctx, r.customerId, r.total, r.cashRounding, lines),
    });
    const arBase = (
      stmt(ctx.sqlite, 'SELECT amount_base AS b FROM journal_lines WHERE entry_id = ? AND line_no = 1').get(
        entry.id,
      ) as {
        b: number;
      }
    ).b;
    stmt(
      ctx.sqlite,
      `UPDATE invoices SET number = ?, ar_base = ?, journal_entry_id = ?, posted_at = ?, posted_by = ?, updated_at = ?
       WHERE id = ?`,
    ).run(number, arBase, entry.id, ctx.nowIso(), ctx.user.id, ctx.nowIso(), id);
    refreshBalance(ctx, id, r.customerId);
    if (r.orderId !== null) refreshOrder(ctx, r.orderId);
    const after = getInvoice(ctx, id);
    recordAudit(ctx, {
      action: 'invoices.post',
      entity: 'invoice',
      entityId: id,
      before: { number: null },
      after: { ...auditView(after), journalEntry: entry.number },
    });
    return after;
  });
}
