// The ledger through the contract: balance, period lock, archived and control accounts, trial balance, account
// ledger paging, database-enforced immutability, and foreign-currency rounding.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract';
import { toBase } from '../../electron/ledger/balance';
import { postEntry } from '../../electron/ledger/post';
import { getEntry, trialBalance } from '../../electron/ledger/queries';
import { countRows, withRawDb } from '../helpers/companyFiles';
import { expectError, makeCompany, type TestServices } from '../helpers/services';

let s: TestServices;
afterEach(() => s?.dispose());

interface Chart {
  bank: Account;
  cash: Account;
  equity: Account;
  ar: Account;
  credits: Account;
  revenue: Account;
  rounding: Account;
}

async function setup(): Promise<Chart> {
  s = await makeCompany();
  const accounts = await s.call('accounts.list', {});
  const role = (r: string) => accounts.find((a) => a.role === r)!;
  return {
    bank: role('bank'),
    cash: role('cash'),
    equity: role('equity'),
    ar: role('ar'),
    credits: role('customer_credits'),
    revenue: role('revenue'),
    rounding: role('rounding'),
  };
}

const move = (date: string, debit: Account, credit: Account, amount: number, description = 'Transfer') =>
  s.call('ledger.postEntry', {
    date,
    description,
    lines: [
      { accountId: debit.id, debit: amount },
      { accountId: credit.id, credit: amount },
    ],
  });

const state = () => {
  const db = s.session.require().sqlite;
  return {
    entries: countRows(db, 'journal_entries'),
    lines: countRows(db, 'journal_lines'),
    counters: db
      .prepare('SELECT series_key, period, last_number FROM number_counters ORDER BY series_key, period')
      .all(),
    audit: countRows(db, 'audit_log'),
  };
};

describe('posting rules', () => {
  it('refuses an unbalanced entry and writes nothing, not even a number', async () => {
    const c = await setup();
    await move('2026-03-01', c.bank, c.equity, 1_000);
    const before = state();
    const error = await expectError(
      s.call('ledger.postEntry', {
        date: '2026-03-02',
        description: 'Typo',
        lines: [
          { accountId: c.bank.id, debit: 10_000 },
          { accountId: c.equity.id, credit: 1_000 },
          { accountId: c.cash.id, credit: 8_999 },
        ],
      }),
    );
    expect([error.code, error.details.difference]).toEqual(['UNBALANCED', 1]);
    expect(state()).toEqual(before);
    expect((await move('2026-03-02', c.bank, c.equity, 5)).number).toBe('JE-2026-000002');
  });

  it('refuses postings on or before the lock date (field date) and accepts them once the lock is cleared', async () => {
    const c = await setup();
    const settings = await s.call('settings.setPeriodLock', { date: '2026-01-31' });
    expect(settings.periodLockDate).toBe('2026-01-31');
    const before = state();
    for (const date of ['2026-01-31', '2026-01-01', '2025-12-31']) {
      const error = await expectError(move(date, c.bank, c.equity, 100));
      expect([error.code, error.details.fields?.map((f) => f.path), error.details.lockDate]).toEqual([
        'PERIOD_LOCKED',
        ['date'],
        '2026-01-31',
      ]);
    }
    expect(state()).toEqual(before);
    expect((await move('2026-02-01', c.bank, c.equity, 100)).number).toBe('JE-2026-000001');
    expect((await s.call('settings.setPeriodLock', { date: null })).periodLockDate).toBeNull();
    const late = await move('2026-01-31', c.bank, c.equity, 100);
    expect([late.number, late.date]).toEqual(['JE-2026-000002', '2026-01-31']);
  });

  it('refuses an archived account, an unknown account and the control accounts with the line’s field path', async () => {
    const c = await setup();
    const office = await s.call('accounts.create', { code: '6100', name: 'Office', type: 'expense' });
    const archived = await s.call('accounts.archive', { id: office.id });
    expect(archived.archived).toBe(true);
    expect((await s.call('accounts.list', {})).some((a) => a.id === office.id)).toBe(false);
    expect((await s.call('accounts.list', { includeArchived: true })).some((a) => a.id === office.id)).toBe(
      true,
    );
    const before = state();
    const lines3 = (accountId: number) => [
      { accountId: c.bank.id, debit: 300 },
      { accountId: c.equity.id, credit: 100 },
      { accountId, credit: 200 },
    ];
    const attempt = async (accountId: number) =>
      expectError(
        s.call('ledger.postEntry', { date: '2026-03-01', description: 'x', lines: lines3(accountId) }),
      );

    const onArchived = await attempt(office.id);
    expect([onArchived.code, onArchived.details.fields?.[0]?.path]).toEqual([
      'VALIDATION',
      'lines.2.accountId',
    ]);
    const onUnknown = await attempt(999_999);
    expect([onUnknown.code, onUnknown.details.fields?.[0]?.path]).toEqual(['NOT_FOUND', 'lines.2.accountId']);
    for (const control of [c.ar, c.credits]) {
      const error = await attempt(control.id);
      expect([error.code, error.details.fields?.[0]?.path]).toEqual(['VALIDATION', 'lines.2.accountId']);
      const first = await expectError(
        s.call('ledger.postEntry', {
          date: '2026-03-01',
          description: 'x',
          lines: [
            { accountId: control.id, debit: 100 },
            { accountId: c.equity.id, credit: 100 },
          ],
        }),
      );
      expect(first.details.fields?.[0]?.path).toBe('lines.0.accountId');
    }
    expect(state()).toEqual(before);
    // restoring the account makes it postable again
    await s.call('accounts.archive', { id: office.id, archived: false });
    expect(
      (await s.call('ledger.postEntry', { date: '2026-03-01', description: 'ok', lines: lines3(office.id) }))
        .lines,
    ).toHaveLength(3);
  });

  it('keeps an account with postings from being archived', async () => {
    const c = await setup();
    const office = await s.call('accounts.create', { code: '6100', name: 'Office', type: 'expense' });
    await move('2026-03-01', office, c.bank, 500);
    expect((await s.call('accounts.list', {})).find((a) => a.id === office.id)!.isUsed).toBe(true);
    expect((await expectError(s.call('accounts.archive', { id: office.id }))).code).toBe('CONFLICT');
    expect((await expectError(s.call('accounts.archive', { id: c.bank.id }))).code).toBe('CONFLICT');
  });
});

