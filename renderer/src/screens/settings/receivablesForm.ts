// The receivables settings as typed (decimals in the company locale) and their reading into the contract's
// input: canonical decimal text, never floats; blank cash-rounding rows are left out.
import type { InputOf, ReceivablesSettings } from '../../../../shared/contract';
import { parseDecimal } from '../../../../shared/money';
import { decimalInputText } from '../../lib/format';
import type { Conversion } from '../../lib/useEditorForm';

export interface RoundingRow {
  /** Stable React key; never sent. */
  key: number;
  currency: string;
  increment: string;
}

export interface ReceivablesForm {
  writeOffToleranceAmount: string;
  writeOffTolerancePercent: string;
  discountTaxCorrection: boolean;
  cashRounding: RoundingRow[];
}

type Input = InputOf<'settings.updateReceivables'>;

let nextKey = 1;
export function newRoundingRow(): RoundingRow {
  return { key: nextKey++, currency: '', increment: '' };
}

export function formOfReceivables(settings: ReceivablesSettings, locale: string): ReceivablesForm {
  return {
    writeOffToleranceAmount: decimalInputText(settings.writeOffToleranceAmount, locale),
    writeOffTolerancePercent: decimalInputText(settings.writeOffTolerancePercent, locale),
    discountTaxCorrection: settings.discountTaxCorrection,
    cashRounding: settings.cashRounding.map((row) => ({
      key: nextKey++,
      currency: row.currency,
      increment: decimalInputText(row.increment, locale),
    })),
  };
}

const isBlankRow = (row: RoundingRow) => row.currency.trim() === '' && row.increment.trim() === '';

export interface ReceivablesReading {
  conversion: Conversion<Input>;
  /** Sent cash-rounding row → form row, so main's `cashRounding.N…` errors land on the right row. */
  rowIndexOf: number[];
}

export function readReceivablesForm(form: ReceivablesForm, locale: string): ReceivablesReading {
  const fields: Record<string, string> = {};
  const decimal = (text: string, path: string, scale: number): string => {
    const parsed = parseDecimal(text.trim() === '' ? '0' : text, locale, scale);
    if (parsed.ok && !parsed.value.startsWith('-')) return parsed.value;
    fields[path] = parsed.ok ? 'Enter 0 or more' : parsed.error;
    return '';
  };
  const writeOffToleranceAmount = decimal(form.writeOffToleranceAmount, 'writeOffToleranceAmount', 3);
  const writeOffTolerancePercent = decimal(form.writeOffTolerancePercent, 'writeOffTolerancePercent', 4);
  const rowIndexOf: number[] = [];
  const cashRounding: { currency: string; increment: string }[] = [];
  form.cashRounding.forEach((row, index) => {
    if (isBlankRow(row)) return;
    rowIndexOf.push(index);
    cashRounding.push({
      currency: row.currency.trim().toUpperCase(),
      increment: decimal(row.increment, `lines.${index}.increment`, 3),
    });
  });
  const conversion: Conversion<Input> =
    Object.keys(fields).length > 0
      ? { ok: false, fields }
      : {
          ok: true,
          input: {
            writeOffToleranceAmount,
            writeOffTolerancePercent,
            discountTaxCorrection: form.discountTaxCorrection,
            cashRounding,
          },
        };
  return { conversion, rowIndexOf };
}

const topFields = new Set(['writeOffToleranceAmount', 'writeOffTolerancePercent', 'discountTaxCorrection']);

export const isReceivablesField = (path: string) =>
  topFields.has(path) || /^lines\.\d+\.(currency|increment)$/.test(path);

/** "cashRounding.2.increment" → "lines.<form row>.increment", the grid's cell naming. */
export function receivablesFieldOf(path: string, rowIndexOf: readonly number[]): string {
  const match = /^cashRounding\.(\d+)\.(currency|increment)$/.exec(path);
  if (!match) return path;
  const row = rowIndexOf[Number(match[1])];
  return row === undefined ? path : `lines.${row}.${match[2] ?? ''}`;
}
