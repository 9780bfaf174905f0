// Draft credit notes from a posted invoice: everything not yet credited, chosen lines and quantities, or an
// amount spread over the lines. Every credit note line points at the invoice line it credits, so "what is
// left to credit" is simply per line: its net and tax minus what posted credit notes took.
import type { z } from 'zod';
import type { CreditNote } from '../../shared/contract';
import type { creditNoteInput } from '../../shared/contract/invoices';
import { OrdoError, fieldError } from '../../shared/errors';
import { allocate, Dec, formatMoney } from '../../shared/money';
import { formatQuantity, parseQuantity } from '../../shared/quantity';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { accountIdByRole } from '../ledger/accounts';
import { getCreditNote } from './creditNoteRead';
import { checkDepositCredit } from './depositUse';
import { withFieldRenamed } from '../fieldPaths';
import { invoiceRow } from './read';
import { notFound } from './refs';

export type ParsedCreditNote = z.output<typeof creditNoteInput>;

export interface CreditableLine {
  id: number;
  kind: string;
  productId: number | null;
  isStockTracked: number;
  /** Set when the line billed goods shipped on an order: only those took stock out, so only those go back. */
  orderLineId: number | null;
  description: string;
  qty: number;
  accountId: number;
  taxRateId: number | null;
  net: number;
  tax: number;
  creditedQty: number;
  creditedNet: number;
  creditedTax: number;
}

export interface DraftLine {
  invoiceLineId: number | null;
  description: string;
  productId: number | null;
  qty: number;
  restockQty: number;
  accountId: number;
  taxRateId: number | null;
  net: number;
  tax: number;
}

/** Invoice lines with what posted credit notes (other than `exceptNote`) already credited. */
export function creditableLines(ctx: CompanyContext, invoiceId: number, exceptNote = 0): CreditableLine[] {
  return stmt(
    ctx.sqlite,
    `SELECT l.id, l.kind, l.product_id AS productId, coalesce(p.is_stock_tracked, 0) AS isStockTracked,
       l.order_line_id AS orderLineId, l.description,
       l.qty, l.account_id AS accountId, l.tax_rate_id AS taxRateId, l.net, l.tax,
       coalesce(sum(cl.qty), 0) AS creditedQty, coalesce(sum(cl.net), 0) AS creditedNet, coalesce(sum(cl.tax), 0) AS creditedTax
     FROM invoice_lines l LEFT JOIN products p ON p.id = l.product_id
       LEFT JOIN credit_note_lines cl ON cl.invoice_line_id = l.id
         AND cl.credit_note_id IN (SELECT id FROM credit_notes WHERE invoice_id = @invoiceId AND posted_at IS NOT NULL
                                     AND id <> @exceptNote)
     WHERE l.invoice_id = @invoiceId GROUP BY l.id ORDER BY l.position`,
  ).all({ invoiceId, exceptNote }) as CreditableLine[];
}

/** The invoice's cash rounding not yet credited (credited only by a credit note of everything). */
export function creditableRounding(ctx: CompanyContext, invoiceId: number, exceptNote = 0): number {
  const inv = invoiceRow(ctx, invoiceId);
  const credited = stmt(
    ctx.sqlite,
    `SELECT coalesce(sum(cl.net), 0) AS n FROM credit_note_lines cl JOIN credit_notes c ON c.id = cl.credit_note_id
     WHERE c.invoice_id = ? AND c.posted_at IS NOT NULL AND c.id <> ? AND cl.invoice_line_id IS NULL`,
  ).get(invoiceId, exceptNote) as { n: number };
  return inv.cashRounding - credited.n;
}

/** The invoice's cash rounding not yet credited, as a credit note line (none when nothing is left). */
function roundingLeft(ctx: CompanyContext, invoiceId: number, exceptNote: number): DraftLine[] {
  const rounding = creditableRounding(ctx, invoiceId, exceptNote);
  if (rounding === 0) return [];
  return [
    {
      invoiceLineId: null,
      description: 'Cash rounding',
      productId: null,
      qty: 0,
      restockQty: 0,
      accountId: accountIdByRole(ctx, 'rounding'),
      taxRateId: null,
      net: rounding,
      tax: 0,
    },
  ];
}

