// The company profile and the ledger-wide settings (base currency, rounding, period lock), one row in `company`.
import type { CompanySettings } from '../../shared/contract';
import { OrdoError, fieldError } from '../../shared/errors';
import type { RoundingMode } from '../../shared/money';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';

const columns = `name, address_line1 AS addressLine1, address_line2 AS addressLine2, postal_code AS postalCode, city, region,
  country, tax_id AS taxId, email, phone, website, base_currency AS baseCurrency, locale, bank_name AS bankName,
  bank_account_holder AS bankAccountHolder, bank_iban AS bankIban, bank_bic AS bankBic, rounding_mode AS roundingMode,
  tax_rounding AS taxRounding, period_lock_date AS periodLockDate, logo IS NOT NULL AS hasLogo, updated_at AS updatedAt`;

const columnOf: Record<string, string> = {
  name: 'name',
  addressLine1: 'address_line1',
  addressLine2: 'address_line2',
  postalCode: 'postal_code',
  city: 'city',
  region: 'region',
  country: 'country',
  taxId: 'tax_id',
  email: 'email',
  phone: 'phone',
  website: 'website',
  baseCurrency: 'base_currency',
  locale: 'locale',
  bankName: 'bank_name',
  bankAccountHolder: 'bank_account_holder',
  bankIban: 'bank_iban',
  bankBic: 'bank_bic',
  roundingMode: 'rounding_mode',
  taxRounding: 'tax_rounding',
};

export function getCompanySettings(ctx: CompanyContext): CompanySettings {
  const row = stmt(ctx.sqlite, `SELECT ${columns} FROM company WHERE id = 1`).get() as
    (Omit<CompanySettings, 'hasLogo'> & { hasLogo: number }) | undefined;
  if (!row) throw new OrdoError('FILE_CORRUPT', 'The company file has no company profile');
  return { ...row, hasLogo: row.hasLogo === 1 };
}

export interface LedgerSettings {
  baseCurrency: string;
  roundingMode: RoundingMode;
  periodLockDate: string | null;
}

export function ledgerSettings(ctx: CompanyContext): LedgerSettings {
  return stmt(
    ctx.sqlite,
    'SELECT base_currency AS baseCurrency, rounding_mode AS roundingMode, period_lock_date AS periodLockDate FROM company WHERE id = 1',
  ).get() as LedgerSettings;
}

export function updateCompanySettings(
  ctx: CompanyContext,
  patch: Partial<Record<string, string>>,
): CompanySettings {
  return ctx.tx(() => {
    const before = getCompanySettings(ctx);
    if (patch.baseCurrency !== undefined && patch.baseCurrency !== before.baseCurrency) {
      const posted = ctx.sqlite.prepare('SELECT 1 FROM journal_entries LIMIT 1').get();
      if (posted)
        throw fieldError('baseCurrency', 'The base currency cannot change once something has been posted');
    }
    const current = before as unknown as Record<string, unknown>;
    const keys = Object.keys(patch).filter(
      (k) => k in columnOf && patch[k] !== undefined && patch[k] !== current[k],
    );
    // Saving an unchanged form is not a change: nothing is written and the audit trail stays quiet.
    if (keys.length === 0) return before;
    const sets = keys.map((k) => `${columnOf[k]} = @${k}`).join(', ');
    ctx.sqlite
      .prepare(`UPDATE company SET ${sets}, updated_at = @updatedAt WHERE id = 1`)
      .run({ ...patch, updatedAt: ctx.nowIso() });
    const after = getCompanySettings(ctx);
    recordAudit(ctx, { action: 'settings.update', entity: 'company', entityId: 1, before, after });
    return after;
  });
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
export const MAX_LOGO_BYTES = 1024 * 1024;

export function setLogo(
  ctx: CompanyContext,
  image: { mimeType: 'image/png' | 'image/jpeg'; dataBase64: string } | null,
): CompanySettings {
  let bytes: Buffer | null = null;
  if (image) {
    bytes = Buffer.from(image.dataBase64, 'base64');
    const magic = image.mimeType === 'image/png' ? PNG : JPEG;
    if (bytes.length === 0 || !bytes.subarray(0, magic.length).equals(magic)) {
      throw fieldError(
        'image',
        `This file is not a ${image.mimeType === 'image/png' ? 'PNG' : 'JPEG'} image`,
      );
    }
    if (bytes.length > MAX_LOGO_BYTES) throw fieldError('image', 'The logo must be at most 1 MB');
  }
  return ctx.tx(() => {
    const before = ctx.sqlite
      .prepare('SELECT logo_mime_type AS mimeType, length(logo) AS bytes FROM company WHERE id = 1')
      .get() as { mimeType: string | null; bytes: number | null };
    ctx.sqlite
      .prepare('UPDATE company SET logo = ?, logo_mime_type = ?, updated_at = ? WHERE id = 1')
      .run(bytes, image ? image.mimeType : null, ctx.nowIso());
    recordAudit(ctx, {
      action: image ? 'settings.setLogo' : 'settings.removeLogo',
      entity: 'company',
      entityId: 1,
      before: before.mimeType === null ? null : before,
      after: image ? { mimeType: image.mimeType, bytes: bytes?.length } : null,
    });
    return getCompanySettings(ctx);
  });
}

export function getLogo(ctx: CompanyContext): { mimeType: string; dataBase64: string } | null {
  const row = ctx.sqlite
    .prepare('SELECT logo, logo_mime_type AS mimeType FROM company WHERE id = 1')
    .get() as { logo: Buffer | null; mimeType: string | null } | undefined;
  if (!row?.logo || !row.mimeType) return null;
  return { mimeType: row.mimeType, dataBase64: row.logo.toString('base64') };
}

export function setPeriodLock(ctx: CompanyContext, date: string | null): CompanySettings {
  return ctx.tx(() => {
    const before = getCompanySettings(ctx).periodLockDate;
    ctx.sqlite
      .prepare('UPDATE company SET period_lock_date = ?, updated_at = ? WHERE id = 1')
      .run(date, ctx.nowIso());
    recordAudit(ctx, {
      action: 'settings.setPeriodLock',
      entity: 'company',
      entityId: 1,
      before: { periodLockDate: before },
      after: { periodLockDate: date },
    });
    return getCompanySettings(ctx);
  });
}
