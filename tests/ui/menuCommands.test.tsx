import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { acme, installOrdo, rejectWith, renderApp } from './fakeOrdo';

const demo = { ...acme, path: '/data/Ordo/Demo company.ordo', name: 'Demo Bikes' };

describe('menu commands and company events', () => {
  it('“Open demo company” from the menu opens it and lands on its customers', async () => {
    const ordo = installOrdo({
      'company.openDemo': demo,
      'customers.list': { rows: [], total: 0 },
    });
    renderApp('#/settings/backup');
    expect(await screen.findByRole('heading', { name: 'Backup' })).toBeInTheDocument();

    ordo.emit('menu.command', { command: 'openDemo' });

    await waitFor(() => expect(ordo.inputsOf('company.openDemo')).toEqual([{}]));
    expect(await screen.findByText('Demo Bikes')).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe('#/customers'));
    expect(await screen.findByRole('heading', { name: 'Customers' })).toBeInTheDocument();
  });

  it('says why the demo company could not be opened, and stays where it was', async () => {
    const ordo = installOrdo({
      'company.openDemo': rejectWith('INTERNAL', 'The demo company could not be written to disk.'),
    });
    renderApp('#/settings/backup');
    await screen.findByRole('heading', { name: 'Backup' });

    ordo.emit('menu.command', { command: 'openDemo' });

    expect(await screen.findByText('The demo company could not be written to disk.')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/settings/backup');
    expect(screen.getByText(acme.name)).toBeInTheDocument();
  });

  it('“New company” from the menu shows the create form; Esc returns to the screen the user was on', async () => {
    const ordo = installOrdo();
    const { user } = renderApp('#/settings/backup');
    await screen.findByRole('heading', { name: 'Backup' });

    ordo.emit('menu.command', { command: 'newCompany' });

    const name = await screen.findByLabelText('Company name');
    expect(name).toHaveFocus();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { name: 'Backup' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/settings/backup');
  });

  it('keeps the current screen when company.changed reports the company that is already open', async () => {
    const ordo = installOrdo();
    renderApp('#/settings/backup');
    await screen.findByRole('heading', { name: 'Backup' });

    // e.g. the event that follows our own open call, or the same file reopened from the menu.
    ordo.emit('company.changed', { ...acme, name: 'Acme Trading Ltd' });

    expect(await screen.findByText('Acme Trading Ltd')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/settings/backup');
    expect(screen.getByRole('heading', { name: 'Backup' })).toBeInTheDocument();
  });

  it('shows the start screen when main reports that the company was closed', async () => {
    let isOpen = true;
    const ordo = installOrdo({
      'company.current': () =>
        isOpen ? { open: true, company: acme } : { open: false, suggestedPath: null },
    });
    renderApp('#/settings/backup');
    await screen.findByRole('heading', { name: 'Backup' });

    isOpen = false;
    ordo.emit('company.changed', null);

    expect(await screen.findByRole('heading', { name: 'Welcome to Ordo' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });
});
