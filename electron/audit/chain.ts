// The audit chain's hash: each row commits to the previous row's hash, so an edit or removal breaks the chain.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  at: string;
  userId: number | null;
  userName: string;
  action: string;
  entity: string;
  entityId: string;
  before: string | null;
  after: string | null;
}

export function auditHash(prevHash: string, row: AuditFields): string {
  const payload = JSON.stringify([
    prevHash,
    row.at,
    row.userId,
    row.userName,
    row.action,
    row.entity,
    row.entityId,
    row.before,
    row.after,
  ]);
  return createHash('sha256').update(payload).digest('hex');
}

/** JSON with sorted keys, so the same record always serialises (and hashes) the same way. */
export function canonicalJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}
