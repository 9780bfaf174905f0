// Chart of accounts: list, add, rename, archive unused. System accounts (with a role) stay.
import type { Account, AccountRole, AccountType } from '../../shared/contract';
import { OrdoError, fieldError } from '../../shared/errors';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';

interface AccountRow {
  id: number;
  code: string;
  name: string;
  type: AccountType;
  role: AccountRole | null;
  archived: number;
  isUsed: number;
}

const select = `SELECT a.id, a.code, a.name, a.type, a.role, a.archived,
  EXISTS (SELECT 1 FROM journal_lines l WHERE l.account_id = a.id)
  OR EXISTS (SELECT 1 FROM tax_rates t WHERE t.account_id = a.id) AS isUsed
  FROM accounts a`;

function toAccount(r: AccountRow): Account {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    type: r.type,
    role: r.role,
    archived: r.archived === 1,
    isUsed: r.isUsed === 1,
  };
}

/** `field` is the input field that carried the id, so the error shows beside it. */
export function getAccount(ctx: CompanyContext, id: number, field = 'accountId'): Account {
  const row = stmt(ctx.sqlite, `${select} WHERE a.id = ?`).get(id) as AccountRow | undefined;
  if (!row)
    throw new OrdoError('NOT_FOUND', 'That account does not exist', {
      fields: [{ path: field, message: 'Unknown account' }],
    });
  return toAccount(row);
}

export function listAccounts(ctx: CompanyContext, includeArchived: boolean): Account[] {
  const rows = ctx.sqlite
    .prepare(`${select} ${includeArchived ? '' : 'WHERE a.archived = 0'} ORDER BY a.code`)
    .all() as AccountRow[];
  return rows.map(toAccount);
}

/** The one account a posting rule uses for a role (the first by code when several share it). */
export function accountIdByRole(ctx: CompanyContext, role: AccountRole): number {
  const row = stmt(ctx.sqlite, 'SELECT id FROM accounts WHERE role = ? ORDER BY code LIMIT 1').get(role) as
    { id: number } | undefined;
  if (!row) throw new OrdoError('NOT_FOUND', `The chart of accounts has no account for "${role}"`);
  return row.id;
}

function assertCodeFree(ctx: CompanyContext, code: string, exceptId?: number): void {
  const clash = stmt(ctx.sqlite, 'SELECT id FROM accounts WHERE code = ?').get(code) as
    { id: number } | undefined;
  if (clash && clash.id !== exceptId) throw fieldError('code', `Account ${code} already exists`);
}

export function insertAccount(
  ctx: CompanyContext,
  a: { code: string; name: string; type: AccountType; role: AccountRole | null },
): number {
  assertCodeFree(ctx, a.code);
  const result = stmt(
    ctx.sqlite,
    'INSERT INTO accounts (code, name, type, role, archived, created_at) VALUES (?, ?, ?, ?, 0, ?)',
  ).run(a.code, a.name, a.type, a.role, ctx.nowIso());
  return Number(result.lastInsertRowid);
}

export function createAccount(
  ctx: CompanyContext,
  input: { code: string; name: string; type: AccountType },
): Account {
  return ctx.tx(() => {
    const id = insertAccount(ctx, { ...input, role: null });
    const account = getAccount(ctx, id);
    recordAudit(ctx, { action: 'accounts.create', entity: 'account', entityId: id, after: account });
    return account;
  });
}

export function updateAccount(
  ctx: CompanyContext,
  input: { id: number; code: string; name: string },
): Account {
  return ctx.tx(() => {
    const before = getAccount(ctx, input.id, 'id');
    assertCodeFree(ctx, input.code, input.id);
    ctx.sqlite
      .prepare('UPDATE accounts SET code = ?, name = ? WHERE id = ?')
      .run(input.code, input.name, input.id);
    const after = getAccount(ctx, input.id);
    recordAudit(ctx, { action: 'accounts.update', entity: 'account', entityId: input.id, before, after });
    return after;
  });
}

export function archiveAccount(ctx: CompanyContext, input: { id: number; archived: boolean }): Account {
  return ctx.tx(() => {
    const before = getAccount(ctx, input.id, 'id');
    if (input.archived && before.role) {
      throw new OrdoError('CONFLICT', `${before.name} is used by Ordo's postings and cannot be archived`);
    }
    if (input.archived && before.isUsed) {
      throw new OrdoError('CONFLICT', `${before.name} has postings; only unused accounts can be archived`);
    }
    ctx.sqlite.prepare('UPDATE accounts SET archived = ? WHERE id = ?').run(input.archived ? 1 : 0, input.id);
    const after = getAccount(ctx, input.id);
    recordAudit(ctx, {
      action: input.archived ? 'accounts.archive' : 'accounts.restore',
      entity: 'account',
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}
