import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, AccountLedger, JournalEntry, JournalEntrySummary } from '../../shared/contract';
import { installOrdo, renderApp } from './fakeOrdo';

const bank: Account = {
  id: 1,
  code: '1200',
  name: 'Bank',
  type: 'asset',
  role: 'bank',
  archived: false,
  isUsed: true,
};
const accounts: Account[] = [
  bank,
  {
    id: 2,
    code: '3000',
    name: 'Owner’s equity',
    type: 'equity',
    role: 'equity',
    archived: false,
    isUsed: true,
  },
];

function ledgerOf(): AccountLedger {
  return {
    account: bank,
    currency: 'EUR',
    openingBalance: -5000,
    closingBalance: 969950,
    rows: [
      {
        entryId: 41,
        number: 'JE-2026-00041',
        date: '2026-01-31',
        description: 'Start capital',
        debit: 1000000,
        credit: 0,
        balance: 995000,
      },
      {
        entryId: 42,
        number: 'JE-2026-00042',
        date: '2026-02-03',
        description: 'Bank fees',
        debit: 0,
        credit: 25050,
        balance: 969950,
      },
    ],
    total: 2,
  };
}

describe('account ledger', () => {
  it('asks for the chosen account and shows opening, closing and running balances formatted', async () => {
    const ordo = installOrdo({ 'accounts.list': accounts, 'ledger.accountLedger': ledgerOf });
    const { user } = renderApp('#/reports/ledger');

    expect(await screen.findByText('Choose an account to see its postings.')).toBeInTheDocument();
    expect(ordo.inputsOf('ledger.accountLedger')).toHaveLength(0);
    await screen.findByRole('option', { name: '1200 Bank' });
    await user.selectOptions(screen.getByLabelText('Account'), '1200 Bank');

    await waitFor(() => expect(window.location.hash).toBe('#/reports/ledger/1'));
    const table = await screen.findByRole('table', { name: 'Ledger of 1200 Bank' });
    expect(ordo.lastInputOf('ledger.accountLedger')).toEqual({ accountId: 1, limit: 50, offset: 0 });
    expect(screen.getByText('1200 Bank, all dates, in EUR.')).toBeInTheDocument();

    const opening = screen.getByText('Opening balance').nextElementSibling as HTMLElement;
    const closing = screen.getByText('Closing balance').nextElementSibling as HTMLElement;
    expect(opening).toHaveTextContent('-€50.00');
    expect(within(opening).getByText('-€50.00')).toHaveClass('negative');
    expect(closing).toHaveTextContent('€9,699.50');

    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByRole('link', { name: 'JE-2026-00041' })).toHaveAttribute(
      'href',
      '#/reports/journal/41',
    );
    expect(first).toHaveTextContent('Jan 31, 2026');
    expect(first).toHaveTextContent('€10,000.00');
    expect(first).toHaveTextContent('€9,950.00');
    expect(second).toHaveTextContent('€250.50');
    expect(second).toHaveTextContent('€9,699.50');
    // A zero column stays blank so the figure that matters stands out.
    expect(within(second!).getAllByRole('cell')[3]).toBeEmptyDOMElement();

    await user.type(screen.getByLabelText('From'), '2026-02-01');
    await waitFor(() =>
      expect(ordo.lastInputOf('ledger.accountLedger')).toEqual({
        accountId: 1,
        from: '2026-02-01',
        limit: 50,
        offset: 0,
      }),
    );
    expect(await screen.findByText('1200 Bank, from Feb 1, 2026, in EUR.')).toBeInTheDocument();
  });
});

const summaries: JournalEntrySummary[] = [
  {
    id: 42,
    number: 'JE-2026-00042',
    date: '2026-02-03',
    description: 'Bank fees',
    currency: 'EUR',
    total: 25050,
    sourceType: 'manual',
    postedAt: '2026-02-03T09:00:00.000Z',
    postedBy: 'Olivia Owner',
  },
  {
    id: 41,
    number: 'JE-2026-00041',
    date: '2026-01-01',
    description: 'Opening balances',
    currency: 'EUR',
    total: 4900000,
    sourceType: 'opening_balance',
    postedAt: '2026-01-01T09:00:00.000Z',
    postedBy: 'Olivia Owner',
  },
];

