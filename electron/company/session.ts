// Which company file is open: create, open, the demo company, close and backup. Exactly one at a time.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CompanyInfo, CurrentCompany, RecentFile } from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import type { Clock } from '../clock';
import { createCompanyContext, type ActingUser, type CompanyContext } from '../context';
import type { UserProfile } from '../../shared/contract/users';
import { checkSwitch, getProfile, listProfiles, profileAtOpen } from '../users/profiles';
import { PinAttempts } from '../users/pinAttempts';
import { backupFileName, createCompanyFile, openCompanyFile, type OpenedFile } from '../db/open';
import { recordAudit } from '../audit/log';
import { buildDemoCompany, DEMO_COMPANY } from './demo';
import { listRecent, rememberRecent } from './recentFiles';
import { seedCompany, type NewCompany } from './seed';

export interface SessionOptions {
  appDataDir: string;
  migrationsDir: string;
  clock: Clock;
  nativeBinding?: string;
  suggestedPath?: string | null;
  onChange?: (company: CompanyInfo | null) => void;
}

export function companiesDir(appDataDir: string): string {
  return join(appDataDir, 'Companies');
}

/** A file name for a new company in the default folder that does not overwrite anything. */
export function defaultCompanyPath(appDataDir: string, name: string): string {
  const slug =
    name
      .replace(/[^\p{L}\p{N} _.-]/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60) || 'Company';
  const dir = companiesDir(appDataDir);
  for (let i = 1; ; i += 1) {
    const candidate = join(dir, i === 1 ? `${slug}.ordo` : `${slug} (${i}).ordo`);
    if (!existsSync(candidate)) return candidate;
  }
}

export class CompanySession {
  private ctx: CompanyContext | null = null;
  private profileChosen = false;
  private pinAttempts = new PinAttempts();
  private suggestedPath: string | null;

  constructor(private readonly options: SessionOptions) {
    this.suggestedPath = options.suggestedPath ?? null;
  }

  /** The open company with a chosen profile: what every business operation needs. */
  require(): CompanyContext {
    const ctx = this.requireOpen();
    if (!this.profileChosen) {
      throw new OrdoError('UNAUTHORIZED', 'Choose your profile first', { profileRequired: true });
    }
    return ctx;
  }

  /** The open company, before anyone has chosen a profile (for listing and choosing profiles). */
  requireOpen(): CompanyContext {
    if (!this.ctx) throw new OrdoError('NO_COMPANY', 'No company is open. Create or open a company first.');
    return this.ctx;
  }

  /** Changes who is acting, after checking the profile's PIN. */
  switchUser(input: { userId: number; pin?: string | undefined }): UserProfile {
    const ctx = this.requireOpen();
    const now = ctx.clock.now().getTime();
    this.pinAttempts.assertMayTry(input.userId, now);
    let user: ActingUser;
    try {
      user = checkSwitch(ctx, input);
    } catch (error) {
      if (error instanceof OrdoError && error.code === 'UNAUTHORIZED')
        this.pinAttempts.recordWrong(input.userId, now);
      throw error;
    }
    this.pinAttempts.recordRight(input.userId);
    ctx.user = user;
    this.profileChosen = true;
    ctx.tx(() =>
      recordAudit(ctx, {
        action: 'users.switch',
        entity: 'user',
        entityId: user.id,
        after: { name: user.name },
      }),
    );
    this.options.onChange?.(this.info());
    return getProfile(ctx, user.id);
  }

  current(): CurrentCompany {
    return this.ctx
      ? { open: true, company: this.info() }
      : { open: false, suggestedPath: this.suggestedPath };
  }

  info(): CompanyInfo {
    const ctx = this.requireOpen();
    const c = ctx.sqlite
      .prepare('SELECT name, base_currency AS baseCurrency, locale FROM company WHERE id = 1')
      .get() as {
      name: string;
      baseCurrency: string;
      locale: string;
    };
    const profiles = listProfiles(ctx, false).map((p) => ({ id: p.id, name: p.name, hasPin: p.hasPin }));
    const user = this.profileChosen ? { ...ctx.user, roles: [...ctx.user.roles] } : null;
    return { path: ctx.file.path, ...c, schemaVersion: ctx.file.schemaVersion, user, profiles };
  }

