// What a brand-new company file starts with: its profile, the owner profile, the chart of accounts,
// number series and common payment terms.
import type { CompanyContext } from '../context';
import { recordAudit } from '../audit/log';
import { insertAccount } from '../ledger/accounts';
import { seedAccounts } from '../ledger/chartOfAccounts';
import { defaultSeries } from '../numbering/series';

export interface NewCompany {
  name: string;
  baseCurrency: string;
  locale: string;
  ownerName: string;
}

export const seedTerms = [
  { name: 'Due on receipt', kind: 'net', days: 0, isDefault: false },
  { name: 'Net 14', kind: 'net', days: 14, isDefault: false },
  { name: 'Net 30', kind: 'net', days: 30, isDefault: true },
  { name: 'End of month + 30', kind: 'end_of_month', days: 30, isDefault: false },
] as const;

export function seedCompany(ctx: CompanyContext, c: NewCompany): void {
  const now = ctx.nowIso();
  ctx.sqlite
    .prepare(
      'INSERT INTO company (id, name, base_currency, locale, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)',
    )
    .run(c.name, c.baseCurrency, c.locale, now, now);
  const owner = ctx.sqlite
    .prepare('INSERT INTO users (name, roles, archived, created_at) VALUES (?, \'["owner"]\', 0, ?)')
    .run(c.ownerName, now);
  ctx.user = { id: Number(owner.lastInsertRowid), name: c.ownerName, roles: ['owner'] };
  for (const a of seedAccounts) insertAccount(ctx, a);
  const series = ctx.sqlite.prepare(
    // OR IGNORE: migrations already add the series that came later (payment, refund) to every file.
    'INSERT OR IGNORE INTO number_series (key, name, pattern, reset_yearly, start_number) VALUES (?, ?, ?, ?, 1)',
  );
  for (const s of defaultSeries) series.run(s.key, s.name, s.pattern, s.resetYearly ? 1 : 0);
  const terms = ctx.sqlite.prepare(
    'INSERT INTO payment_terms (name, kind, days, is_default, archived, created_at) VALUES (?, ?, ?, ?, 0, ?)',
  );
  for (const t of seedTerms) terms.run(t.name, t.kind, t.days, t.isDefault ? 1 : 0, now);
  recordAudit(ctx, { action: 'company.create', entity: 'company', entityId: 1, after: c });
}
