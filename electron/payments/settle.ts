// Settling invoices from a credit source (a payment, or a credit note's excess): checks each allocation row,
// writes the journal lines (Cr AR at the invoice's own base, Dr the source at its base, FX or rounding for the
// difference; discounts and write-offs to their accounts) and the append-only allocation rows.
import { OrdoError, fieldError } from '../../shared/errors';
import { convertToBase } from '../../shared/invoicing/postingLines';
import { canonicalDecimal, formatMoney } from '../../shared/money';
import { earlyDiscount, writeOffAllowed } from '../../shared/payments/settlement';
import { allocate } from '../../shared/money';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import type { DraftLine } from '../ledger/balance';
import { accountIdByRole } from '../ledger/accounts';
import { ledgerSettings } from '../settings/company';
import { balanceOf } from '../invoicing/read';
import { getReceivablesSettings, toleranceMinor } from '../invoicing/settings';

export interface SourceState {
  type: 'payment' | 'credit_note';
  id: number;
  customerId: number;
  currency: string;
  rate: string;
  remaining: number;
  remainingBase: number;
}

export interface InvoiceState {
  id: number;
  number: string;
  customerId: number;
  currency: string;
  fxRate: string;
  total: number;
  open: number;
  arBase: number;
  arBaseRelieved: number;
  earlyDiscountPercent: string | null;
  earlyDiscountDeadline: string | null;
  orderId: number | null;
}

export interface PendingAllocation {
  kind: 'apply' | 'writeoff' | 'discount';
  invoiceId: number | null;
  refundId: number | null;
  amount: number;
  arBase: number;
  sourceBase: number;
  taxCorrected: boolean;
}

export interface SettleRow {
  invoiceId: number;
  amount: number;
  writeOff: number;
  discount: number;
}

/** Base of an amount in minor units at a rate, in the company's rounding mode. */
export function baseOf(ctx: CompanyContext, amount: number, currency: string, rate: string): number {
  const s = ledgerSettings(ctx);
  return convertToBase(amount, { currency, baseCurrency: s.baseCurrency, fxRate: rate }, s.roundingMode);
}

export function loadInvoice(
  ctx: CompanyContext,
  invoiceId: number,
  customerId: number,
  path: string,
): InvoiceState {
  const row = stmt(
    ctx.sqlite,
    `SELECT id, number, customer_id AS customerId, currency, fx_rate AS fxRate, total, ar_base AS arBase,
       early_discount_percent AS earlyDiscountPercent, early_discount_deadline AS earlyDiscountDeadline,
       order_id AS orderId, posted_at AS postedAt
     FROM invoices WHERE id = ?`,
  ).get(invoiceId) as
    (Omit<InvoiceState, 'open' | 'arBaseRelieved'> & { postedAt: string | null }) | undefined;
  if (!row)
    throw new OrdoError('NOT_FOUND', 'That invoice does not exist', {
      fields: [{ path, message: 'Unknown invoice' }],
    });
  if (row.postedAt === null) throw fieldError(path, 'This invoice is a draft; post it first');
  if (row.customerId !== customerId) throw fieldError(path, `${row.number} belongs to another customer`);
  const balance = balanceOf(ctx, invoiceId);
  const { postedAt: _p, ...rest } = row;
  return { ...rest, open: balance?.open ?? row.total, arBaseRelieved: balance?.arBaseRelieved ?? 0 };
}

/**
 * The early-payment discount still available on `date`: X % of the invoice total taken once — less what
 * earlier settlements took (`discounted`, net of reversals) — and never more than is open. Without "less what
 * was taken", every partial payment in the window could take the full discount again.
 */
export function discountAvailable(
  inv: Pick<InvoiceState, 'total' | 'open' | 'earlyDiscountPercent' | 'earlyDiscountDeadline'>,
  discounted: number,
  date: string,
): { isEligible: boolean; amount: number } {
  const full = earlyDiscount({
    open: inv.total,
    invoiceTotal: inv.total,
    discountPercent: inv.earlyDiscountPercent ?? '0',
    discountDeadline: inv.earlyDiscountDeadline,
    paymentDate: date,
    taxShares: [],
    correctTax: false,
  });
  return {
    isEligible: full.isEligible,
    amount: Math.max(0, Math.min(full.amount - discounted, inv.open)),
  };
}

/** The invoice's tax per tax account (for the discount's tax correction). */
function taxShares(ctx: CompanyContext, invoiceId: number): { taxAccountId: number; tax: number }[] {
  return stmt(
    ctx.sqlite,
    `SELECT t.account_id AS taxAccountId, sum(l.tax) AS tax FROM invoice_lines l JOIN tax_rates t ON t.id = l.tax_rate_id
     WHERE l.invoice_id = ? GROUP BY t.account_id HAVING sum(l.tax) > 0 ORDER BY t.account_id`,
  ).all(invoiceId) as { taxAccountId: number; tax: number }[];
}

