// Writing, listing and verifying the append-only audit log.
import type { AuditRow, AuditVerification } from '../../shared/contract';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { auditHash, canonicalJson, GENESIS_HASH, type AuditFields } from './chain';

export interface AuditEvent {
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Appends one audit row. Call inside the operation's transaction so the row commits with the change. */
export function recordAudit(ctx: CompanyContext, event: AuditEvent): void {
  const last = stmt(ctx.sqlite, 'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { hash: string } | undefined;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row: AuditFields = {
    at: ctx.nowIso(),
    userId: ctx.user.id,
    userName: ctx.user.name,
    action: event.action,
    entity: event.entity,
    entityId: String(event.entityId),
    before: canonicalJson(event.before),
    after: canonicalJson(event.after),
  };
  stmt(
    ctx.sqlite,
    `INSERT INTO audit_log (at, user_id, user_name, action, entity, entity_id, before, after, prev_hash, hash)
     VALUES (@at, @userId, @userName, @action, @entity, @entityId, @before, @after, @prevHash, @hash)`,
  ).run({ ...row, prevHash, hash: auditHash(prevHash, row) });
}

interface StoredAuditRow extends AuditFields {
  id: number;
  prevHash: string;
  hash: string;
}

const selectColumns = `id, at, user_id AS userId, user_name AS userName, action, entity, entity_id AS entityId,
  before, after, prev_hash AS prevHash, hash`;

/** Walks the whole chain in id order and reports the first row whose link or content does not match. */
export function verifyAudit(ctx: CompanyContext): AuditVerification {
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  for (const row of ctx.sqlite
    .prepare(`SELECT ${selectColumns} FROM audit_log ORDER BY id`)
    .iterate() as Iterable<StoredAuditRow>) {
    if (row.prevHash !== expectedPrev) {
      return {
        ok: false,
        checked,
        firstBroken: {
          id: row.id,
          reason: 'The link to the previous entry is broken (an entry was removed or changed)',
        },
      };
    }
    if (auditHash(row.prevHash, row) !== row.hash) {
      return {
        ok: false,
        checked,
        firstBroken: { id: row.id, reason: 'The entry was changed after it was written' },
      };
    }
    expectedPrev = row.hash;
    checked += 1;
  }
  return { ok: true, checked, firstBroken: null };
}

export function listAudit(
  ctx: CompanyContext,
  q: { entity?: string; entityId?: string | number; limit: number; offset: number },
): { rows: AuditRow[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit, offset: q.offset };
  if (q.entity) {
    where.push('entity = @entity');
    params.entity = q.entity;
  }
  if (q.entityId !== undefined) {
    where.push('entity_id = @entityId');
    params.entityId = String(q.entityId);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (
    ctx.sqlite.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(params) as { n: number }
  ).n;
  const rows = ctx.sqlite
    .prepare(`SELECT ${selectColumns} FROM audit_log ${clause} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
    .all(params) as StoredAuditRow[];
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      userId: r.userId,
      userName: r.userName,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      before: r.before === null ? null : (JSON.parse(r.before) as unknown),
      after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    })),
  };
}
