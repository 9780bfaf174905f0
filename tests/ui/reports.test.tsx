import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Account, JournalEntry } from '../../shared/contract';
import { todayIso } from '../../renderer/src/lib/today';
import { companySettings, installOrdo, rejectWith, renderApp } from './fakeOrdo';

const accounts: Account[] = [
  { id: 1, code: '1200', name: 'Bank', type: 'asset', role: 'bank', archived: false, isUsed: true },
  {
    id: 2,
    code: '3000',
    name: 'Owner’s equity',
    type: 'equity',
    role: 'equity',
    archived: false,
    isUsed: true,
  },
  {
    id: 3,
    code: '6800',
    name: 'Office supplies',
    type: 'expense',
    role: null,
    archived: false,
    isUsed: false,
  },
];

const posted: JournalEntry = {
  id: 41,
  number: 'JE-2026-00041',
  date: '2026-01-31',
  description: 'Start capital',
  currency: 'EUR',
  total: 1000000,
  sourceType: 'manual',
  postedAt: '2026-01-31T09:00:00.000Z',
  postedBy: 'Olivia Owner',
  fxRate: '1',
  lines: [],
};

/** Types into a line's account combobox and picks the first match with Enter. */
async function pickAccount(user: UserEvent, label: string, typed: string, expected: string) {
  const box = screen.getByRole('combobox', { name: label });
  await user.click(box);
  await user.keyboard(typed);
  expect(await screen.findByRole('option', { name: expected, selected: true })).toBeInTheDocument();
  await user.keyboard('{Enter}');
  expect(box).toHaveValue(expected);
}

describe('trial balance', () => {
  it('asks for today’s balances and shows rows and totals formatted in the company locale', async () => {
    const ordo = installOrdo({
      'settings.get': companySettings({ locale: 'de-DE', baseCurrency: 'EUR' }),
      'ledger.trialBalance': (input) => ({
        asOf: input.asOf,
        currency: 'EUR',
        rows: [
          { accountId: 1, code: '1200', name: 'Bank', type: 'asset', debit: 1234567, credit: 0 },
          { accountId: 2, code: '3000', name: 'Owner’s equity', type: 'equity', debit: 0, credit: 1234567 },
        ],
        totalDebit: 1234567,
        totalCredit: 1234567,
      }),
    });
    renderApp('#/reports/trial-balance');

    const table = await screen.findByRole('table', { name: /Trial balance as of/ });
    expect(ordo.lastInputOf('ledger.trialBalance')).toEqual({ asOf: todayIso() });
    expect(screen.getByLabelText('As of')).toHaveValue(todayIso());
    const [, bank, equity, total] = within(table).getAllByRole('row');
    expect(within(bank!).getByRole('link', { name: 'Bank' })).toHaveAttribute('href', '#/reports/ledger/1');
    expect(bank).toHaveTextContent('12.345,67 €');
    expect(equity).toHaveTextContent('12.345,67 €');
    expect(within(total!).getByRole('rowheader', { name: 'Total' })).toBeInTheDocument();
    expect(within(total!).getAllByText('12.345,67 €')).toHaveLength(2);
  });
});