/** Net and per-account tax of a discount amount, in the invoice's own net : tax proportion. */
function discountSplit(ctx: CompanyContext, inv: InvoiceState, amount: number, corrected: boolean) {
  const shares = taxShares(ctx, inv.id);
  const taxTotal = shares.reduce((s, x) => s + x.tax, 0);
  if (!corrected || taxTotal === 0)
    return { net: amount, tax: [] as { taxAccountId: number; tax: number }[] };
  const [net = 0, ...parts] = allocate(amount, [inv.total - taxTotal, ...shares.map((s) => s.tax)]);
  return { net, tax: shares.map((s, i) => ({ taxAccountId: s.taxAccountId, tax: parts[i] ?? 0 })) };
}

/** The AR side of one piece: converted at the invoice rate, or exactly the base left when it closes the invoice. */
function arBaseOf(ctx: CompanyContext, inv: InvoiceState, piece: number): number {
  const closes = piece === inv.open;
  const base = closes ? inv.arBase - inv.arBaseRelieved : baseOf(ctx, piece, inv.currency, inv.fxRate);
  inv.open -= piece;
  inv.arBaseRelieved += base;
  return base;
}

/** Takes a piece from a source: converted at its rate, or exactly the base left when it empties the source. */
export function takeFromSource(ctx: CompanyContext, source: SourceState, piece: number): number {
  const base =
    piece === source.remaining ? source.remainingBase : baseOf(ctx, piece, source.currency, source.rate);
  source.remaining -= piece;
  source.remainingBase -= base;
  return base;
}

/** A base-only line for the difference between two legs: FX when the rates differ, else rounding. */
export function differenceLine(ctx: CompanyContext, difference: number, ratesDiffer: boolean): DraftLine[] {
  if (difference === 0) return [];
  const role = !ratesDiffer ? 'rounding' : difference > 0 ? 'fx_gain' : 'fx_loss';
  const description = !ratesDiffer ? 'Currency rounding' : difference > 0 ? 'Exchange gain' : 'Exchange loss';
  return [{ accountId: accountIdByRole(ctx, role), amount: 0, amountBase: -difference, description }];
}

/** Journal lines of one allocation row (a reversal posts them negated). */
export function allocationLines(
  ctx: CompanyContext,
  a: PendingAllocation,
  inv: InvoiceState | null,
  source: { rate: string; customerId: number },
): DraftLine[] {
  const customerId = source.customerId;
  const ar = accountIdByRole(ctx, 'ar');
  const credits = accountIdByRole(ctx, 'customer_credits');
  if (a.kind === 'apply') {
    const lines: DraftLine[] = [
      { accountId: credits, amount: a.amount, amountBase: a.sourceBase, customerId },
    ];
    if (inv !== null) {
      lines.push({
        accountId: ar,
        amount: -a.amount,
        amountBase: -a.arBase,
        customerId,
        description: inv.number,
      });
      const ratesDiffer = canonicalDecimal(inv.fxRate) !== canonicalDecimal(source.rate);
      lines.push(...differenceLine(ctx, a.sourceBase - a.arBase, ratesDiffer));
    }
    return lines;
  }
  if (inv === null) throw new OrdoError('INTERNAL', 'A write-off or discount needs its invoice');
  const arLine: DraftLine = {
    accountId: ar,
    amount: -a.amount,
    amountBase: -a.arBase,
    customerId,
    description: inv.number,
  };
  const lines: DraftLine[] = [arLine];
  if (a.kind === 'writeoff') {
    lines.push({
      accountId: accountIdByRole(ctx, 'write_offs'),
      amount: a.amount,
      description: `Write-off ${inv.number}`,
    });
  } else {
    const split = discountSplit(ctx, inv, a.amount, a.taxCorrected);
    lines.push({
      accountId: accountIdByRole(ctx, 'sales_discounts'),
      amount: split.net,
      description: `Discount ${inv.number}`,
    });
    for (const t of split.tax) if (t.tax !== 0) lines.push({ accountId: t.taxAccountId, amount: t.tax });
  }
  // Converted at the invoice rate; what the AR line's fixed base leaves over goes to rounding.
  return lines
    .filter((l) => l.amount !== 0)
    .map((l) =>
      l.amountBase !== undefined ? l : { ...l, amountBase: baseOf(ctx, l.amount, inv.currency, inv.fxRate) },
    );
}

/**
 * Checks and prices the rows against the source, in order; mutates the states as pieces are taken.
 * Paths are `${path}.${i}.field` so errors sit beside the grid cell.
 */
