import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { acme, installOrdo, rejectWith, renderApp } from './fakeOrdo';

const noCompany = { open: false as const, suggestedPath: '/home/anna/Documents/Ordo/Company.ordo' };

describe('start screen', () => {
  it('creates a company with the typed values and the suggested path', async () => {
    const ordo = installOrdo({
      'company.current': noCompany,
      'company.create': (input) => ({
        ...acme,
        name: input.name,
        locale: input.locale,
        baseCurrency: input.baseCurrency,
      }),
    });
    const { user } = renderApp('#/');

    await user.type(await screen.findByLabelText('Company name'), 'Bäckerei Berger');
    await user.selectOptions(screen.getByLabelText('Language and number format'), 'de-DE');
    const currency = screen.getByLabelText('Base currency');
    expect(currency).toHaveValue('EUR');
    await user.clear(currency);
    await user.type(currency, 'chf');
    await user.type(screen.getByLabelText('Your name'), 'Anna Berger');
    await user.click(screen.getByRole('button', { name: 'Create company' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('company.create')).toEqual({
        name: 'Bäckerei Berger',
        baseCurrency: 'CHF',
        locale: 'de-DE',
        ownerName: 'Anna Berger',
        path: noCompany.suggestedPath,
      }),
    );
    // The new company opens in the app shell.
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByText('Bäckerei Berger')).toBeInTheDocument();
  });

  it('shows the field errors of a VALIDATION rejection beside the fields', async () => {
    installOrdo({
      'company.current': noCompany,
      'company.create': rejectWith('VALIDATION', 'Check the company details', [
        { path: 'name', message: 'Company name is required' },
        { path: 'baseCurrency', message: 'Unknown currency code: use an ISO code like EUR, USD or JPY' },
        { path: 'path', message: 'A company file name ends with .ordo' },
      ]),
    });
    const { user } = renderApp('#/');

    const currency = await screen.findByLabelText('Base currency');
    await user.clear(currency);
    await user.type(currency, 'XYZ');
    await user.click(screen.getByRole('button', { name: 'Create company' }));

    const name = screen.getByLabelText('Company name');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('Company name is required');
    expect(currency).toHaveAccessibleDescription(expect.stringContaining('Unknown currency code'));
    // Focus lands on the first field to fix; the error without a field goes to the summary.
    expect(name).toHaveFocus();
    const summary = screen.getByRole('alert');
    expect(within(summary).getByText('A company file name ends with .ordo')).toBeInTheDocument();
    // Still on the start screen.
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('opens the demo company and lists recent files, greying out missing ones', async () => {
    const ordo = installOrdo({
      'company.current': noCompany,
      'company.recent': [
        { path: '/data/Shop.ordo', name: 'Shop', lastOpenedAt: '2026-01-05T10:00:00.000Z', exists: true },
        { path: '/old/Gone.ordo', name: 'Gone', lastOpenedAt: '2025-03-01T10:00:00.000Z', exists: false },
      ],
      'company.openDemo': { ...acme, name: 'Demo Bikes' },
    });
    const { user } = renderApp('#/');

    expect(await screen.findByRole('button', { name: 'Gone' })).toBeDisabled();
    expect(screen.getByText('/old/Gone.ordo — file not found')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Shop' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Open the demo company' }));
    await waitFor(() => expect(ordo.inputsOf('company.openDemo')).toHaveLength(1));
    expect(await screen.findByText('Demo Bikes')).toBeInTheDocument();
  });

  it('opens a company file by path and shows why it could not', async () => {
    const ordo = installOrdo({
      'company.current': noCompany,
      'company.open': rejectWith('NOT_AN_ORDO_FILE', 'This file is not an Ordo company file.'),
    });
    const { user } = renderApp('#/');

    await user.type(await screen.findByLabelText('Path to the company file'), '/tmp/notes.ordo');
    await user.click(screen.getByRole('button', { name: 'Open' }));

    expect(await screen.findByText('This file is not an Ordo company file.')).toBeInTheDocument();
    expect(ordo.lastInputOf('company.open')).toEqual({ path: '/tmp/notes.ordo' });
  });

  it('reacts to menu commands: new company shows the create form, about shows the version', async () => {
    const ordo = installOrdo({ 'app.info': { name: 'Ordo', version: '1.2.3', shell: 'electron' } });
    const { user } = renderApp('#/customers');
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();

    ordo.emit('menu.command', { command: 'about' });
    const about = await screen.findByRole('dialog', { name: 'About Ordo' });
    expect(await within(about).findByText('1.2.3')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    ordo.emit('menu.command', { command: 'newCompany' });
    expect(await screen.findByLabelText('Company name')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: `Back to ${acme.name}` }));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});