describe('reading the ledger', () => {
  it('trial balance as of a date leaves out later entries and always balances', async () => {
    const c = await setup();
    const office = await s.call('accounts.create', { code: '6100', name: 'Office', type: 'expense' });
    await move('2026-03-01', c.bank, c.equity, 100_000);
    await move('2026-03-10', office, c.bank, 12_345);
    await move('2026-03-10', c.cash, c.bank, 5_000);
    await move('2026-04-05', office, c.cash, 999);

    const early = await s.call('ledger.trialBalance', { asOf: '2026-03-09' });
    expect(early).toEqual({
      asOf: '2026-03-09',
      currency: 'EUR',
      rows: [
        { accountId: c.bank.id, code: '1200', name: 'Bank', type: 'asset', debit: 100_000, credit: 0 },
        {
          accountId: c.equity.id,
          code: '3000',
          name: "Owner's equity",
          type: 'equity',
          debit: 0,
          credit: 100_000,
        },
      ],
      totalDebit: 100_000,
      totalCredit: 100_000,
    });
    const march = await s.call('ledger.trialBalance', { asOf: '2026-03-31' });
    expect(march.rows.map((r) => [r.code, r.debit, r.credit])).toEqual([
      ['1000', 5_000, 0],
      ['1200', 82_655, 0],
      ['3000', 0, 100_000],
      ['6100', 12_345, 0],
    ]);
    expect([march.totalDebit, march.totalCredit]).toEqual([100_000, 100_000]);
    const april = await s.call('ledger.trialBalance', { asOf: '2026-04-30' });
    expect(april.rows.map((r) => [r.code, r.debit, r.credit])).toEqual([
      ['1000', 4_001, 0],
      ['1200', 82_655, 0],
      ['3000', 0, 100_000],
      ['6100', 13_344, 0],
    ]);
    expect(april.totalDebit).toBe(april.totalCredit);
    expect((await s.call('ledger.trialBalance', { asOf: '2026-02-28' })).rows).toEqual([]);
    expect(await s.call('ledger.summary', {})).toEqual({ entries: 4, lastEntryDate: '2026-04-05' });
    const listed = await s.call('ledger.entries', { from: '2026-03-02', to: '2026-03-31' });
    expect([listed.total, listed.rows.map((r) => [r.number, r.total, r.postedBy])]).toEqual([
      2,
      [
        ['JE-2026-000003', 5_000, 'Olga Owner'],
        ['JE-2026-000002', 12_345, 'Olga Owner'],
      ],
    ]);
  });

  it('account ledger: opening, running and closing balances agree across pages', async () => {
    const c = await setup();
    await move('2026-02-15', c.bank, c.equity, 50_000, 'Before the period');
    const amounts = [1_000, -300, 2_500, -4_000, 700, 10, -1];
    for (const [i, amount] of amounts.entries()) {
      const date = `2026-03-${String(10 + i).padStart(2, '0')}`;
      if (amount > 0) await move(date, c.bank, c.equity, amount, `In ${i}`);
      else await move(date, c.cash, c.bank, -amount, `Out ${i}`);
    }
    await move('2026-04-01', c.bank, c.equity, 123, 'After the period');

    const pages = [];
    for (let offset = 0; offset < 9; offset += 3) {
      pages.push(
        await s.call('ledger.accountLedger', {
          accountId: c.bank.id,
          from: '2026-03-01',
          to: '2026-03-31',
          limit: 3,
          offset,
        }),
      );
    }
    for (const page of pages) {
      expect([page.openingBalance, page.closingBalance, page.total, page.currency]).toEqual([
        50_000,
        49_909,
        7,
        'EUR',
      ]);
      expect(page.account.id).toBe(c.bank.id);
    }
    const rows = pages.flatMap((p) => p.rows);
    expect(pages.map((p) => p.rows.length)).toEqual([3, 3, 1]);
    expect(rows.map((r) => r.debit - r.credit)).toEqual(amounts);
    let running = 50_000;
    for (const row of rows) {
      running += row.debit - row.credit;
      expect(row.balance).toBe(running);
    }
    expect(rows.at(-1)!.balance).toBe(pages[0]!.closingBalance);
    expect(rows.map((r) => r.description)).toEqual([
      'In 0',
      'Out 1',
      'In 2',
      'Out 3',
      'In 4',
      'In 5',
      'Out 6',
    ]);

    const all = await s.call('ledger.accountLedger', { accountId: c.bank.id });
    expect([all.openingBalance, all.closingBalance, all.total]).toEqual([0, 50_032, 9]);
    const error = await expectError(s.call('ledger.accountLedger', { accountId: 999_999 }));
    expect([error.code, error.details.fields?.[0]?.path]).toEqual(['NOT_FOUND', 'accountId']);
  });
});

