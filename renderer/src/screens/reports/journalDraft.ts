// Reads the journal entry being typed: amounts to minor units, the live difference, and what still blocks posting.
// The difference is only shown; main checks the balance again and computes everything it stores.
import type { InputOf } from '../../../../shared/contract';
import { isIsoDate } from '../../../../shared/dates';
import { parseMoney } from '../../../../shared/money';

export interface DraftLine {
  key: number;
  accountId: string;
  debit: string;
  credit: string;
  description: string;
}

type PostInput = InputOf<'ledger.postEntry'>;

export interface DraftReading {
  /** Problems by field path as the editor names them: "lines.<draft index>.debit". */
  problems: Record<string, string>;
  totalDebit: number;
  totalCredit: number;
  difference: number;
  /** The first reason the entry cannot be posted yet, in plain words; null when it can. */
  blocker: string | null;
  /** What would be sent, and which draft line each sent line came from. */
  input: PostInput;
  draftIndexOf: number[];
}

let nextKey = 1;
export function newLine(): DraftLine {
  return { key: nextKey++, accountId: '', debit: '', credit: '', description: '' };
}

function isBlank(line: DraftLine): boolean {
  return (
    line.accountId === '' &&
    line.debit.trim() === '' &&
    line.credit.trim() === '' &&
    line.description.trim() === ''
  );
}

function readAmount(text: string, currency: string, locale: string): { minor: number } | { error: string } {
  if (text.trim() === '') return { minor: 0 };
  const parsed = parseMoney(text, currency, locale);
  if (!parsed.ok) return { error: parsed.error };
  if (parsed.minor < 0) return { error: 'Enter a positive amount; use the other column instead' };
  return { minor: parsed.minor };
}

export function readDraft(
  draft: { date: string; description: string; lines: DraftLine[] },
  currency: string,
  locale: string,
): DraftReading {
  const problems: Record<string, string> = {};
  const blockers: string[] = [];
  const lines: PostInput['lines'] = [];
  const draftIndexOf: number[] = [];
  let totalDebit = 0;
  let totalCredit = 0;

  draft.lines.forEach((line, index) => {
    if (isBlank(line)) return;
    const debit = readAmount(line.debit, currency, locale);
    const credit = readAmount(line.credit, currency, locale);
    if ('error' in debit) problems[`lines.${index}.debit`] = debit.error;
    if ('error' in credit) problems[`lines.${index}.credit`] = credit.error;
    const debitMinor = 'minor' in debit ? debit.minor : 0;
    const creditMinor = 'minor' in credit ? credit.minor : 0;
    if (debitMinor > 0 && creditMinor > 0)
      problems[`lines.${index}.credit`] = 'A line has either a debit or a credit';
    if (line.accountId === '') blockers.push(`Choose an account on line ${index + 1}.`);
    if (debitMinor === 0 && creditMinor === 0 && !('error' in debit) && !('error' in credit)) {
      blockers.push(`Enter a debit or a credit on line ${index + 1}.`);
    }
    totalDebit += debitMinor;
    totalCredit += creditMinor;
    lines.push({
      accountId: Number(line.accountId) || 0,
      debit: debitMinor,
      credit: creditMinor,
      description: line.description,
    });
    draftIndexOf.push(index);
  });

  const difference = totalDebit - totalCredit;
  if (!isIsoDate(draft.date)) blockers.unshift('Enter the date of the entry.');
  if (draft.description.trim() === '') blockers.unshift('Enter a description.');
  if (Object.keys(problems).length > 0) blockers.push('Correct the amounts marked in the lines.');
  if (lines.length < 2) blockers.push('An entry needs at least two lines.');
  if (difference !== 0) blockers.push('Debits and credits must be equal.');
  if (!Number.isSafeInteger(totalDebit) || !Number.isSafeInteger(totalCredit))
    blockers.push('The amounts are too large.');

  return {
    problems,
    totalDebit,
    totalCredit,
    difference,
    blocker: blockers[0] ?? null,
    input: { date: draft.date, description: draft.description, lines },
    draftIndexOf,
  };
}

/** Main numbers the lines it received; the editor shows errors on the draft line they came from. */
export function draftPathOf(path: string, draftIndexOf: readonly number[]): string {
  const match = /^lines\.(\d+)(\..+)?$/.exec(path);
  if (!match) return path;
  const draftIndex = draftIndexOf[Number(match[1])];
  return draftIndex === undefined ? path : `lines.${draftIndex}${match[2] ?? ''}`;
}
