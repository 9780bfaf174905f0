// The posting of a credit note: the invoice's revenue and tax accounts reversed in proportion, exact sums.
import { allocate, assertSafeMinor } from '../money';
import { balancePosting, type Posting, type PostingLine } from './postingLines';

/** Either a total spread over the invoice's rows in proportion, or explicit amounts per row. */
export interface CreditedAmounts {
  /** Net to credit: a total, or per revenue account (e.g. from computeTotals of the credited lines). */
  net: number | readonly { accountId: number; net: number }[];
  /** Tax to credit: a total, or per tax rate. */
  tax: number | readonly { taxRateId: number | null; tax: number }[];
}

interface Row {
  line: PostingLine;
  /** What the invoice credited to this row, as a positive amount. */
  invoiced: number;
}

function rowsOf(invoice: Posting, role: 'revenue' | 'tax'): Row[] {
  return invoice.lines.filter((l) => l.role === role).map((line) => ({ line, invoiced: -line.amount }));
}

/**
 * A total is spread by the largest remainder over the invoice's rows weighted by their amounts; since the
 * total is at most Σ weights, no part exceeds its row (each part is ⌊total·w/W⌋ or one more, and ≤ w).
 */
function creditRows(
  rows: Row[],
  credited: number | readonly { key: unknown; amount: number }[],
  what: 'net' | 'tax',
): number[] {
  const invoicedTotal = rows.reduce((sum, r) => sum + r.invoiced, 0);
  if (typeof credited === 'number') {
    assertSafeMinor(credited, `credited ${what}`);
    if (credited < 0 || credited > invoicedTotal) {
      throw new RangeError(
        `Credited ${what} ${credited} must be between 0 and the invoiced ${invoicedTotal}`,
      );
    }
    if (credited === 0) return rows.map(() => 0);
    if (rows.some((r) => r.invoiced < 0)) {
      throw new RangeError(
        `The invoice has a negative ${what} row: credit ${what} per row instead of a total`,
      );
    }
    return allocate(
      credited,
      rows.map((r) => r.invoiced),
    );
  }
  const parts = rows.map(() => 0);
  const seen = new Set<unknown>();
  for (const { key, amount } of credited) {
    const index = rows.findIndex((r) => (what === 'net' ? r.line.accountId : r.line.taxRateId) === key);
    const row = rows[index];
    if (row === undefined) throw new RangeError(`The invoice has no ${what} row for ${String(key)}`);
    if (seen.has(key)) throw new RangeError(`${what} for ${String(key)} is listed twice`);
    seen.add(key);
    assertSafeMinor(amount, `credited ${what}`);
    // Same sign as the invoiced row and no larger: a credit note cannot credit more than was invoiced.
    const within =
      row.invoiced >= 0 ? amount >= 0 && amount <= row.invoiced : amount <= 0 && amount >= row.invoiced;
    if (!within)
      throw new RangeError(
        `Credited ${what} ${amount} for ${String(key)} exceeds the invoiced ${row.invoiced}`,
      );
    parts[index] = amount;
  }
  return parts;
}

/**
 * Reverses the invoice's accounts: Dr revenue per account, Dr tax per rate, Cr AR the sum; base amounts at
 * `fxRate` (default: the invoice's rate, so a full credit note mirrors the invoice exactly, rounding line
 * included). Checks one credit note against the invoice; across several, pass what is still uncredited.
 */
export function creditNoteLines(
  invoice: Posting,
  credited: CreditedAmounts,
  fxRate = invoice.fxRate,
): Posting {
  const revenue = rowsOf(invoice, 'revenue');
  const taxes = rowsOf(invoice, 'tax');
  const net = creditRows(
    revenue,
    typeof credited.net === 'number'
      ? credited.net
      : credited.net.map((r) => ({ key: r.accountId, amount: r.net })),
    'net',
  );
  const tax = creditRows(
    taxes,
    typeof credited.tax === 'number'
      ? credited.tax
      : credited.tax.map((r) => ({ key: r.taxRateId, amount: r.tax })),
    'tax',
  );
  const debits = [
    ...revenue.map((r, i) => ({ ...r.line, amount: net[i] ?? 0 })),
    ...taxes.map((r, i) => ({ ...r.line, amount: tax[i] ?? 0 })),
  ];
  const gross = debits.reduce((sum, l) => sum + l.amount, 0);
  const ar = {
    role: 'ar' as const,
    accountId: invoice.arAccountId,
    taxRateId: null,
    customerId: invoice.customerId,
  };
  const { lines: _lines, ...head } = invoice;
  return balancePosting([{ ...ar, amount: gross === 0 ? 0 : -gross }, ...debits], { ...head, fxRate });
}

/**
 * Splits a gross amount to credit into net and tax in the invoice's own net : tax proportion (largest
 * remainder, net first on a tie), for "credit an amount" credit notes.
 */
export function splitCreditedGross(invoice: Posting, gross: number): { net: number; tax: number } {
  const invoicedNet = rowsOf(invoice, 'revenue').reduce((sum, r) => sum + r.invoiced, 0);
  const invoicedTax = rowsOf(invoice, 'tax').reduce((sum, r) => sum + r.invoiced, 0);
  assertSafeMinor(gross, 'gross');
  if (gross < 0 || gross > invoicedNet + invoicedTax) {
    throw new RangeError(
      `Credited gross ${gross} must be between 0 and the invoice total ${invoicedNet + invoicedTax}`,
    );
  }
  if (gross === 0) return { net: 0, tax: 0 };
  const [net = 0, tax = 0] = allocate(gross, [invoicedNet, invoicedTax]);
  return { net, tax };
}
