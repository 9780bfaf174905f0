// The append-only, hash-chained audit log.
import { z } from 'zod';
import { method } from './define';
import { empty, id, paging, type Page } from './fields';

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  userName: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBroken: { id: number; reason: string } | null;
}

export const auditContract = {
  'audit.verify': method(empty).returns<AuditVerification>(),
  'audit.list': method(
    z
      .object({
        entity: z.string().max(50).optional(),
        entityId: z.union([id, z.string().max(50)]).optional(),
        ...paging,
      })
      .default({ limit: 50, offset: 0 }),
  ).returns<Page<AuditRow>>(),
};
