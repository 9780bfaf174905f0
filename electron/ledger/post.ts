// Posting a journal entry: the only way rows reach the ledger. One transaction with its number and audit row.
import type { AccountRole } from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import { minorUnits } from '../../shared/money';
import { recordAudit } from '../audit/log';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { issueNumber } from '../numbering/series';
import { ledgerSettings } from '../settings/company';
import { accountIdByRole } from './accounts';
import { assertBalanced, toBase, type DraftLine } from './balance';
import { controlRoles } from './chartOfAccounts';

export interface EntryDraft {
  date: string;
  description: string;
  /** Document currency; defaults to the base currency. */
  currency?: string;
  /** Base-currency units per unit of document currency, as a decimal string. */
  fxRate?: string;
  sourceType: string;
  sourceId?: number | null;
  lines: DraftLine[];
  /** Manual entries may not touch control accounts (receivables, customer credits). */
  isManual?: boolean;
  /** A document (invoice, payment…) posts this entry and its own audit row names it: no second row. */
  isAuditedByDocument?: boolean;
}

export function assertOpenPeriod(lockDate: string | null, date: string): void {
  if (lockDate !== null && date <= lockDate) {
    throw new OrdoError('PERIOD_LOCKED', `The books are locked up to ${lockDate}; choose a later date`, {
      fields: [{ path: 'date', message: `The books are locked up to ${lockDate}` }],
      lockDate,
    });
  }
}

function checkAccounts(ctx: CompanyContext, lines: DraftLine[], isManual: boolean): void {
  const account = stmt(ctx.sqlite, 'SELECT archived, role, name FROM accounts WHERE id = ?');
  lines.forEach((line, i) => {
    const a = account.get(line.accountId) as
      { archived: number; role: AccountRole | null; name: string } | undefined;
    const path = `lines.${i}.accountId`;
    if (!a)
      throw new OrdoError('NOT_FOUND', `Line ${i + 1}: that account does not exist`, {
        fields: [{ path, message: 'Unknown account' }],
      });
    if (a.archived)
      throw new OrdoError('VALIDATION', `Line ${i + 1}: ${a.name} is archived`, {
        fields: [{ path, message: 'This account is archived' }],
      });
    if (isManual && a.role && controlRoles.has(a.role)) {
      throw new OrdoError(
        'VALIDATION',
        `${a.name} is kept by invoices and payments and cannot be posted by hand`,
        {
          fields: [{ path, message: 'Posted by invoices and payments only' }],
        },
      );
    }
  });
}

/** Posts an entry and returns its id. Runs inside the caller's transaction, or opens one. */
export function postEntry(ctx: CompanyContext, draft: EntryDraft): { id: number; number: string } {
  return ctx.tx(() => {
    const settings = ledgerSettings(ctx);
    assertOpenPeriod(settings.periodLockDate, draft.date);
    assertBalanced(draft.lines);
    checkAccounts(ctx, draft.lines, draft.isManual ?? false);
    const currency = draft.currency ?? settings.baseCurrency;
    const fxRate = currency === settings.baseCurrency ? '1' : (draft.fxRate ?? '');
    if (!/^\d+(\.\d+)?$/.test(fxRate) || /^0+(\.0+)?$/.test(fxRate)) {
      throw new OrdoError('VALIDATION', 'An exchange rate above 0 is needed for a foreign-currency entry', {
        fields: [{ path: 'fxRate', message: 'Enter a rate above 0' }],
      });
    }
    const converted = toBase(
      draft.lines,
      fxRate,
      { docMinorUnits: minorUnits(currency), baseMinorUnits: minorUnits(settings.baseCurrency) },
      settings.roundingMode,
    );
    const lines = [...converted.lines];
    if (converted.roundingDifference !== 0) {
      lines.push({
        accountId: accountIdByRole(ctx, 'rounding'),
        amount: 0,
        amountBase: converted.roundingDifference,
        description: 'Currency rounding',
      });
    }
    const number = issueNumber(ctx, 'journal', draft.date);
    const postedAt = ctx.nowIso();
    const entry = stmt(
      ctx.sqlite,
      `INSERT INTO journal_entries (number, date, description, currency, fx_rate, source_type, source_id, posted_at, posted_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      number,
      draft.date,
      draft.description,
      currency,
      fxRate,
      draft.sourceType,
      draft.sourceId ?? null,
      postedAt,
      ctx.user.id,
    );
    const entryId = Number(entry.lastInsertRowid);
    const insertLine = stmt(
      ctx.sqlite,
      `INSERT INTO journal_lines (entry_id, line_no, account_id, description, amount, amount_base, customer_id, date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    lines.forEach((l, i) => {
      insertLine.run(
        entryId,
        i + 1,
        l.accountId,
        l.description ?? '',
        l.amount,
        l.amountBase,
        l.customerId ?? null,
        draft.date,
      );
    });
    if (draft.isAuditedByDocument) return { id: entryId, number };
    const total = draft.lines.reduce((sum, l) => (l.amount > 0 ? sum + l.amount : sum), 0);
    recordAudit(ctx, {
      action: 'ledger.post',
      entity: 'journal_entry',
      entityId: entryId,
      after: {
        number,
        date: draft.date,
        description: draft.description,
        currency,
        total,
        source: draft.sourceType,
        lines: lines.length,
      },
    });
    return { id: entryId, number };
  });
}
