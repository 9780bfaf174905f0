// The allocation grid as typed (text per cell) and how it reads into the contract's allocations: amounts in
// minor units, the live sums shown under the grid, and the problems worth showing before main answers.
// The sums are for display only: main checks every allocation again and computes what it stores.
import type { AllocationInput, ProposalRow } from '../../../../shared/contract';
import { addMinor } from '../../../../shared/money';
import { moneyText } from '../../lib/format';
import { moneyInputText, readMoney } from './moneyInput';

export type AllocationCell = 'amount' | 'discount' | 'writeOff';

export interface DraftRow {
  invoiceId: number;
  amount: string;
  discount: string;
  writeOff: string;
}

export function rowsOfProposal(rows: readonly ProposalRow[], currency: string, locale: string): DraftRow[] {
  return rows.map((row) => ({
    invoiceId: row.invoiceId,
    amount: row.amount > 0 ? moneyInputText(row.amount, currency, locale) : '',
    discount: '',
    writeOff: '',
  }));
}

/**
 * A newer proposal for the same customer after the user changed cells: what they typed stays, invoices that
 * are no longer open leave, newly open ones join empty.
 */
export function keepTyped(previous: readonly DraftRow[], rows: readonly ProposalRow[]): DraftRow[] {
  const typed = new Map(previous.map((row) => [row.invoiceId, row]));
  return rows.map(
    (row) => typed.get(row.invoiceId) ?? { invoiceId: row.invoiceId, amount: '', discount: '', writeOff: '' },
  );
}

export interface AllocationReading {
  allocations: Required<AllocationInput>[];
  /** Sent allocation index → grid row index, so main's `allocations.N…` errors land on the right row. */
  rowIndexOf: number[];
  /** By "lines.<row>.<cell>": amounts that do not read, and rows that settle more than is open. */
  problems: Record<string, string>;
  allocated: number;
  discount: number;
  writeOff: number;
  /** False when a cell holds text that is not an amount: nothing can be sent until it is fixed. */
  isReadable: boolean;
}

const cells: readonly AllocationCell[] = ['amount', 'discount', 'writeOff'];

export function readAllocations(
  rows: readonly DraftRow[],
  info: ReadonlyMap<number, ProposalRow>,
  currency: string,
  locale: string,
): AllocationReading {
  const reading: AllocationReading = {
    allocations: [],
    rowIndexOf: [],
    problems: {},
    allocated: 0,
    discount: 0,
    writeOff: 0,
    isReadable: true,
  };
  rows.forEach((row, index) => {
    const minor: Record<AllocationCell, number> = { amount: 0, discount: 0, writeOff: 0 };
    let isReadable = true;
    for (const cell of cells) {
      const parsed = readMoney(row[cell], currency, locale);
      if (parsed.ok) minor[cell] = parsed.minor;
      else {
        reading.problems[`lines.${index}.${cell}`] = parsed.error;
        isReadable = false;
      }
    }
    if (!isReadable) {
      reading.isReadable = false;
      return;
    }
    const settles = addMinor(minor.amount, minor.discount, minor.writeOff);
    if (settles === 0) return;
    const open = info.get(row.invoiceId)?.open;
    if (open !== undefined && settles > open) {
      reading.problems[`lines.${index}.amount`] =
        `More than the ${moneyText(open, currency, locale)} still open: lower the amount, discount or write-off`;
    }
    reading.allocations.push({
      invoiceId: row.invoiceId,
      amount: minor.amount,
      discount: minor.discount,
      writeOff: minor.writeOff,
    });
    reading.rowIndexOf.push(index);
    reading.allocated = addMinor(reading.allocated, minor.amount);
    reading.discount = addMinor(reading.discount, minor.discount);
    reading.writeOff = addMinor(reading.writeOff, minor.writeOff);
  });
  return reading;
}

const cellOfField: Readonly<Record<string, AllocationCell>> = {
  invoiceId: 'amount',
  amount: 'amount',
  discount: 'discount',
  writeOff: 'writeOff',
};

/** "allocations.3.writeOff" → "lines.<grid row of the 4th sent allocation>.writeOff"; other paths unchanged. */
export function allocationFieldOf(path: string, rowIndexOf: readonly number[]): string {
  const match = /^allocations\.(\d+)\.([A-Za-z]+)$/.exec(path);
  if (!match) return path;
  const row = rowIndexOf[Number(match[1])];
  const cell = cellOfField[match[2] ?? ''];
  return row === undefined || cell === undefined ? path : `lines.${row}.${cell}`;
}

export const isGridField = (path: string) => /^lines\.\d+\.(amount|discount|writeOff)$/.test(path);
