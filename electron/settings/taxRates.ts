// Tax rates. Each rate gets its own tax-payable account so tax is reported per rate.
import type { TaxRate } from '../../shared/contract';
import { OrdoError, fieldError } from '../../shared/errors';
import { canonicalDecimal } from '../../shared/money';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { insertAccount } from '../ledger/accounts';

interface Row {
  id: number;
  name: string;
  ratePercent: string;
  category: TaxRate['category'];
  accountId: number;
  archived: number;
}

const select =
  'SELECT id, name, rate_percent AS ratePercent, category, account_id AS accountId, archived FROM tax_rates';
const toRate = (r: Row): TaxRate => ({ ...r, archived: r.archived === 1 });

export function getTaxRate(ctx: CompanyContext, id: number): TaxRate {
  const row = ctx.sqlite.prepare(`${select} WHERE id = ?`).get(id) as Row | undefined;
  if (!row)
    throw new OrdoError('NOT_FOUND', 'That tax rate does not exist', {
      fields: [{ path: 'id', message: 'Unknown tax rate' }],
    });
  return toRate(row);
}

export function listTaxRates(ctx: CompanyContext, includeArchived: boolean): TaxRate[] {
  return (
    ctx.sqlite
      .prepare(`${select} ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY name`)
      .all() as Row[]
  ).map(toRate);
}

function assertNameFree(ctx: CompanyContext, name: string, exceptId?: number): void {
  const clash = ctx.sqlite.prepare('SELECT id FROM tax_rates WHERE name = ? COLLATE NOCASE').get(name) as
    { id: number } | undefined;
  if (clash && clash.id !== exceptId) throw fieldError('name', `A tax rate named "${name}" already exists`);
}

function nextTaxAccountCode(ctx: CompanyContext): string {
  const row = ctx.sqlite
    .prepare("SELECT max(CAST(code AS INTEGER)) AS c FROM accounts WHERE code GLOB '22[0-9][0-9]'")
    .get() as { c: number | null };
  const next = (row.c ?? 2200) + 1;
  if (next > 2299)
    throw new OrdoError('CONFLICT', 'There is no free account code left for another tax rate (2201–2299)');
  return String(next);
}

export function createTaxRate(
  ctx: CompanyContext,
  input: { name: string; ratePercent: string; category: TaxRate['category'] },
): TaxRate {
  return ctx.tx(() => {
    assertNameFree(ctx, input.name);
    const ratePercent = canonicalDecimal(input.ratePercent);
    const accountId = insertAccount(ctx, {
      code: nextTaxAccountCode(ctx),
      name: `Tax payable – ${input.name}`,
      type: 'liability',
      role: 'tax_payable',
    });
    const id = Number(
      ctx.sqlite
        .prepare(
          'INSERT INTO tax_rates (name, rate_percent, category, account_id, archived, created_at) VALUES (?, ?, ?, ?, 0, ?)',
        )
        .run(input.name, ratePercent, input.category, accountId, ctx.nowIso()).lastInsertRowid,
    );
    const rate = getTaxRate(ctx, id);
    recordAudit(ctx, { action: 'taxRates.create', entity: 'tax_rate', entityId: id, after: rate });
    return rate;
  });
}

export function updateTaxRate(
  ctx: CompanyContext,
  input: { id: number; name: string; ratePercent: string; category: TaxRate['category'] },
): TaxRate {
  return ctx.tx(() => {
    const before = getTaxRate(ctx, input.id);
    assertNameFree(ctx, input.name, input.id);
    const ratePercent = canonicalDecimal(input.ratePercent);
    if (ratePercent !== before.ratePercent) {
      const posted = ctx.sqlite
        .prepare('SELECT 1 FROM journal_lines WHERE account_id = ? LIMIT 1')
        .get(before.accountId);
      if (posted) {
        throw fieldError(
          'ratePercent',
          'Tax has been posted at this rate; archive it and create a new rate instead',
        );
      }
    }
    ctx.sqlite
      .prepare('UPDATE tax_rates SET name = ?, rate_percent = ?, category = ? WHERE id = ?')
      .run(input.name, ratePercent, input.category, input.id);
    ctx.sqlite
      .prepare('UPDATE accounts SET name = ? WHERE id = ?')
      .run(`Tax payable – ${input.name}`, before.accountId);
    const after = getTaxRate(ctx, input.id);
    recordAudit(ctx, { action: 'taxRates.update', entity: 'tax_rate', entityId: input.id, before, after });
    return after;
  });
}

export function archiveTaxRate(ctx: CompanyContext, input: { id: number; archived: boolean }): TaxRate {
  return ctx.tx(() => {
    const before = getTaxRate(ctx, input.id);
    ctx.sqlite
      .prepare('UPDATE tax_rates SET archived = ? WHERE id = ?')
      .run(input.archived ? 1 : 0, input.id);
    const after = getTaxRate(ctx, input.id);
    recordAudit(ctx, {
      action: input.archived ? 'taxRates.archive' : 'taxRates.restore',
      entity: 'tax_rate',
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}