describe('the database protects posted rows', () => {
  const statements = [
    "UPDATE journal_entries SET description = 'changed'",
    'DELETE FROM journal_entries',
    'UPDATE journal_lines SET amount = amount + 1',
    'DELETE FROM journal_lines WHERE line_no = 2',
    "UPDATE audit_log SET user_name = 'Mallory'",
    'DELETE FROM audit_log WHERE id = 1',
    "UPDATE number_counters SET last_number = last_number - 1 WHERE series_key = 'journal'",
    "UPDATE number_counters SET last_number = last_number + 2 WHERE series_key = 'journal'",
    "UPDATE number_counters SET period = 2030 WHERE series_key = 'journal'",
    'DELETE FROM number_counters',
  ];

  it.each(statements)('raw SQL "%s" aborts with IMMUTABLE', async (sql) => {
    const c = await setup();
    await move('2026-03-01', c.bank, c.equity, 1_000);
    await move('2026-03-02', c.bank, c.equity, 2_000);
    const before = state();
    const path = join(s.dir, 'testco.ordo');
    expect(() => withRawDb(path, (db) => db.prepare(sql).run())).toThrow(/IMMUTABLE/);
    expect(state()).toEqual(before);
    expect((await s.call('audit.verify', {})).ok).toBe(true);
  });

  it('lets a counter advance by exactly one (the only way numbers are issued)', async () => {
    const c = await setup();
    await move('2026-03-01', c.bank, c.equity, 1_000);
    withRawDb(join(s.dir, 'testco.ordo'), (db) =>
      db
        .prepare("UPDATE number_counters SET last_number = last_number + 1 WHERE series_key = 'journal'")
        .run(),
    );
    expect((await move('2026-03-02', c.bank, c.equity, 5)).number).toBe('JE-2026-000003');
  });
});

