// Gapless document numbers: a number is issued only inside the posting transaction, one step at a time.
import { OrdoError, fieldError } from '../../shared/errors';
import type { NumberSeries, SeriesKey } from '../../shared/contract';
import { formatNumber, patternProblem, usesYear } from '../../shared/numbering/pattern';
import { yearOf } from '../../shared/dates';
import type { CompanyContext } from '../context';
import { recordAudit } from '../audit/log';
import { stmt } from '../db/statements';

interface SeriesRow {
  key: SeriesKey;
  name: string;
  pattern: string;
  resetYearly: number;
  startNumber: number;
  startPeriod: number | null;
}

const seriesColumns =
  'key, name, pattern, reset_yearly AS resetYearly, start_number AS startNumber, start_period AS startPeriod';

export const defaultSeries: { key: SeriesKey; name: string; pattern: string; resetYearly: boolean }[] = [
  { key: 'order', name: 'Orders', pattern: 'SO-{YYYY}-{#####}', resetYearly: true },
  { key: 'shipment', name: 'Shipments', pattern: 'SH-{YYYY}-{#####}', resetYearly: true },
  { key: 'invoice', name: 'Invoices', pattern: 'INV-{YYYY}-{#####}', resetYearly: true },
  { key: 'credit_note', name: 'Credit notes', pattern: 'CN-{YYYY}-{#####}', resetYearly: true },
  { key: 'reminder', name: 'Reminders', pattern: 'REM-{YYYY}-{#####}', resetYearly: true },
  { key: 'journal', name: 'Journal entries', pattern: 'JE-{YYYY}-{######}', resetYearly: true },
  { key: 'payment', name: 'Payments', pattern: 'PAY-{YYYY}-{#####}', resetYearly: true },
  { key: 'refund', name: 'Refunds', pattern: 'RF-{YYYY}-{#####}', resetYearly: true },
];

function getSeries(ctx: CompanyContext, key: SeriesKey): SeriesRow {
  const row = stmt(ctx.sqlite, `SELECT ${seriesColumns} FROM number_series WHERE key = ?`).get(key) as
    SeriesRow | undefined;
  if (!row) throw new OrdoError('NOT_FOUND', `There is no number series "${key}"`);
  return row;
}

function periodOf(resetYearly: number | boolean, year: number): number {
  return resetYearly ? year : 0;
}

/** The first number of a period: 1, unless the user chose another start for exactly that period. */
function firstNumber(series: SeriesRow, period: number): number {
  return series.startPeriod === period ? series.startNumber : 1;
}

function lastIssued(ctx: CompanyContext, key: SeriesKey, period: number): number | null {
  const row = stmt(
    ctx.sqlite,
    'SELECT last_number AS n FROM number_counters WHERE series_key = ? AND period = ?',
  ).get(key, period) as { n: number } | undefined;
  return row ? row.n : null;
}

/** Issues the next number of a series for a document dated `date`. Must run inside the posting transaction. */
export function issueNumber(ctx: CompanyContext, key: SeriesKey, date: string): string {
  if (!ctx.sqlite.inTransaction) throw new Error('issueNumber must run inside the posting transaction');
  const series = getSeries(ctx, key);
  const year = yearOf(date);
  const period = periodOf(series.resetYearly, year);
  const last = lastIssued(ctx, key, period);
  const counter = last === null ? firstNumber(series, period) : last + 1;
  if (last === null) {
    stmt(ctx.sqlite, 'INSERT INTO number_counters (series_key, period, last_number) VALUES (?, ?, ?)').run(
      key,
      period,
      counter,
    );
  } else {
    stmt(ctx.sqlite, 'UPDATE number_counters SET last_number = ? WHERE series_key = ? AND period = ?').run(
      counter,
      key,
      period,
    );
  }
  return formatNumber(series.pattern, { year, counter });
}

function describe(ctx: CompanyContext, series: SeriesRow, year: number): NumberSeries {
  const period = periodOf(series.resetYearly, year);
  const last = lastIssued(ctx, series.key, period);
  const nextNumber = last === null ? firstNumber(series, period) : last + 1;
  return {
    key: series.key,
    name: series.name,
    pattern: series.pattern,
    resetYearly: series.resetYearly === 1,
    nextNumber,
    lastIssued: last === null ? null : formatNumber(series.pattern, { year, counter: last }),
    preview: formatNumber(series.pattern, { year, counter: nextNumber }),
  };
}

export function listSeries(ctx: CompanyContext, today: string): NumberSeries[] {
  const rows = ctx.sqlite
    .prepare(`SELECT ${seriesColumns} FROM number_series ORDER BY rowid`)
    .all() as SeriesRow[];
  return rows.map((s) => describe(ctx, s, yearOf(today)));
}

export function updateSeries(
  ctx: CompanyContext,
  today: string,
  input: { key: SeriesKey; pattern?: string; resetYearly?: boolean; nextNumber?: number },
): NumberSeries {
  return ctx.tx(() => {
    const before = getSeries(ctx, input.key);
    const year = yearOf(today);
    if (input.pattern !== undefined) {
      const problem = patternProblem(input.pattern);
      if (problem) throw fieldError('pattern', problem);
    }
    const anyIssued = ctx.sqlite
      .prepare('SELECT 1 FROM number_counters WHERE series_key = ? LIMIT 1')
      .get(input.key);
    if (input.resetYearly !== undefined && anyIssued && (input.resetYearly ? 1 : 0) !== before.resetYearly) {
      throw fieldError(
        'resetYearly',
        'Numbers were already issued in this series; the yearly reset can no longer change',
      );
    }
    const resetYearly = input.resetYearly === undefined ? before.resetYearly : Number(input.resetYearly);
    // Restarting at 1 each year without the year in the number would issue the same number twice.
    if (resetYearly === 1 && !usesYear(input.pattern ?? before.pattern)) {
      throw fieldError(
        input.pattern !== undefined ? 'pattern' : 'resetYearly',
        'A series that restarts every year needs {YYYY} or {YY} in its pattern; add the year or turn off the yearly restart',
      );
    }
    const period = periodOf(resetYearly, year);
    const current = describe(ctx, before, year).nextNumber;
    let start = { number: before.startNumber, period: before.startPeriod };
    if (input.nextNumber !== undefined && input.nextNumber !== current) {
      if (lastIssued(ctx, input.key, period) !== null) {
        throw fieldError(
          'nextNumber',
          `Numbers were already issued in this period, so the next one stays ${current} to keep the series gapless`,
        );
      }
      start = { number: input.nextNumber, period };
    }
    ctx.sqlite
      .prepare(
        'UPDATE number_series SET pattern = ?, reset_yearly = ?, start_number = ?, start_period = ? WHERE key = ?',
      )
      .run(input.pattern ?? before.pattern, resetYearly, start.number, start.period, input.key);
    const after = getSeries(ctx, input.key);
    recordAudit(ctx, {
      action: 'numberSeries.update',
      entity: 'number_series',
      entityId: input.key,
      before,
      after,
    });
    return describe(ctx, after, year);
  });
}
