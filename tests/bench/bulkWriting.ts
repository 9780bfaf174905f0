// Writing generated history in bulk: many rows per transaction, and document numbers handed out in date order
// with the file's counters brought up to match — one step at a time, as the database's own triggers demand.
import type { CompanyContext } from '../../electron/context';
import { formatNumber } from '../../shared/numbering/pattern';
import { yearOfDay } from './calendar';

const CHUNK = 20_000;

/** Runs `write` for each item, CHUNK items per transaction. */
export function inChunks<T>(ctx: CompanyContext, items: readonly T[], write: (item: T) => void): void {
  for (let start = 0; start < items.length; start += CHUNK) {
    ctx.tx(() => {
      for (let i = start; i < Math.min(items.length, start + CHUNK); i += 1) write(items[i] as T);
    });
  }
}

/** Numbers per series and year, handed out in insertion order after what the file already issued. */
export class Numbering {
  private readonly last = new Map<string, number>();
  private readonly pattern: string;
  constructor(
    private readonly ctx: CompanyContext,
    private readonly key: string,
  ) {
    this.pattern = (
      ctx.sqlite.prepare('SELECT pattern FROM number_series WHERE key = ?').get(key) as { pattern: string }
    ).pattern;
  }
  next(day: number): string {
    const year = yearOfDay(day);
    const k = String(year);
    if (!this.last.has(k)) {
      const row = this.ctx.sqlite
        .prepare('SELECT last_number AS n FROM number_counters WHERE series_key = ? AND period = ?')
        .get(this.key, year) as { n: number } | undefined;
      this.last.set(k, row?.n ?? 0);
    }
    const counter = (this.last.get(k) ?? 0) + 1;
    this.last.set(k, counter);
    return formatNumber(this.pattern, { year, counter });
  }
  /** Brings the file's counters up to the numbers handed out, one step per number as the triggers require. */
  commit(): void {
    const get = this.ctx.sqlite.prepare(
      'SELECT last_number AS n FROM number_counters WHERE series_key = ? AND period = ?',
    );
    const insert = this.ctx.sqlite.prepare(
      'INSERT INTO number_counters (series_key, period, last_number) VALUES (?, ?, 1)',
    );
    const step = this.ctx.sqlite.prepare(
      'UPDATE number_counters SET last_number = last_number + 1 WHERE series_key = ? AND period = ?',
    );
    this.ctx.tx(() => {
      for (const [k, target] of this.last) {
        const year = Number(k);
        let n = (get.get(this.key, year) as { n: number } | undefined)?.n;
        if (n === undefined) {
          insert.run(this.key, year);
          n = 1;
        }
        for (; n < target; n += 1) step.run(this.key, year);
      }
    });
  }
}
