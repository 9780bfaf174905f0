// Pure posting rules: an entry balances in document and base currency; base amounts come from the rate,
// and the cent lost to rounding goes to the rounding account instead of unbalancing the books.
import { Dec, type RoundingMode } from '../../shared/money';
import { OrdoError } from '../../shared/errors';

export interface DraftLine {
  accountId: number;
  /** Signed minor units in the document currency: debit positive, credit negative. */
  amount: number;
  customerId?: number | null;
  description?: string;
  /**
   * Base amount fixed by the caller instead of converted at the entry's rate: settling at another rate
   * relieves AR at the invoice's own base; such a line may carry 0 in document currency (an FX line).
   */
  amountBase?: number;
}

export interface BalancedLine extends DraftLine {
  amountBase: number;
}

export function assertBalanced(lines: { amount: number; amountBase?: number }[]): void {
  if (lines.length < 2) throw new OrdoError('UNBALANCED', 'A journal entry needs at least two lines');
  let sum = 0n;
  for (const [i, line] of lines.entries()) {
    if (!Number.isSafeInteger(line.amount)) {
      throw new OrdoError('VALIDATION', `Line ${i + 1}: the amount must be a whole number of minor units`);
    }
    const isBaseOnly = 'amountBase' in line && typeof line.amountBase === 'number' && line.amountBase !== 0;
    if (line.amount === 0 && !isBaseOnly)
      throw new OrdoError('VALIDATION', `Line ${i + 1}: the amount cannot be zero`);
    sum += BigInt(line.amount);
  }
  if (sum !== 0n) {
    throw new OrdoError(
      'UNBALANCED',
      `Debits and credits differ by ${sum.toString()} minor units; the entry must balance`,
      {
        difference: Number(sum),
      },
    );
  }
}

/**
 * Converts each line to base currency at `fxRate` (base per unit of document currency, scaled by the two
 * currencies' minor units) and returns the rounding difference that must go to the rounding account.
 */
export function toBase(
  lines: DraftLine[],
  fxRate: string,
  scale: { docMinorUnits: number; baseMinorUnits: number },
  mode: RoundingMode,
): { lines: BalancedLine[]; roundingDifference: number } {
  const factor = new Dec(fxRate).mul(new Dec(10).pow(scale.baseMinorUnits - scale.docMinorUnits));
  const rounding = mode === 'half_even' ? Dec.ROUND_HALF_EVEN : Dec.ROUND_HALF_UP;
  let total = 0n;
  const out = lines.map((l) => {
    const base = l.amountBase ?? new Dec(l.amount).mul(factor).toDecimalPlaces(0, rounding).toNumber();
    if (!Number.isSafeInteger(base)) throw new OrdoError('VALIDATION', 'The converted amount is too large');
    total += BigInt(base);
    return { ...l, amountBase: base };
  });
  // negate the BigInt, not the number: an even conversion hands back 0, never -0
  return { lines: out, roundingDifference: Number(-total) };
}