  private fileOptions() {
    return {
      migrationsDir: this.options.migrationsDir,
      now: this.options.clock.now(),
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
    };
  }

  private activate(file: OpenedFile, user?: ActingUser): CompanyInfo {
    this.close(false);
    const ctx = createCompanyContext(file, this.options.clock, user ?? { id: 0, name: '', roles: [] });
    let chosen = user ?? null;
    try {
      chosen ??= profileAtOpen(ctx);
      if (listProfiles(ctx, false).length === 0) {
        throw new OrdoError(
          'FILE_CORRUPT',
          `${basename(file.path)} has no user profile and cannot be opened`,
        );
      }
    } catch (error) {
      file.sqlite.close();
      throw error;
    }
    if (chosen) ctx.user = chosen;
    this.ctx = ctx;
    this.profileChosen = chosen !== null;
    this.pinAttempts = new PinAttempts();
    const info = this.info();
    rememberRecent(this.options.appDataDir, { path: file.path, name: info.name, lastOpenedAt: ctx.nowIso() });
    this.suggestedPath = null;
    this.options.onChange?.(info);
    return info;
  }

  create(input: NewCompany & { path?: string | undefined }): CompanyInfo {
    const path = input.path ?? defaultCompanyPath(this.options.appDataDir, input.name);
    let user: ActingUser = { id: 0, name: input.ownerName, roles: ['owner'] };
    const file = createCompanyFile(path, this.fileOptions(), (f) => {
      const ctx = createCompanyContext(f, this.options.clock, user);
      ctx.tx(() => seedCompany(ctx, input));
      user = ctx.user;
    });
    return this.activate(file, user);
  }

  async open(path: string): Promise<CompanyInfo> {
    const file = await openCompanyFile(path, this.fileOptions());
    return this.activate(file);
  }

  /** Opens the demo company, creating it with sample data the first time. */
  async openDemo(): Promise<CompanyInfo> {
    const path = join(companiesDir(this.options.appDataDir), DEMO_COMPANY.fileName);
    if (existsSync(path)) return this.open(path);
    let user: ActingUser = { id: 0, name: DEMO_COMPANY.ownerName, roles: ['owner'] };
    const file = createCompanyFile(path, this.fileOptions(), (f) => {
      const ctx = createCompanyContext(f, this.options.clock, user);
      ctx.tx(() => {
        seedCompany(ctx, {
          name: DEMO_COMPANY.name,
          baseCurrency: DEMO_COMPANY.baseCurrency,
          locale: DEMO_COMPANY.locale,
          ownerName: DEMO_COMPANY.ownerName,
        });
        buildDemoCompany(ctx);
      });
      user = ctx.user;
    });
    return this.activate(file, user);
  }

  recent(): RecentFile[] {
    return listRecent(this.options.appDataDir);
  }

  close(notify = true): boolean {
    if (!this.ctx) return false;
    const sqlite = this.ctx.sqlite;
    this.ctx = null;
    this.profileChosen = false;
    try {
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      sqlite.close();
    }
    if (notify) this.options.onChange?.(null);
    return true;
  }

  /** A consistent copy of the open file (SQLite online backup) in the Backups folder beside it. */
  async backup(): Promise<{ path: string; bytes: number }> {
    const ctx = this.require();
    const target = backupFileName(ctx.file.path, ctx.clock.now(), 'manual');
    mkdirSync(dirname(target), { recursive: true });
    await ctx.sqlite.backup(target);
    ctx.tx(() =>
      recordAudit(ctx, { action: 'company.backup', entity: 'company', entityId: 1, after: { path: target } }),
    );
    return { path: target, bytes: statSync(target).size };
  }
}