/** Share of a line amount for a part of its quantity; the rest of the line when the part is all that is left. */
function shareOf(whole: number, left: number, qty: number, part: number, qtyLeft: number): number {
  if (part === qtyLeft) return left;
  const share = new Dec(whole).times(part).div(qty).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
  return Math.abs(share) > Math.abs(left) ? left : share;
}

export function draftLinesFor(
  ctx: CompanyContext,
  input: ParsedCreditNote,
  currency: string,
  exceptNote = 0,
): DraftLine[] {
  const lines = creditableLines(ctx, input.invoiceId, exceptNote);
  const restockable = (l: CreditableLine, qty: number, restock: boolean) =>
    restock && l.kind === 'product' && l.isStockTracked === 1 && l.orderLineId !== null ? qty : 0;
  if (input.mode === 'all') {
    const out: DraftLine[] = lines
      .filter((l) => l.net - l.creditedNet !== 0 || l.tax - l.creditedTax !== 0)
      .map((l) => ({
        invoiceLineId: l.id,
        description: l.description,
        productId: l.productId,
        qty: Math.max(0, l.qty - l.creditedQty),
        restockQty: restockable(l, Math.max(0, l.qty - l.creditedQty), input.restock),
        accountId: l.accountId,
        taxRateId: l.taxRateId,
        net: l.net - l.creditedNet,
        tax: l.tax - l.creditedTax,
      }));
    return [...out, ...roundingLeft(ctx, input.invoiceId, exceptNote)];
  }
  if (input.mode === 'lines') {
    const seen = new Set<number>();
    const out = input.lines.map((c, i): DraftLine => {
      const l = lines.find((x) => x.id === c.invoiceLineId);
      if (!l) {
        const exists = stmt(ctx.sqlite, 'SELECT 1 FROM invoice_lines WHERE id = ?').get(c.invoiceLineId);
        if (!exists) throw notFound(`lines.${i}.invoiceLineId`, 'Unknown invoice line');
        throw fieldError(`lines.${i}.invoiceLineId`, 'This line is not on the invoice');
      }
      if (seen.has(l.id)) throw fieldError(`lines.${i}.invoiceLineId`, 'This line is listed twice');
      seen.add(l.id);
      const qty = parseQuantity(c.quantity);
      const qtyLeft = l.qty - l.creditedQty;
      if (qty > qtyLeft) {
        throw fieldError(
          `lines.${i}.quantity`,
          qtyLeft <= 0
            ? 'This line is already credited in full'
            : `At most ${formatQuantity(qtyLeft)} can be credited`,
        );
      }
      return {
        invoiceLineId: l.id,
        description: l.description,
        productId: l.productId,
        qty,
        restockQty: restockable(l, qty, c.restock),
        accountId: l.accountId,
        taxRateId: l.taxRateId,
        net: shareOf(l.net, l.net - l.creditedNet, l.qty, qty, qtyLeft),
        tax: shareOf(l.tax, l.tax - l.creditedTax, l.qty, qty, qtyLeft),
      };
    });
    // Taking the last of every line takes the cash rounding too, as mode all does: otherwise crediting a
    // rounded invoice line by line gives back its unrounded lines (11.91 of an invoice of 11.90).
    const takesAll = lines.every((l) => {
      const c = out.find((o) => o.invoiceLineId === l.id);
      const netLeft = l.net - l.creditedNet;
      const taxLeft = l.tax - l.creditedTax;
      return (netLeft === 0 && taxLeft === 0) || (c?.net === netLeft && c.tax === taxLeft);
    });
    return takesAll ? [...out, ...roundingLeft(ctx, input.invoiceId, exceptNote)] : out;
  }
  const amount = input.amount ?? 0;
  const open = lines.map((l) => Math.max(0, l.net - l.creditedNet + l.tax - l.creditedTax));
  // Deposit deductions and a downward cash rounding make the invoice less than its positive lines: the
  // amount is bounded by what is left of the invoice itself, never more than was invoiced.
  const leftOnInvoice =
    lines.reduce((s, l) => s + l.net - l.creditedNet + l.tax - l.creditedTax, 0) +
    creditableRounding(ctx, input.invoiceId, exceptNote);
  const onLines = open.reduce((s, g) => s + g, 0);
  const creditable = Math.max(0, Math.min(onLines, leftOnInvoice));
  if (amount > creditable) {
    throw fieldError(
      'amount',
      `At most ${formatMoney(creditable, currency, 'en-IE')} of this invoice is left to credit`,
    );
  }
  const pieces = allocate(amount, open);
  return lines.flatMap((l, i) => {
    const gross = pieces[i] ?? 0;
    if (gross === 0) return [];
    const lineGross = l.net + l.tax;
    const tax = Math.min(
      l.tax - l.creditedTax,
      new Dec(gross).times(l.tax).div(lineGross).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber(),
    );
    return [
      {
        invoiceLineId: l.id,
        description: l.description,
        productId: l.productId,
        qty: 0,
        restockQty: 0,
        accountId: l.accountId,
        taxRateId: l.taxRateId,
        net: gross - tax,
        tax,
      },
    ];
  });
}

