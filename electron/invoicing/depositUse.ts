// What is left of a deposit invoice's net: a deposit is used up either by the invoices that deduct it or by
// the credit notes that give it back, never both (else the same revenue is taken off twice).
import { fieldError } from '../../shared/errors';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';

export interface DepositUse {
  net: number;
  /** Net deducted by posted invoices (a positive amount). */
  deducted: number;
  /** Net given back by posted credit notes other than `exceptNote` (cash rounding aside). */
  credited: number;
}

/** The deposit's net and how much of it is used; undefined when the invoice is not a posted deposit. */
export function depositUse(ctx: CompanyContext, invoiceId: number, exceptNote = 0): DepositUse | undefined {
  const deposit = stmt(
    ctx.sqlite,
    'SELECT net FROM invoices WHERE id = ? AND is_deposit = 1 AND posted_at IS NOT NULL',
  ).get(invoiceId) as { net: number } | undefined;
  if (!deposit) return undefined;
  const deducted = stmt(
    ctx.sqlite,
    `SELECT coalesce(-sum(l.net), 0) AS n FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
     WHERE l.deposit_invoice_id = ? AND i.posted_at IS NOT NULL`,
  ).get(invoiceId) as { n: number };
  const credited = stmt(
    ctx.sqlite,
    `SELECT coalesce(sum(cl.net), 0) AS n FROM credit_note_lines cl JOIN credit_notes c ON c.id = cl.credit_note_id
     WHERE c.invoice_id = ? AND c.posted_at IS NOT NULL AND c.id <> ? AND cl.invoice_line_id IS NOT NULL`,
  ).get(invoiceId, exceptNote) as { n: number };
  return { net: deposit.net, deducted: deducted.n, credited: credited.n };
}

/** A credit note on a deposit gives back only what no invoice deducted yet. */
export function checkDepositCredit(
  ctx: CompanyContext,
  invoiceId: number,
  lines: readonly { invoiceLineId: number | null; net: number }[],
  exceptNote = 0,
): void {
  const use = depositUse(ctx, invoiceId, exceptNote);
  if (!use) return;
  const thisNet = lines.filter((l) => l.invoiceLineId !== null).reduce((s, l) => s + l.net, 0);
  if (use.deducted + use.credited + thisNet > use.net) {
    throw fieldError(
      'invoiceId',
      'This deposit was deducted on a later invoice of the order; credit that invoice instead',
    );
  }
}
