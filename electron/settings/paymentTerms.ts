// Payment terms: net N days or end of month + N, with an optional early-payment discount. One is the default.
import type { PaymentTerms } from '../../shared/contract';
import { OrdoError, fieldError } from '../../shared/errors';
import { describeTerm } from '../../shared/dates';
import { canonicalDecimal } from '../../shared/money';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';

interface Row {
  id: number;
  name: string;
  kind: PaymentTerms['kind'];
  days: number;
  discountPercent: string | null;
  discountDays: number | null;
  isDefault: number;
  archived: number;
}

export interface TermsInput {
  name: string;
  kind: PaymentTerms['kind'];
  days: number;
  discountPercent: string | null;
  discountDays: number | null;
  isDefault: boolean;
}

const select = `SELECT id, name, kind, days, discount_percent AS discountPercent, discount_days AS discountDays,
  is_default AS isDefault, archived FROM payment_terms`;

function toTerms(r: Row): PaymentTerms {
  const term =
    r.discountPercent !== null && r.discountDays !== null
      ? { kind: r.kind, days: r.days, discountPercent: r.discountPercent, discountDays: r.discountDays }
      : { kind: r.kind, days: r.days };
  return { ...r, isDefault: r.isDefault === 1, archived: r.archived === 1, description: describeTerm(term) };
}

export function getPaymentTerms(ctx: CompanyContext, id: number): PaymentTerms {
  const row = ctx.sqlite.prepare(`${select} WHERE id = ?`).get(id) as Row | undefined;
  if (!row)
    throw new OrdoError('NOT_FOUND', 'Those payment terms do not exist', {
      fields: [{ path: 'id', message: 'Unknown payment terms' }],
    });
  return toTerms(row);
}

export function listPaymentTerms(ctx: CompanyContext, includeArchived: boolean): PaymentTerms[] {
  return (
    ctx.sqlite
      .prepare(`${select} ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY days, name`)
      .all() as Row[]
  ).map(toTerms);
}

function assertNameFree(ctx: CompanyContext, name: string, exceptId?: number): void {
  const clash = ctx.sqlite.prepare('SELECT id FROM payment_terms WHERE name = ? COLLATE NOCASE').get(name) as
    { id: number } | undefined;
  if (clash && clash.id !== exceptId) throw fieldError('name', `Payment terms named "${name}" already exist`);
}

function write(ctx: CompanyContext, id: number | null, t: TermsInput): number {
  const discountPercent = t.discountPercent === null ? null : canonicalDecimal(t.discountPercent);
  if (t.isDefault) ctx.sqlite.prepare('UPDATE payment_terms SET is_default = 0 WHERE is_default = 1').run();
  const values = [t.name, t.kind, t.days, discountPercent, t.discountDays, t.isDefault ? 1 : 0];
  if (id === null) {
    return Number(
      ctx.sqlite
        .prepare(
          `INSERT INTO payment_terms (name, kind, days, discount_percent, discount_days, is_default, archived, created_at)
           VALUES (?, ?, ?, ?, ?, ?, 0, ?)`,
        )
        .run(...values, ctx.nowIso()).lastInsertRowid,
    );
  }
  ctx.sqlite
    .prepare(
      'UPDATE payment_terms SET name = ?, kind = ?, days = ?, discount_percent = ?, discount_days = ?, is_default = ? WHERE id = ?',
    )
    .run(...values, id);
  return id;
}

export function createPaymentTerms(ctx: CompanyContext, input: TermsInput): PaymentTerms {
  return ctx.tx(() => {
    assertNameFree(ctx, input.name);
    const id = write(ctx, null, input);
    const after = getPaymentTerms(ctx, id);
    recordAudit(ctx, { action: 'paymentTerms.create', entity: 'payment_terms', entityId: id, after });
    return after;
  });
}

export function updatePaymentTerms(ctx: CompanyContext, input: TermsInput & { id: number }): PaymentTerms {
  return ctx.tx(() => {
    const before = getPaymentTerms(ctx, input.id);
    assertNameFree(ctx, input.name, input.id);
    if (before.isDefault && !input.isDefault) {
      throw fieldError(
        'isDefault',
        'Make other terms the default instead; one set of terms is always the default',
      );
    }
    write(ctx, input.id, input);
    const after = getPaymentTerms(ctx, input.id);
    recordAudit(ctx, {
      action: 'paymentTerms.update',
      entity: 'payment_terms',
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}

export function archivePaymentTerms(
  ctx: CompanyContext,
  input: { id: number; archived: boolean },
): PaymentTerms {
  return ctx.tx(() => {
    const before = getPaymentTerms(ctx, input.id);
    if (input.archived && before.isDefault) {
      throw new OrdoError(
        'CONFLICT',
        'These are the default payment terms; make other terms the default first',
      );
    }
    ctx.sqlite
      .prepare('UPDATE payment_terms SET archived = ? WHERE id = ?')
      .run(input.archived ? 1 : 0, input.id);
    const after = getPaymentTerms(ctx, input.id);
    recordAudit(ctx, {
      action: input.archived ? 'paymentTerms.archive' : 'paymentTerms.restore',
      entity: 'payment_terms',
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}
