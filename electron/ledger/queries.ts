// Reading the ledger: entries, one entry, trial balance and an account's ledger — all as of a date, in SQL over integers.
import type {
  AccountLedger,
  JournalEntry,
  JournalEntrySummary,
  Page,
  TrialBalance,
} from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { ledgerSettings } from '../settings/company';
import { getAccount } from './accounts';

const summaryColumns = `e.id, e.number, e.date, e.description, e.currency, e.source_type AS sourceType, e.posted_at AS postedAt,
  coalesce(u.name, '') AS postedBy,
  (SELECT coalesce(sum(amount), 0) FROM journal_lines l WHERE l.entry_id = e.id AND l.amount > 0) AS total`;

export function listEntries(
  ctx: CompanyContext,
  q: { from?: string; to?: string; limit: number; offset: number },
): Page<JournalEntrySummary> {
  const where: string[] = [];
  if (q.from) where.push('e.date >= @from');
  if (q.to) where.push('e.date <= @to');
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const params = { from: q.from, to: q.to, limit: q.limit, offset: q.offset };
  const total = (
    ctx.sqlite.prepare(`SELECT count(*) AS n FROM journal_entries e ${clause}`).get(params) as { n: number }
  ).n;
  const rows = ctx.sqlite
    .prepare(
      `SELECT ${summaryColumns} FROM journal_entries e LEFT JOIN users u ON u.id = e.posted_by ${clause}
       ORDER BY e.date DESC, e.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as JournalEntrySummary[];
  return { rows, total };
}

export function getEntry(ctx: CompanyContext, id: number): JournalEntry {
  const head = ctx.sqlite
    .prepare(
      `SELECT ${summaryColumns}, e.fx_rate AS fxRate FROM journal_entries e LEFT JOIN users u ON u.id = e.posted_by WHERE e.id = ?`,
    )
    .get(id) as (JournalEntrySummary & { fxRate: string }) | undefined;
  if (!head) throw new OrdoError('NOT_FOUND', 'That journal entry does not exist');
  const lines = ctx.sqlite
    .prepare(
      `SELECT l.line_no AS lineNo, l.account_id AS accountId, a.code AS accountCode, a.name AS accountName, l.description,
         CASE WHEN l.amount > 0 THEN l.amount ELSE 0 END AS debit, CASE WHEN l.amount < 0 THEN -l.amount ELSE 0 END AS credit,
         CASE WHEN l.amount_base > 0 THEN l.amount_base ELSE 0 END AS debitBase,
         CASE WHEN l.amount_base < 0 THEN -l.amount_base ELSE 0 END AS creditBase, l.customer_id AS customerId
       FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE l.entry_id = ? ORDER BY l.line_no`,
    )
    .all(id) as JournalEntry['lines'];
  return { ...head, lines };
}

/** Balances of every account with postings up to and including `asOf`, in the base currency. */
export function trialBalance(ctx: CompanyContext, asOf: string): TrialBalance {
  // Per account, a range of the (account, date, base) index: the sums never read the lines themselves. Accounts
  // without a balance are dropped here, not in SQL, where the filter would run each sum a second time.
  const rows = stmt(
    ctx.sqlite,
    `SELECT a.id AS accountId, a.code, a.name, a.type,
       (SELECT coalesce(sum(l.amount_base), 0) FROM journal_lines l WHERE l.account_id = a.id AND l.date <= ?) AS balance
     FROM accounts a ORDER BY a.code`,
  ).all(asOf) as {
    accountId: number;
    code: string;
    name: string;
    type: TrialBalance['rows'][number]['type'];
    balance: number;
  }[];
  let totalDebit = 0;
  let totalCredit = 0;
  const out = rows
    .filter((r) => r.balance !== 0)
    .map(({ balance, ...a }) => {
      const debit = balance > 0 ? balance : 0;
      const credit = balance < 0 ? -balance : 0;
      totalDebit += debit;
      totalCredit += credit;
      return { ...a, debit, credit };
    });
  return { asOf, currency: ledgerSettings(ctx).baseCurrency, rows: out, totalDebit, totalCredit };
}

export function accountLedger(
  ctx: CompanyContext,
  q: { accountId: number; from?: string; to?: string; limit: number; offset: number },
): AccountLedger {
  const account = getAccount(ctx, q.accountId);
  const from = q.from ?? '0000-01-01';
  const to = q.to ?? '9999-12-31';
  const sum = (sql: string, ...args: unknown[]) => (ctx.sqlite.prepare(sql).get(...args) as { s: number }).s;
  const openingBalance = sum(
    'SELECT coalesce(sum(amount_base), 0) AS s FROM journal_lines WHERE account_id = ? AND date < ?',
    q.accountId,
    from,
  );
  const periodTotal = sum(
    'SELECT coalesce(sum(amount_base), 0) AS s FROM journal_lines WHERE account_id = ? AND date >= ? AND date <= ?',
    q.accountId,
    from,
    to,
  );
  const total = (
    ctx.sqlite
      .prepare('SELECT count(*) AS n FROM journal_lines WHERE account_id = ? AND date >= ? AND date <= ?')
      .get(q.accountId, from, to) as { n: number }
  ).n;
  const rows = ctx.sqlite
    .prepare(
      `SELECT l.entry_id AS entryId, e.number, l.date, CASE WHEN l.description <> '' THEN l.description ELSE e.description END AS description,
         CASE WHEN l.amount_base > 0 THEN l.amount_base ELSE 0 END AS debit,
         CASE WHEN l.amount_base < 0 THEN -l.amount_base ELSE 0 END AS credit,
         @opening + sum(l.amount_base) OVER (ORDER BY l.date, l.entry_id, l.line_no ROWS UNBOUNDED PRECEDING) AS balance
       FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
       WHERE l.account_id = @account AND l.date >= @from AND l.date <= @to
       ORDER BY l.date, l.entry_id, l.line_no LIMIT @limit OFFSET @offset`,
    )
    .all({
      opening: openingBalance,
      account: q.accountId,
      from,
      to,
      limit: q.limit,
      offset: q.offset,
    }) as AccountLedger['rows'];
  return {
    account,
    currency: ledgerSettings(ctx).baseCurrency,
    openingBalance,
    closingBalance: openingBalance + periodTotal,
    rows,
    total,
  };
}

export function ledgerSummary(ctx: CompanyContext): { entries: number; lastEntryDate: string | null } {
  return ctx.sqlite
    .prepare('SELECT count(*) AS entries, max(date) AS lastEntryDate FROM journal_entries')
    .get() as {
    entries: number;
    lastEntryDate: string | null;
  };
}
