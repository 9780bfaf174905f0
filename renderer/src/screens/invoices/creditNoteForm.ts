// The "Create credit note" dialog's form and how it reads into creditNotes.createFromInvoice: the whole invoice,
// chosen lines with quantities (and whether the goods come back into stock), or a gross amount.
import type { CreditNoteInput, Invoice, InvoiceLine } from '../../../../shared/contract';
import type { creditNoteModes } from '../../../../shared/contract/invoices';
import { parseDecimal, parseMoney } from '../../../../shared/money';
import { formatQuantity, parseQuantity } from '../../../../shared/quantity';
import { decimalInputText } from '../../lib/format';

export type CreditNoteMode = (typeof creditNoteModes)[number];

export interface CreditLineRow {
  invoiceLineId: number;
  isChosen: boolean;
  /** As typed in the company locale. */
  quantity: string;
  restock: boolean;
}

export interface CreditNoteForm {
  mode: CreditNoteMode;
  date: string;
  reason: string;
  /** Mode all: the goods come back into stock. */
  restock: boolean;
  lines: CreditLineRow[];
  /** Mode amount: the gross amount as typed. */
  amount: string;
}

/** What of a line is left to credit (its quantity less what posted credit notes took back), e4. */
function creditableE4(line: InvoiceLine): number {
  try {
    return Math.max(0, parseQuantity(line.quantity) - parseQuantity(line.credited));
  } catch {
    return 0;
  }
}

/** Lines that can still be credited (a deposit deducted is settled through its own invoice). */
export function creditableLines(invoice: Invoice): InvoiceLine[] {
  return invoice.lines.filter((line) => line.kind !== 'deposit' && creditableE4(line) > 0);
}

export function emptyCreditNoteForm(invoice: Invoice, today: string, locale: string): CreditNoteForm {
  return {
    mode: 'all',
    date: today,
    reason: '',
    restock: false,
    lines: creditableLines(invoice).map((line) => ({
      invoiceLineId: line.id,
      isChosen: false,
      quantity: decimalInputText(formatQuantity(creditableE4(line)), locale),
      restock: false,
    })),
    amount: '',
  };
}

/** Form paths: a line's quantity is "line-<invoice line id>.quantity" (ids, not positions, name the rows). */
export const lineQuantityPath = (invoiceLineId: number) => `line-${invoiceLineId}.quantity`;

export interface CreditNoteReading {
  input: CreditNoteInput;
  problems: Record<string, string>;
  /** Sent line index → invoice line id, so main's "lines.0.quantity" finds its row. */
  lineIdOf: number[];
}

export function readCreditNoteForm(
  form: CreditNoteForm,
  invoice: Pick<Invoice, 'id' | 'currency'>,
  locale: string,
): CreditNoteReading {
  const problems: Record<string, string> = {};
  // Main requires a reason too; asking here says it beside the field before any call.
  if (form.reason.trim() === '') problems.reason = 'Enter a reason';
  const base = { invoiceId: invoice.id, date: form.date, mode: form.mode, reason: form.reason };
  if (form.mode === 'all') return { input: { ...base, restock: form.restock }, problems, lineIdOf: [] };

  if (form.mode === 'amount') {
    const amount = parseMoney(form.amount, invoice.currency, locale);
    if (!amount.ok) problems.amount = form.amount.trim() === '' ? 'Enter the amount to credit' : amount.error;
    return { input: { ...base, ...(amount.ok ? { amount: amount.minor } : {}) }, problems, lineIdOf: [] };
  }

  const chosen = form.lines.filter((row) => row.isChosen);
  if (chosen.length === 0) problems.lines = 'Choose at least one line to credit';
  const lines: NonNullable<CreditNoteInput['lines']> = [];
  for (const row of chosen) {
    const quantity = parseDecimal(row.quantity, locale, 4);
    if (!quantity.ok) problems[lineQuantityPath(row.invoiceLineId)] = quantity.error;
    else lines.push({ invoiceLineId: row.invoiceLineId, quantity: quantity.value, restock: row.restock });
  }
  return { input: { ...base, lines }, problems, lineIdOf: lines.map((l) => l.invoiceLineId) };
}

const dialogFields = new Set(['date', 'reason', 'amount', 'lines', 'restock']);

export function isCreditNoteFieldShown(path: string): boolean {
  return dialogFields.has(path) || /^line-\d+\.quantity$/.test(path);
}

/** Main's "lines.<sent index>.quantity" → the row of that invoice line; other line problems → "lines". */
export function creditNoteFieldOf(path: string, lineIdOf: readonly number[]): string {
  const match = /^lines\.(\d+)(?:\.(\w+))?/.exec(path);
  if (!match) return path;
  const id = lineIdOf[Number(match[1])];
  if (id !== undefined && match[2] === 'quantity') return lineQuantityPath(id);
  return 'lines';
}
