// Reads an exchange-rate CSV (date, currency, rate; header optional; comma or semicolon) into rows or line errors.
import { isCurrencyCode } from '../../shared/money';
import { isIsoDate } from '../../shared/dates';

export interface RateRow {
  line: number;
  date: string;
  currency: string;
  rate: string;
}

export interface RateLineError {
  line: number;
  message: string;
}

const ratePattern = /^\d{1,9}(\.\d{1,10})?$/;

export function parseRateCsv(text: string): { rows: RateRow[]; errors: RateLineError[] } {
  const rows: RateRow[] = [];
  const errors: RateLineError[] = [];
  const seen = new Map<string, number>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      const text = raw.trim();
      if (text === '') return;
      const cells = text.split(text.includes(';') ? ';' : ',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
      if (line === 1 && cells[0]?.toLowerCase() === 'date') return;
      const [date = '', code = '', rate = ''] = cells;
      const currency = code.toUpperCase();
      const problem =
        cells.length !== 3
          ? 'Expected three columns: date, currency, rate'
          : !isIsoDate(date)
            ? `"${date}" is not a date like 2026-01-31`
            : !isCurrencyCode(currency)
              ? `"${code}" is not a currency code like USD`
              : !ratePattern.test(rate) || !/[1-9]/.test(rate)
                ? `"${rate}" is not a rate above 0 like 0.9234`
                : seen.has(`${currency}|${date}`)
                  ? `${currency} on ${date} is also on line ${seen.get(`${currency}|${date}`)}`
                  : null;
      if (problem) errors.push({ line, message: problem });
      else {
        seen.set(`${currency}|${date}`, line);
        rows.push({ line, date, currency, rate });
      }
    });
  return { rows, errors };
}
