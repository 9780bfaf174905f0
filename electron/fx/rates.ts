// The exchange-rate table: set, list, remove, the rate in force on a date, and all-or-nothing CSV import.
import type { ExchangeRate, Page, RateImportResult } from '../../shared/contract';
import { OrdoError, fieldError } from '../../shared/errors';
import { canonicalDecimal } from '../../shared/money';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { ledgerSettings } from '../settings/company';
import { parseRateCsv } from './rateCsv';

const select = 'SELECT id, currency, date, rate, source, updated_at AS updatedAt FROM exchange_rates';

function assertForeign(ctx: CompanyContext, currency: string, path = 'currency'): void {
  if (currency === ledgerSettings(ctx).baseCurrency) {
    throw fieldError(path, `${currency} is the base currency; its rate is always 1`);
  }
}

/** Inserts or replaces one rate; returns whether an earlier rate for that day was replaced. */
function upsert(
  ctx: CompanyContext,
  r: { currency: string; date: string; rate: string },
  source: 'manual' | 'import',
): boolean {
  const before = stmt(ctx.sqlite, `${select} WHERE currency = ? AND date = ?`).get(r.currency, r.date) as
    ExchangeRate | undefined;
  const rate = canonicalDecimal(r.rate);
  const now = ctx.nowIso();
  if (before) {
    stmt(ctx.sqlite, 'UPDATE exchange_rates SET rate = ?, source = ?, updated_at = ? WHERE id = ?').run(
      rate,
      source,
      now,
      before.id,
    );
  } else {
    stmt(
      ctx.sqlite,
      'INSERT INTO exchange_rates (currency, date, rate, source, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(r.currency, r.date, rate, source, ctx.user.id, now, now);
  }
  return before !== undefined;
}

export function setRate(
  ctx: CompanyContext,
  input: { currency: string; date: string; rate: string },
): ExchangeRate {
  return ctx.tx(() => {
    assertForeign(ctx, input.currency);
    const before = stmt(ctx.sqlite, `${select} WHERE currency = ? AND date = ?`).get(
      input.currency,
      input.date,
    ) as ExchangeRate | undefined;
    upsert(ctx, input, 'manual');
    const after = stmt(ctx.sqlite, `${select} WHERE currency = ? AND date = ?`).get(
      input.currency,
      input.date,
    ) as ExchangeRate;
    recordAudit(ctx, {
      action: 'exchangeRates.set',
      entity: 'exchange_rate',
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}

export function listRates(
  ctx: CompanyContext,
  q: { currency?: string | undefined; limit: number; offset: number },
): Page<ExchangeRate> {
  const where = q.currency ? 'WHERE currency = @currency' : '';
  const params = { currency: q.currency, limit: q.limit, offset: q.offset };
  const total = (
    ctx.sqlite.prepare(`SELECT count(*) AS n FROM exchange_rates ${where}`).get(params) as { n: number }
  ).n;
  const rows = ctx.sqlite
    .prepare(`${select} ${where} ORDER BY date DESC, currency LIMIT @limit OFFSET @offset`)
    .all(params) as ExchangeRate[];
  return { rows, total };
}

export function removeRate(ctx: CompanyContext, id: number): { removed: boolean } {
  return ctx.tx(() => {
    const before = stmt(ctx.sqlite, `${select} WHERE id = ?`).get(id) as ExchangeRate | undefined;
    if (!before)
      throw new OrdoError('NOT_FOUND', 'That rate does not exist', {
        fields: [{ path: 'id', message: 'Unknown rate' }],
      });
    stmt(ctx.sqlite, 'DELETE FROM exchange_rates WHERE id = ?').run(id);
    recordAudit(ctx, {
      action: 'exchangeRates.remove',
      entity: 'exchange_rate',
      entityId: id,
      before,
      after: { removed: true },
    });
    return { removed: true };
  });
}

/** The rate in force on `date`: the latest dated on or before it. Documents copy it, so later edits never move them. */
export function rateOn(ctx: CompanyContext, currency: string, date: string): ExchangeRate | null {
  return (
    (stmt(ctx.sqlite, `${select} WHERE currency = ? AND date <= ? ORDER BY date DESC LIMIT 1`).get(
      currency,
      date,
    ) as ExchangeRate | undefined) ?? null
  );
}

export function importRates(ctx: CompanyContext, csv: string): RateImportResult {
  const { rows, errors } = parseRateCsv(csv);
  const base = ledgerSettings(ctx).baseCurrency;
  for (const r of rows)
    if (r.currency === base)
      errors.push({ line: r.line, message: `${base} is the base currency; leave it out` });
  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line);
    const first = errors[0]!;
    throw new OrdoError('VALIDATION', `Nothing was imported: line ${first.line}: ${first.message}`, {
      fields: [{ path: 'csv', message: `Line ${first.line}: ${first.message}` }],
      lines: errors.slice(0, 100),
    });
  }
  if (rows.length === 0) throw fieldError('csv', 'The file has no rates');
  return ctx.tx(() => {
    let replaced = 0;
    for (const r of rows) if (upsert(ctx, r, 'import')) replaced += 1;
    recordAudit(ctx, {
      action: 'exchangeRates.import',
      entity: 'exchange_rate',
      entityId: 'import',
      after: { rows: rows.length, replaced },
    });
    return { imported: rows.length - replaced, replaced };
  });
}
