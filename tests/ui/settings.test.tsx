import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, TaxRate } from '../../shared/contract';
import { companySettings, installOrdo, rejectWith, renderApp } from './fakeOrdo';

const standard: TaxRate = {
  id: 1,
  name: 'Standard',
  ratePercent: '19',
  category: 'standard',
  accountId: 40,
  archived: false,
};

describe('settings', () => {
  it('adds a tax rate through the dialog, reading the rate in the company locale', async () => {
    let rates = [standard];
    const ordo = installOrdo({
      'settings.get': companySettings({ locale: 'de-DE' }),
      'taxRates.list': () => rates,
      'taxRates.create': (input) => {
        const created: TaxRate = {
          id: 2,
          accountId: 41,
          archived: false,
          ...input,
          category: input.category,
        };
        rates = [...rates, created];
        return created;
      },
    });
    const { user } = renderApp('#/settings/tax-rates');

    expect(await screen.findByRole('row', { name: /^Standard 19 % Standard Active/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add tax rate' }));
    const dialog = screen.getByRole('dialog', { name: 'Add tax rate' });
    expect(within(dialog).getByLabelText('Name')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Name'), 'Reduced');
    await user.type(within(dialog).getByLabelText('Rate (%)'), '7,5');
    await user.selectOptions(within(dialog).getByLabelText('Category'), 'Reduced');
    await user.click(within(dialog).getByRole('button', { name: 'Save tax rate' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('taxRates.create')).toEqual({
        name: 'Reduced',
        ratePercent: '7.5',
        category: 'reduced',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('row', { name: /^Reduced 7,5 % Reduced Active/ })).toBeInTheDocument();
    expect(screen.getByText('Tax rate saved')).toBeInTheDocument();
  });

  it('keeps the tax rate dialog open with the contract’s error beside the field', async () => {
    installOrdo({
      'taxRates.list': [standard],
      'taxRates.create': rejectWith('VALIDATION', 'Check the tax rate', [
        { path: 'ratePercent', message: 'Rate must be between 0 and 100' },
      ]),
    });
    const { user } = renderApp('#/settings/tax-rates');

    await user.click(await screen.findByRole('button', { name: 'Add tax rate' }));
    const dialog = screen.getByRole('dialog', { name: 'Add tax rate' });
    await user.type(within(dialog).getByLabelText('Name'), 'Odd');
    await user.type(within(dialog).getByLabelText('Rate (%)'), '120');
    await user.click(within(dialog).getByRole('button', { name: 'Save tax rate' }));

    expect(await within(dialog).findByText('Rate must be between 0 and 100')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Rate (%)')).toHaveAccessibleDescription(
      expect.stringContaining('Rate must be between 0 and 100'),
    );
  });

  it('saves only the company settings that changed', async () => {
    const ordo = installOrdo({ 'settings.update': (input) => companySettings(input) });
    const { user } = renderApp('#/settings/company');

    const iban = await screen.findByLabelText('IBAN');
    await user.type(iban, 'DE89370400440532013000');
    await user.selectOptions(screen.getByLabelText('Rounding'), 'half_even');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('settings.update')).toEqual({
        bankIban: 'DE89370400440532013000',
        roundingMode: 'half_even',
      }),
    );
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
  });

  it('shows main’s refusal when a system account is archived', async () => {
    const bank: Account = {
      id: 5,
      code: '1200',
      name: 'Bank',
      type: 'asset',
      role: 'bank',
      archived: false,
      isUsed: true,
    };
    const ordo = installOrdo({
      'accounts.list': [bank],
      'accounts.archive': rejectWith(
        'CONFLICT',
        'The Bank account is a system account and cannot be archived.',
      ),
    });
    const { user } = renderApp('#/settings/accounts');

    // The system role is shown beside the account.
    expect(await screen.findByRole('row', { name: /^1200 Bank Asset Bank Active/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Archive 1200 Bank' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Archive account' }));

    expect(
      await screen.findByText('The Bank account is a system account and cannot be archived.'),
    ).toBeInTheDocument();
    expect(ordo.lastInputOf('accounts.archive')).toEqual({ id: 5, archived: true });
  });

  it('backs up and shows where the copy went', async () => {
    installOrdo({
      'company.backup': { path: '/home/olivia/Backups/Acme-2026-01-31.ordo', bytes: 2_621_440 },
    });
    const { user } = renderApp('#/settings/backup');

    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    expect(await screen.findByText('/home/olivia/Backups/Acme-2026-01-31.ordo')).toBeInTheDocument();
    expect(screen.getByText('2.5 MB')).toBeInTheDocument();
  });
});
