import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract';
import { installOrdo, renderApp } from './fakeOrdo';

function account(id: number, code: string, name: string, type: Account['type']): Account {
  return { id, code, name, type, role: null, archived: false, isUsed: false };
}

const accounts: Account[] = [
  account(1, '1000', 'Cash', 'asset'),
  account(2, '1200', 'Bank', 'asset'),
  account(3, '1210', 'Savings bank', 'asset'),
  account(4, '6800', 'Bad debts written off', 'expense'),
];

async function openEditor() {
  const ordo = installOrdo({ 'accounts.list': accounts });
  const view = renderApp('#/reports/journal/new');
  await waitFor(() => expect(ordo.inputsOf('accounts.list')).not.toHaveLength(0));
  const line1 = await screen.findByRole('combobox', { name: 'Account, line 1' });
  return { ...view, ordo, line1 };
}

const optionNames = () =>
  within(screen.getByRole('listbox', { name: 'Accounts' }))
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('journal line account picker', () => {
  it('finds accounts by code: "12" lists 1200 and 1210, Enter picks the first', async () => {
    const { user, line1 } = await openEditor();

    await user.click(line1);
    await user.keyboard('12');
    expect(line1).toHaveAttribute('aria-expanded', 'true');
    expect(optionNames()).toEqual(['1200 Bank', '1210 Savings bank']);
    expect(screen.getByRole('option', { name: '1200 Bank' })).toHaveAttribute('aria-selected', 'true');
    expect(line1).toHaveAttribute(
      'aria-activedescendant',
      screen.getByRole('option', { name: '1200 Bank' }).id,
    );

    await user.keyboard('{Enter}');
    expect(line1).toHaveValue('1200 Bank');
    expect(line1).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    // Enter picked; it did not add a line.
    expect(screen.queryByRole('combobox', { name: 'Account, line 3' })).not.toBeInTheDocument();
  });

  it('finds accounts by name: "bank" lists codes first, ↓ moves, Enter picks', async () => {
    const { user, line1 } = await openEditor();

    await user.click(line1);
    await user.keyboard('bank');
    expect(optionNames()).toEqual(['1200 Bank', '1210 Savings bank']);
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: '1210 Savings bank' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');
    expect(line1).toHaveValue('1210 Savings bank');
  });

  it('Tab picks the highlighted account and moves on to the debit; Enter with the list closed adds a line', async () => {
    const { user, line1 } = await openEditor();

    await user.click(line1);
    await user.keyboard('68');
    await user.tab();
    expect(line1).toHaveValue('6800 Bad debts written off');
    expect(screen.getByLabelText('Debit, line 1')).toHaveFocus();

    await user.click(line1);
    await user.keyboard('{Enter}');
    const line2 = screen.getByRole('combobox', { name: 'Account, line 2' });
    const added = screen.getByRole('combobox', { name: 'Account, line 3' });
    expect(line2).toHaveValue('');
    expect(added).toHaveValue('');
    // The new line comes right after line 1 and takes the focus.
    expect(screen.getByRole('combobox', { name: 'Account, line 2' })).toHaveFocus();
  });

  it('↓ on an empty picker lists every account; Esc closes the list and stays in the editor', async () => {
    const { user, line1 } = await openEditor();

    await user.click(line1);
    await user.keyboard('{ArrowDown}');
    expect(optionNames()).toEqual([
      '1000 Cash',
      '1200 Bank',
      '1210 Savings bank',
      '6800 Bad debts written off',
    ]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(window.location.hash).toBe('#/reports/journal/new');
    expect(line1).toHaveFocus();
  });

  it('says when nothing matches and keeps the line without an account', async () => {
    const { user, line1 } = await openEditor();

    await user.click(line1);
    await user.keyboard('zz');
    expect(screen.getByText('No account matches “zz”.')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('combobox', { name: 'Account, line 3' })).not.toBeInTheDocument();
    await user.tab();
    expect(line1).toHaveValue('');
  });

  it('a mouse click on an option picks it too, and clearing the text removes the account', async () => {
    const { user, line1 } = await openEditor();

    await user.click(line1);
    await user.keyboard('cash');
    await user.click(screen.getByRole('option', { name: '1000 Cash' }));
    expect(line1).toHaveValue('1000 Cash');
    expect(line1).toHaveFocus();

    // Left empty, the line has no account any more (else the picker would show 1000 Cash again).
    await user.clear(line1);
    await user.tab();
    expect(line1).toHaveValue('');
  });
});
