// Company file lifecycle: create, open, demo, recent, close, backup.
import { z } from 'zod';
import { method } from './define';
import { currency, empty, locale, requiredText } from './fields';
import type { Role } from './users';

const ordoPath = z
  .string({ error: 'Path must be text' })
  .trim()
  .min(1, 'Choose a file')
  .max(4096, 'Path is too long')
  .refine((p) => p.toLowerCase().endsWith('.ordo'), 'A company file name ends with .ordo');

export interface CompanyInfo {
  path: string;
  name: string;
  baseCurrency: string;
  locale: string;
  schemaVersion: number;
  /** The acting profile; null while a company with several profiles waits for someone to choose theirs. */
  user: { id: number; name: string; roles: Role[] } | null;
  /** The active profiles, for "switch user" and for choosing one at open. */
  profiles: { id: number; name: string; hasPin: boolean }[];
}

export interface RecentFile {
  path: string;
  name: string;
  lastOpenedAt: string;
  exists: boolean;
}

export type CurrentCompany =
  { open: true; company: CompanyInfo } | { open: false; suggestedPath: string | null };

export const companyContract = {
  'company.create': method(
    z.object({
      name: requiredText('Company name'),
      baseCurrency: currency,
      locale,
      ownerName: requiredText('Your name', 100).default('Owner'),
      path: ordoPath.optional(),
    }),
  ).returns<CompanyInfo>(),
  'company.open': method(z.object({ path: ordoPath })).returns<CompanyInfo>(),
  'company.openDemo': method(empty).returns<CompanyInfo>(),
  'company.current': method(empty).returns<CurrentCompany>(),
  'company.recent': method(empty).returns<RecentFile[]>(),
  'company.close': method(empty).returns<{ closed: boolean }>(),
  'company.backup': method(empty).returns<{ path: string; bytes: number }>(),
};