describe('journal entry editor', () => {
  it('keeps Post disabled until debits equal credits, then posts after confirming', async () => {
    const ordo = installOrdo({
      'accounts.list': accounts,
      'ledger.postEntry': posted,
      'ledger.getEntry': posted,
    });
    const { user } = renderApp('#/reports/journal/new');

    const postButton = await screen.findByRole('button', { name: 'Post journal entry' });
    expect(postButton).toBeDisabled();
    await waitFor(() => expect(ordo.inputsOf('accounts.list')).not.toHaveLength(0));

    await user.type(screen.getByLabelText('Description'), 'Start capital');
    await pickAccount(user, 'Account, line 1', '1200', '1200 Bank');
    await user.type(screen.getByLabelText('Debit, line 1'), '10,000.00');
    await pickAccount(user, 'Account, line 2', 'equity', '3000 Owner’s equity');
    await user.type(screen.getByLabelText('Credit, line 2'), '9,999.99');

    expect(screen.getByText(/Difference:/)).toHaveTextContent('Difference: €0.01');
    expect(postButton).toBeDisabled();
    expect(postButton).toHaveAccessibleDescription('Debits and credits must be equal.');

    await user.clear(screen.getByLabelText('Credit, line 2'));
    await user.type(screen.getByLabelText('Credit, line 2'), '10000');
    expect(screen.getByText(/Difference:/)).toHaveTextContent('Difference: €0.00 — balanced');
    expect(postButton).toBeEnabled();

    await user.click(postButton);
    const dialog = screen.getByRole('dialog', { name: 'Post journal entry?' });
    expect(dialog).toHaveTextContent('Posted entries cannot be changed.');
    expect(ordo.inputsOf('ledger.postEntry')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Post journal entry' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('ledger.postEntry')).toEqual({
        date: todayIso(),
        description: 'Start capital',
        lines: [
          { accountId: 1, debit: 1000000, credit: 0, description: '' },
          { accountId: 2, debit: 0, credit: 1000000, description: '' },
        ],
      }),
    );
    await waitFor(() => expect(window.location.hash).toBe('#/reports/journal/41'));
    expect(await screen.findByText('Journal entry JE-2026-00041 posted')).toBeInTheDocument();
  });

  it('Enter in a cell adds a line and moves to its account', async () => {
    installOrdo({ 'accounts.list': accounts });
    const { user } = renderApp('#/reports/journal/new');

    await user.click(await screen.findByLabelText('Debit, line 2'));
    await user.keyboard('5{Enter}');
    expect(screen.getByLabelText('Account, line 3')).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('Debit, line 3')).toHaveFocus();
  });

  it('shows a period-lock refusal from main in the summary', async () => {
    const ordo = installOrdo({
      'accounts.list': accounts,
      'ledger.postEntry': rejectWith('PERIOD_LOCKED', 'The books are locked up to 2026-12-31.'),
    });
    const { user } = renderApp('#/reports/journal/new');

    await waitFor(() => expect(ordo.inputsOf('accounts.list')).not.toHaveLength(0));
    await user.type(await screen.findByLabelText('Description'), 'Late fix');
    await pickAccount(user, 'Account, line 1', 'office', '6800 Office supplies');
    await user.type(screen.getByLabelText('Debit, line 1'), '12');
    await pickAccount(user, 'Account, line 2', 'bank', '1200 Bank');
    await user.type(screen.getByLabelText('Credit, line 2'), '12');
    await user.click(screen.getByRole('button', { name: 'Post journal entry' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Post journal entry' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The books are locked up to 2026-12-31.');
    expect(window.location.hash).toBe('#/reports/journal/new');
  });
});

describe('audit log', () => {
  it('verifies the audit trail and expands a row to show before and after', async () => {
    installOrdo({
      'audit.list': {
        rows: [
          {
            id: 9,
            at: '2026-01-31T09:00:00.000Z',
            userId: 1,
            userName: 'Olivia Owner',
            action: 'customer.update',
            entity: 'customer',
            entityId: '7',
            before: { email: 'old@berger.test' },
            after: { email: 'new@berger.test' },
          },
        ],
        total: 1,
      },
      'audit.verify': { ok: true, checked: 1280, firstBroken: null },
    });
    const { user } = renderApp('#/reports/audit');

    await user.click(await screen.findByRole('button', { name: 'Show changes' }));
    expect(screen.getByText(/old@berger\.test/)).toBeInTheDocument();
    expect(screen.getByText(/new@berger\.test/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Verify audit trail' }));
    expect(await screen.findByText(/All 1,280 entries verified/)).toBeInTheDocument();
  });
});
