// User profiles on the company file, their roles, an optional PIN, and switching who is acting.
import { z } from 'zod';
import { method } from './define';
import { roles, type Role } from '../users/roles';
import { empty, id, requiredText } from './fields';

export { roles, type Role };

export interface UserProfile {
  id: number;
  name: string;
  roles: Role[];
  hasPin: boolean;
  archived: boolean;
}

const pin = z.string({ error: 'The PIN must be text' }).regex(/^\d{4,8}$/, 'A PIN is 4 to 8 digits');

const roleList = z
  .array(z.enum(roles, { error: 'Unknown role' }))
  .min(1, 'Give the profile at least one role')
  .max(roles.length)
  .refine((r) => new Set(r).size === r.length, 'Each role once');

export const usersContract = {
  'users.current': method(empty).returns<UserProfile>(),
  'users.list': method(
    z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
  ).returns<UserProfile[]>(),
  'users.create': method(
    z.object({ name: requiredText('Name', 100), roles: roleList, pin: pin.nullable().default(null) }),
  ).returns<UserProfile>(),
  'users.update': method(
    z.object({
      id,
      name: requiredText('Name', 100),
      roles: roleList,
      /** Omitted: keep the PIN; null: remove it; digits: set it. */
      pin: pin.nullable().optional(),
    }),
  ).returns<UserProfile>(),
  'users.archive': method(z.object({ id, archived: z.boolean().default(true) })).returns<UserProfile>(),
  'users.switch': method(z.object({ userId: id, pin: z.string().max(8).optional() })).returns<UserProfile>(),
};