describe('foreign-currency entries', () => {
  it('toBase converts each line and hands the rounding difference back', () => {
    const lines = [
      { accountId: 1, amount: 1_001 },
      { accountId: 2, amount: -500 },
      { accountId: 3, amount: -501 },
    ];
    const result = toBase(lines, '0.923456', { docMinorUnits: 2, baseMinorUnits: 2 }, 'half_up');
    // 924.379… → 924, −461.728 → −462, −462.651… → −463: one cent short
    expect(result.lines.map((l) => l.amountBase)).toEqual([924, -462, -463]);
    expect(result.roundingDifference).toBe(1);
    expect(result.lines.reduce((sum, l) => sum + l.amountBase, 0) + result.roundingDifference).toBe(0);
    // JPY (0 decimals) into EUR (2 decimals): the exponent difference scales the rate
    const yen = toBase(
      [
        { accountId: 1, amount: 1_235 },
        { accountId: 2, amount: -1_235 },
      ],
      '0.006123',
      { docMinorUnits: 0, baseMinorUnits: 2 },
      'half_even',
    );
    expect(yen.lines.map((l) => l.amountBase)).toEqual([756, -756]);
    expect(yen.roundingDifference).toBe(0);
  });

  it('postEntry in USD at 0.923456 balances in base through the rounding account', async () => {
    const c = await setup();
    const ctx = s.session.require();
    const posted = postEntry(ctx, {
      date: '2026-03-05',
      description: 'USD receipt',
      currency: 'USD',
      fxRate: '0.923456',
      sourceType: 'test',
      lines: [
        { accountId: c.bank.id, amount: 1_001 },
        { accountId: c.equity.id, amount: -500 },
        { accountId: c.revenue.id, amount: -501 },
      ],
    });
    expect(posted.number).toBe('JE-2026-000001');
    const entry = getEntry(ctx, posted.id);
    expect([entry.currency, entry.fxRate, entry.total]).toEqual(['USD', '0.923456', 1_001]);
    expect(entry.lines.map((l) => [l.accountCode, l.debit, l.credit, l.debitBase, l.creditBase])).toEqual([
      ['1200', 1_001, 0, 924, 0],
      ['3000', 0, 500, 0, 462],
      ['4000', 0, 501, 0, 463],
      ['7900', 0, 0, 1, 0],
    ]);
    expect(entry.lines.at(-1)!.description).toBe('Currency rounding');
    const sums = ctx.sqlite
      .prepare('SELECT sum(amount) AS doc, sum(amount_base) AS base FROM journal_lines')
      .get();
    expect(sums).toEqual({ doc: 0, base: 0 });
    const tb = trialBalance(ctx, '2026-03-31');
    expect([tb.currency, tb.totalDebit, tb.totalCredit]).toEqual(['EUR', 925, 925]);
    expect(tb.rows.find((r) => r.accountId === c.rounding.id)).toMatchObject({ debit: 1, credit: 0 });

    // an entry that converts evenly needs no rounding line
    const even = postEntry(ctx, {
      date: '2026-03-06',
      description: 'Even',
      currency: 'USD',
      fxRate: '0.5',
      sourceType: 'test',
      lines: [
        { accountId: c.bank.id, amount: 200 },
        { accountId: c.equity.id, amount: -200 },
      ],
    });
    expect(getEntry(ctx, even.id).lines).toHaveLength(2);

    // a foreign entry without a usable rate is refused before any number is issued
    for (const fxRate of [undefined, '0', '-1', 'abc']) {
      expect(() =>
        postEntry(ctx, {
          date: '2026-03-07',
          description: 'No rate',
          currency: 'USD',
          ...(fxRate === undefined ? {} : { fxRate }),
          sourceType: 'test',
          lines: [
            { accountId: c.bank.id, amount: 100 },
            { accountId: c.equity.id, amount: -100 },
          ],
        }),
      ).toThrow(/exchange rate/);
    }
    expect((await move('2026-03-08', c.bank, c.equity, 1)).number).toBe('JE-2026-000003');
  });
});
