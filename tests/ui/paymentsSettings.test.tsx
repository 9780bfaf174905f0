import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { companySettings, installOrdo, rejectWith, renderApp } from './fakeOrdo';
import { paymentRoutes, receivables } from './paymentsFixtures';

describe('receivables settings', () => {
  it('reads tolerances and rounding steps in the company locale and saves canonical decimals', async () => {
    const ordo = installOrdo(
      paymentRoutes({
        'settings.get': companySettings({ locale: 'de-DE' }),
        'settings.receivables': receivables,
        'settings.updateReceivables': (input) => ({ ...receivables, ...input }),
      }),
    );
    const { user } = renderApp('#/settings/receivables');

    const amount = await screen.findByLabelText('Write-off tolerance amount');
    expect(amount).toHaveValue('5');
    expect(screen.getByLabelText('Write-off tolerance %')).toHaveValue('0,5');
    expect(screen.getByLabelText('Rounding step, row 1')).toHaveValue('0,05');
    expect(screen.getByRole('link', { name: 'exchange rates' })).toHaveAttribute(
      'href',
      '#/settings/exchange-rates',
    );
    expect(screen.getByRole('link', { name: 'chart of accounts' })).toHaveAttribute(
      'href',
      '#/settings/accounts',
    );

    await user.clear(amount);
    await user.type(amount, '2,50');
    await user.click(screen.getByLabelText('Correct tax on early-payment discounts'));
    await user.click(screen.getByRole('button', { name: 'Add currency' }));
    await user.type(screen.getByLabelText('Currency, row 2'), 'sek');
    await user.type(screen.getByLabelText('Rounding step, row 2'), '1');
    // A row added and left blank is not sent.
    await user.click(screen.getByRole('button', { name: 'Add currency' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('settings.updateReceivables')).toEqual({
        writeOffToleranceAmount: '2.5',
        writeOffTolerancePercent: '0.5',
        discountTaxCorrection: true,
        cashRounding: [
          { currency: 'CHF', increment: '0.05' },
          { currency: 'SEK', increment: '1' },
        ],
      }),
    );
    expect(await screen.findByText('Receivables settings saved')).toBeInTheDocument();
  });

  it('removes a rounding row', async () => {
    const ordo = installOrdo(
      paymentRoutes({
        'settings.receivables': receivables,
        'settings.updateReceivables': (input) => ({ ...receivables, ...input }),
      }),
    );
    const { user } = renderApp('#/settings/receivables');
    await user.click(await screen.findByRole('button', { name: 'Remove row 1 (CHF)' }));
    expect(screen.getByText('No currency is rounded: amounts are paid to the cent.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(ordo.lastInputOf('settings.updateReceivables')).toMatchObject({ cashRounding: [] }),
    );
  });

  it('shows main’s field errors beside the field and the rounding cell they concern', async () => {
    installOrdo(
      paymentRoutes({
        'settings.receivables': receivables,
        'settings.updateReceivables': rejectWith('VALIDATION', 'Check the settings', [
          { path: 'writeOffTolerancePercent', message: 'Tolerance % must be between 0 and 100' },
          { path: 'cashRounding.0.increment', message: 'The rounding step must be more than 0' },
        ]),
      }),
    );
    const { user } = renderApp('#/settings/receivables');
    const percent = await screen.findByLabelText('Write-off tolerance %');
    await user.clear(percent);
    await user.type(percent, '150');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() => expect(percent).toHaveAttribute('aria-invalid', 'true'));
    expect(percent).toHaveAccessibleDescription(/Tolerance % must be between 0 and 100/);
    expect(percent).toHaveFocus();
    const step = screen.getByLabelText('Rounding step, row 1');
    expect(step).toHaveAttribute('aria-invalid', 'true');
    expect(step).toHaveAccessibleDescription('The rounding step must be more than 0');
    expect(
      within(screen.getByRole('alert')).getByText('Check the 2 fields marked below.'),
    ).toBeInTheDocument();
  });

  it('refuses text that is not a number before asking main', async () => {
    const ordo = installOrdo(paymentRoutes({ 'settings.receivables': receivables }));
    const { user } = renderApp('#/settings/receivables');
    const amount = await screen.findByLabelText('Write-off tolerance amount');
    await user.clear(amount);
    await user.type(amount, 'five');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(amount).toHaveAttribute('aria-invalid', 'true'));
    expect(ordo.inputsOf('settings.updateReceivables')).toHaveLength(0);
  });
});