export function settleRows(
  ctx: CompanyContext,
  date: string,
  source: SourceState,
  rows: readonly SettleRow[],
  path = 'allocations',
  /** The day the customer paid, which earns the early-payment discount; the rows themselves carry `date`. */
  paidOn = date,
): { lines: DraftLine[]; pending: PendingAllocation[]; invoices: InvoiceState[] } {
  const settings = getReceivablesSettings(ctx);
  const lines: DraftLine[] = [];
  const pending: PendingAllocation[] = [];
  const invoices: InvoiceState[] = [];
  rows.forEach((row, i) => {
    const at = (field: string) => `${path}.${i}.${field}`;
    const inv = loadInvoice(ctx, row.invoiceId, source.customerId, at('invoiceId'));
    const money = (n: number) => formatMoney(n, inv.currency, 'en-IE');
    // Settled before it was issued, the invoice would be paid in the ledger on days it does not exist yet:
    // the customer's account as of such a day would no longer tie to its own ledger lines.
    const { invoiceDate } = stmt(
      ctx.sqlite,
      'SELECT invoice_date AS invoiceDate FROM invoices WHERE id = ?',
    ).get(inv.id) as { invoiceDate: string };
    if (date < invoiceDate) {
      throw fieldError(
        at('invoiceId'),
        `${inv.number} is dated ${invoiceDate}; keep the money as credit and apply it from that day`,
      );
    }
    const openBefore = inv.open;
    if (row.amount + row.discount + row.writeOff > openBefore) {
      throw fieldError(at('amount'), `More than the ${money(openBefore)} open on ${inv.number}`);
    }
    if (row.amount > source.remaining) {
      throw fieldError(at('amount'), `Only ${money(source.remaining)} of the payment is left to allocate`);
    }
    let corrected = false;
    if (row.discount > 0) {
      const d = discountAvailable(inv, balanceOf(ctx, inv.id)?.discounted ?? 0, paidOn);
      if (!d.isEligible)
        throw fieldError(at('discount'), `${inv.number} has no early-payment discount on ${paidOn}`);
      if (row.discount > d.amount)
        throw fieldError(at('discount'), `The discount is at most ${money(d.amount)}`);
      corrected = settings.discountTaxCorrection;
    }
    if (row.writeOff > 0) {
      // The tolerance bounds the underpayment — what this payment and discount leave open — not the write-off
      // typed: else a small write-off beside any partial payment would pass, and repeated ones clear any invoice.
      const allowed = writeOffAllowed({
        shortfall: openBefore - row.amount - row.discount,
        open: openBefore,
        toleranceAmount: toleranceMinor(settings, inv.currency),
        tolerancePercent: settings.writeOffTolerancePercent,
      });
      if (!allowed)
        throw fieldError(at('writeOff'), 'More than the write-off tolerance set in Settings → Receivables');
    }
    const pieces: [PendingAllocation['kind'], number][] = [
      ['apply', row.amount],
      ['discount', row.discount],
      ['writeoff', row.writeOff],
    ];
    for (const [kind, amount] of pieces) {
      if (amount === 0) continue;
      const arBase = arBaseOf(ctx, inv, amount);
      const sourceBase = kind === 'apply' ? takeFromSource(ctx, source, amount) : 0;
      const a: PendingAllocation = {
        kind,
        invoiceId: inv.id,
        refundId: null,
        amount,
        arBase,
        sourceBase,
        taxCorrected: kind === 'discount' && corrected,
      };
      pending.push(a);
      lines.push(...allocationLines(ctx, a, inv, source));
    }
    invoices.push(inv);
  });
  return { lines, pending, invoices };
}

/** Writes the rows of one settlement step, all pointing at its journal entry. */
export function insertAllocations(
  ctx: CompanyContext,
  source: { type: SourceState['type']; id: number; customerId: number },
  date: string,
  entryId: number,
  rows: readonly PendingAllocation[],
  extra: { reversesId?: number; reason?: string } = {},
): number[] {
  const insert = stmt(
    ctx.sqlite,
    `INSERT INTO allocations (customer_id, kind, source_type, source_id, invoice_id, refund_id, date, amount, ar_base,
       source_base, tax_corrected, reverses_id, reason, journal_entry_id, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return rows.map((a) =>
    Number(
      insert.run(
        source.customerId,
        a.kind,
        source.type,
        source.id,
        a.invoiceId,
        a.refundId,
        date,
        a.amount,
        a.arBase,
        a.sourceBase,
        a.taxCorrected ? 1 : 0,
        extra.reversesId ?? null,
        extra.reason ?? '',
        entryId,
        ctx.user.id,
        ctx.nowIso(),
      ).lastInsertRowid,
    ),
  );
}

/** Merges lines on the same account and customer (a payment's bank, credit and AR legs read as one entry). */
export function mergeLines(lines: readonly DraftLine[]): DraftLine[] {
  const out: DraftLine[] = [];
  const index = new Map<string, number>();
  for (const l of lines) {
    const key = `${l.accountId}|${l.customerId ?? ''}|${l.description ?? ''}`;
    const at = index.get(key);
    const base = l.amountBase;
    if (at === undefined) {
      index.set(key, out.length);
      out.push({ ...l });
      continue;
    }
    const prev = out[at];
    if (prev === undefined) continue;
    if ((prev.amountBase === undefined) !== (base === undefined)) {
      throw new OrdoError('INTERNAL', 'Cannot merge a fixed-base line with a converted one');
    }
    out[at] = {
      ...prev,
      amount: prev.amount + l.amount,
      ...(base !== undefined ? { amountBase: (prev.amountBase ?? 0) + base } : {}),
    };
  }
  return out.filter((l) => l.amount !== 0 || (l.amountBase ?? 0) !== 0);
}