describe('journal', () => {
  it('lists entries from ledger.entries in plain words, and Enter opens the selected one', async () => {
    const entry: JournalEntry = {
      ...summaries[1]!,
      fxRate: '1',
      lines: [
        {
          lineNo: 1,
          accountId: 1,
          accountCode: '1200',
          accountName: 'Bank',
          description: '',
          debit: 4900000,
          credit: 0,
          debitBase: 4900000,
          creditBase: 0,
          customerId: null,
        },
        {
          lineNo: 2,
          accountId: 2,
          accountCode: '3000',
          accountName: 'Owner’s equity',
          description: '',
          debit: 0,
          credit: 4900000,
          debitBase: 0,
          creditBase: 4900000,
          customerId: null,
        },
      ],
    };
    const ordo = installOrdo({ 'ledger.entries': { rows: summaries, total: 2 }, 'ledger.getEntry': entry });
    const { user } = renderApp('#/reports/journal');

    const table = await screen.findByRole('table', { name: 'Journal entries' });
    expect(ordo.lastInputOf('ledger.entries')).toEqual({ limit: 50, offset: 0 });
    const [, fees, opening] = within(table).getAllByRole('row');
    expect(fees).toHaveAccessibleName(
      'JE-2026-00042 Feb 3, 2026 Bank fees Manual entry €250.50 Olivia Owner',
    );
    expect(opening).toHaveAccessibleName(
      'JE-2026-00041 Jan 1, 2026 Opening balances Opening balance €49,000.00 Olivia Owner',
    );
    expect(screen.getByText('1–2 of 2')).toBeInTheDocument();
    // All rows fit on one page: no page buttons.
    expect(screen.queryByRole('button', { name: 'Next page' })).not.toBeInTheDocument();

    await user.keyboard('jj');
    expect(opening).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(window.location.hash).toBe('#/reports/journal/41'));
    expect(await screen.findByRole('heading', { name: 'Journal entry JE-2026-00041' })).toBeInTheDocument();
    expect(ordo.lastInputOf('ledger.getEntry')).toEqual({ id: 41 });
    expect(screen.getByText('Opening balance')).toBeInTheDocument();
  });

  it('offers to create the first entry when there is none', async () => {
    installOrdo({ 'ledger.entries': { rows: [], total: 0 }, 'accounts.list': accounts });
    const { user } = renderApp('#/reports/journal');

    expect(await screen.findByText(/No journal entries yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create journal entry' }));
    await waitFor(() => expect(window.location.hash).toBe('#/reports/journal/new'));
  });
});

describe('audit log', () => {
  it('names the entry where the audit trail breaks, and why', async () => {
    installOrdo({
      'audit.list': { rows: [], total: 0 },
      'audit.verify': {
        ok: false,
        checked: 57,
        firstBroken: { id: 23, reason: 'its hash does not match its contents' },
      },
    });
    const { user } = renderApp('#/reports/audit');

    expect(await screen.findByText('Nothing has been recorded yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verify audit trail' }));

    const message = await screen.findByText(/The audit trail is broken/);
    expect(message).toHaveTextContent(
      'The audit trail is broken at entry 23: its hash does not match its contents. 57 entries checked.',
    );
    expect(screen.queryByText(/Nothing has been altered/)).not.toBeInTheDocument();
  });

  it('says who did what to which record in plain words', async () => {
    installOrdo({
      'audit.list': {
        rows: [
          {
            id: 12,
            at: '2026-01-31T09:00:00.000Z',
            userId: 1,
            userName: 'Olivia Owner',
            action: 'taxRates.create',
            entity: 'tax_rate',
            entityId: '3',
            before: null,
            after: { name: 'Reduced' },
          },
          {
            id: 13,
            at: '2026-01-31T09:05:00.000Z',
            userId: 1,
            userName: 'Olivia Owner',
            action: 'ledger.post',
            entity: 'journal_entry',
            entityId: '41',
            before: null,
            after: {},
          },
        ],
        total: 2,
      },
    });
    renderApp('#/reports/audit');

    const table = await screen.findByRole('table', { name: 'Audit log' });
    const [, created, posted] = within(table).getAllByRole('row');
    expect(within(created!).getByText('Created')).toHaveAttribute('title', 'taxRates.create');
    expect(created).toHaveTextContent('Tax rate 3');
    expect(within(posted!).getByText('Posted')).toBeInTheDocument();
    expect(posted).toHaveTextContent('Journal entry 41');
  });
});