export function insertCreditNoteLines(ctx: CompanyContext, noteId: number, lines: DraftLine[]): void {
  const insert = stmt(
    ctx.sqlite,
    `INSERT INTO credit_note_lines (credit_note_id, invoice_line_id, description, product_id, qty, restock_qty, account_id,
       tax_rate_id, net, tax) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const l of lines) {
    insert.run(
      noteId,
      l.invoiceLineId,
      l.description,
      l.productId,
      l.qty,
      l.restockQty,
      l.accountId,
      l.taxRateId,
      l.net,
      l.tax,
    );
  }
}

export function createCreditNote(ctx: CompanyContext, input: ParsedCreditNote, audited = true): CreditNote {
  return ctx.tx(() => {
    const inv = withFieldRenamed('id', 'invoiceId', () => invoiceRow(ctx, input.invoiceId));
    if (inv.postedAt === null) throw fieldError('invoiceId', 'Only a posted invoice can be credited');
    if (input.date < inv.invoiceDate)
      throw fieldError('date', 'A credit note is dated on or after its invoice');
    const lines = draftLinesFor(ctx, input, inv.currency);
    checkDepositCredit(ctx, inv.id, lines);
    const net = lines.reduce((s, l) => s + l.net, 0);
    const tax = lines.reduce((s, l) => s + l.tax, 0);
    if (net + tax <= 0) {
      throw new OrdoError('VALIDATION', 'Nothing is left to credit on this invoice', {
        fields: [{ path: input.mode === 'amount' ? 'amount' : 'mode', message: 'Nothing left to credit' }],
      });
    }
    const now = ctx.nowIso();
    const id = Number(
      stmt(
        ctx.sqlite,
        `INSERT INTO credit_notes (invoice_id, customer_id, date, mode, reason, restock, currency, fx_rate, net, tax, total,
           created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        inv.id,
        inv.customerId,
        input.date,
        input.mode,
        input.reason,
        input.restock || input.lines.some((l) => l.restock) ? 1 : 0,
        inv.currency,
        inv.fxRate,
        net,
        tax,
        net + tax,
        ctx.user.id,
        now,
        now,
      ).lastInsertRowid,
    );
    insertCreditNoteLines(ctx, id, lines);
    const after = getCreditNote(ctx, id);
    if (!audited) return after;
    recordAudit(ctx, {
      action: 'creditNotes.create',
      entity: 'credit_note',
      entityId: id,
      after: {
        invoiceId: inv.id,
        invoice: inv.number,
        mode: input.mode,
        reason: input.reason,
        total: after.total,
      },
    });
    return after;
  });
}

export function deleteCreditNoteDraft(ctx: CompanyContext, id: number): { deleted: boolean } {
  return ctx.tx(() => {
    const note = getCreditNote(ctx, id);
    if (note.isPosted) {
      // Beside the field that named it, as creditNotes.post reports "already posted".
      const message = `Credit note ${note.number ?? id} is posted and stays`;
      throw new OrdoError('CONFLICT', message, { fields: [{ path: 'id', message }] });
    }
    stmt(ctx.sqlite, 'DELETE FROM credit_note_lines WHERE credit_note_id = ?').run(id);
    stmt(ctx.sqlite, 'DELETE FROM credit_notes WHERE id = ?').run(id);
    recordAudit(ctx, {
      action: 'creditNotes.deleteDraft',
      entity: 'credit_note',
      entityId: id,
      before: { invoiceId: note.invoiceId, total: note.total },
      after: { deleted: true },
    });
    return { deleted: true };
  });
}
