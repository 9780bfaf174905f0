// Splits an invoice total over installment due dates so the parts always add up to the total exactly.
import { isIsoDate, type IsoDate } from '../dates';
import { allocate, assertSafeMinor, Dec, isPlainDecimal } from '../money';

export interface InstallmentPlanRow {
  dueDate: IsoDate;
  /** Share of the total as a decimal string ("30", "33.3333"); all rows together must make exactly 100. */
  percent: string;
}

export interface Installment {
  dueDate: IsoDate;
  /** Minor units of the document currency. */
  amount: number;
}

/** A single due date (ordinary net / end-of-month terms) or an installment plan. */
export type InstallmentPlan = { dueDate: IsoDate } | readonly InstallmentPlanRow[];

function assertDate(date: IsoDate, label: string): void {
  if (!isIsoDate(date)) throw new RangeError(`${label} must be a real YYYY-MM-DD date, got "${date}"`);
}

function percentOf(row: InstallmentPlanRow, index: number): Dec {
  const text = row.percent.trim();
  if (!isPlainDecimal(text)) {
    throw new RangeError(`Installment ${index + 1}: percent must be a plain decimal, got "${row.percent}"`);
  }
  const percent = new Dec(text);
  if (percent.lte(0)) throw new RangeError(`Installment ${index + 1}: percent must be above 0`);
  return percent;
}

/**
 * Installments in due-date order (equal dates keep their input order). Amounts come from the largest
 * remainder method weighted by percent, so Σ amounts = total exactly; a leftover minor unit goes to the
 * largest fractional share, the earlier installment on a tie. Percents must add up to exactly 100.
 */
export function splitInstallments(total: number, plan: InstallmentPlan): Installment[] {
  assertSafeMinor(total, 'total');
  if (total < 0) throw new RangeError(`An invoice total cannot be negative, got ${total}`);
  if ('dueDate' in plan) {
    assertDate(plan.dueDate, 'dueDate');
    return [{ dueDate: plan.dueDate, amount: total }];
  }
  const rows = plan;
  if (rows.length === 0) throw new RangeError('An installment plan needs at least one installment');
  const sorted = rows
    .map((row, index) => {
      assertDate(row.dueDate, `Installment ${index + 1}: dueDate`);
      return { row, index, percent: percentOf(row, index) };
    })
    .sort((a, b) =>
      a.row.dueDate === b.row.dueDate ? a.index - b.index : a.row.dueDate < b.row.dueDate ? -1 : 1,
    );
  const sum = sorted.reduce((acc, item) => acc.plus(item.percent), new Dec(0));
  if (!sum.eq(100)) throw new RangeError(`Installment percents must add up to 100, got ${sum.toFixed()}`);
  const amounts = allocate(
    total,
    sorted.map((item) => item.percent),
  );
  return sorted.map((item, i) => ({ dueDate: item.row.dueDate, amount: amounts[i] ?? 0 }));
}
