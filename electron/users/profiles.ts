// User profiles: create, edit, archive, and switching who is acting. The first profile is the owner;
// the company always keeps at least one active owner.
import type { Role, UserProfile } from '../../shared/contract/users';
import { OrdoError, fieldError } from '../../shared/errors';
import { recordAudit } from '../audit/log';
import type { ActingUser, CompanyContext } from '../context';
import { hashPin, verifyPin } from './pin';

interface Row {
  id: number;
  name: string;
  roles: string;
  pinHash: string | null;
  archived: number;
}

const select = 'SELECT id, name, roles, pin_hash AS pinHash, archived FROM users';

function toProfile(r: Row): UserProfile {
  return {
    id: r.id,
    name: r.name,
    roles: JSON.parse(r.roles) as Role[],
    hasPin: r.pinHash !== null,
    archived: r.archived === 1,
  };
}

function getRow(ctx: CompanyContext, id: number, path = 'id'): Row {
  const row = ctx.sqlite.prepare(`${select} WHERE id = ?`).get(id) as Row | undefined;
  if (!row)
    throw new OrdoError('NOT_FOUND', 'That profile does not exist', {
      fields: [{ path, message: 'Unknown profile' }],
    });
  return row;
}

export function getProfile(ctx: CompanyContext, id: number): UserProfile {
  return toProfile(getRow(ctx, id));
}

export function listProfiles(ctx: CompanyContext, includeArchived: boolean): UserProfile[] {
  const rows = ctx.sqlite
    .prepare(`${select} ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY id`)
    .all() as Row[];
  return rows.map(toProfile);
}

/** Whoever opens the file acts as the only profile, unless there are several or it has a PIN. */
export function profileAtOpen(ctx: CompanyContext): ActingUser | null {
  const active = listProfiles(ctx, false);
  const only = active.length === 1 ? active[0] : undefined;
  return only && !only.hasPin ? { id: only.id, name: only.name, roles: only.roles } : null;
}

function assertNameFree(ctx: CompanyContext, name: string, exceptId?: number): void {
  const clash = ctx.sqlite
    .prepare('SELECT id FROM users WHERE name = ? COLLATE NOCASE AND archived = 0')
    .get(name) as { id: number } | undefined;
  if (clash && clash.id !== exceptId) throw fieldError('name', `There is already a profile named ${name}`);
}

function assertOwnerRemains(ctx: CompanyContext, changedId: number, rolesAfter: Role[] | null): void {
  const owners = listProfiles(ctx, false).filter((p) =>
    p.id === changedId ? rolesAfter !== null && rolesAfter.includes('owner') : p.roles.includes('owner'),
  );
  if (owners.length === 0)
    throw fieldError('roles', 'The company needs at least one owner; make someone else owner first');
}

export function createProfile(
  ctx: CompanyContext,
  input: { name: string; roles: Role[]; pin: string | null },
): UserProfile {
  return ctx.tx(() => {
    assertNameFree(ctx, input.name);
    const id = Number(
      ctx.sqlite
        .prepare('INSERT INTO users (name, roles, pin_hash, archived, created_at) VALUES (?, ?, ?, 0, ?)')
        .run(input.name, JSON.stringify(input.roles), input.pin ? hashPin(input.pin) : null, ctx.nowIso())
        .lastInsertRowid,
    );
    const after = getProfile(ctx, id);
    recordAudit(ctx, { action: 'users.create', entity: 'user', entityId: id, after });
    return after;
  });
}

export function updateProfile(
  ctx: CompanyContext,
  input: { id: number; name: string; roles: Role[]; pin?: string | null | undefined },
): UserProfile {
  return ctx.tx(() => {
    const before = getProfile(ctx, input.id);
    assertNameFree(ctx, input.name, input.id);
    if (!before.archived) assertOwnerRemains(ctx, input.id, input.roles);
    const pinHash =
      input.pin === undefined
        ? getRow(ctx, input.id).pinHash
        : input.pin === null
          ? null
          : hashPin(input.pin);
    ctx.sqlite
      .prepare('UPDATE users SET name = ?, roles = ?, pin_hash = ? WHERE id = ?')
      .run(input.name, JSON.stringify(input.roles), pinHash, input.id);
    const after = getProfile(ctx, input.id);
    recordAudit(ctx, { action: 'users.update', entity: 'user', entityId: input.id, before, after });
    if (ctx.user.id === input.id) ctx.user = { id: after.id, name: after.name, roles: after.roles };
    return after;
  });
}

export function archiveProfile(ctx: CompanyContext, input: { id: number; archived: boolean }): UserProfile {
  return ctx.tx(() => {
    const before = getProfile(ctx, input.id);
    if (input.archived) {
      if (input.id === ctx.user.id)
        throw new OrdoError('CONFLICT', 'You cannot archive the profile you are using');
      assertOwnerRemains(ctx, input.id, null);
    } else if (before.archived) {
      // Someone may have taken the name meanwhile; two active profiles with one name cannot be told apart.
      assertNameFree(ctx, before.name, input.id);
    }
    ctx.sqlite.prepare('UPDATE users SET archived = ? WHERE id = ?').run(input.archived ? 1 : 0, input.id);
    const after = getProfile(ctx, input.id);
    recordAudit(ctx, {
      action: input.archived ? 'users.archive' : 'users.restore',
      entity: 'user',
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}

/** Checks the PIN (when the profile has one) and returns who acts from now on. */
export function checkSwitch(
  ctx: CompanyContext,
  input: { userId: number; pin?: string | undefined },
): ActingUser {
  const row = getRow(ctx, input.userId, 'userId');
  if (row.archived) throw fieldError('userId', 'This profile is archived');
  if (row.pinHash !== null && (input.pin === undefined || !verifyPin(input.pin, row.pinHash))) {
    throw new OrdoError('UNAUTHORIZED', 'That PIN is not right', {
      fields: [{ path: 'pin', message: 'Wrong PIN' }],
    });
  }
  const p = toProfile(row);
  return { id: p.id, name: p.name, roles: p.roles };
}
