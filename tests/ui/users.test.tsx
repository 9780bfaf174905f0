import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CompanyInfo, UserProfile } from '../../shared/contract';
import { acme, installOrdo, rejection, renderApp } from './fakeOrdo';

const olivia: UserProfile = { id: 1, name: 'Olivia Owner', roles: ['owner'], hasPin: false, archived: false };
const wes: UserProfile = {
  id: 2,
  name: 'Wes Warehouse',
  roles: ['warehouse'],
  hasPin: true,
  archived: false,
};

const twoProfiles: CompanyInfo = {
  ...acme,
  profiles: [
    { id: 1, name: 'Olivia Owner', hasPin: false },
    { id: 2, name: 'Wes Warehouse', hasPin: true },
  ],
};

describe('users settings', () => {
  it('lists profiles and adds one with roles and a PIN typed twice', async () => {
    const ordo = installOrdo({
      'users.list': [olivia, wes],
      'users.create': (input) => ({
        id: 3,
        name: input.name,
        roles: input.roles,
        hasPin: input.pin !== null,
        archived: false,
      }),
    });
    const { user } = renderApp('#/settings/users');

    const table = await screen.findByRole('table', { name: 'User profiles' });
    expect(within(table).getByRole('row', { name: /Olivia Owner \(you\)/ })).toHaveTextContent('OwnerNo');
    expect(within(table).getByRole('row', { name: /Wes Warehouse/ })).toHaveTextContent('WarehouseYes');

    await user.click(screen.getByRole('button', { name: 'Add profile' }));
    const dialog = screen.getByRole('dialog', { name: 'Add profile' });
    await user.type(within(dialog).getByLabelText('Name'), 'Sam Sales');
    const sales = within(dialog).getByRole('checkbox', { name: 'Sales' });
    expect(sales).toHaveAccessibleDescription('customers, products and orders');
    expect(within(dialog).getByRole('checkbox', { name: 'Warehouse' })).toHaveAccessibleDescription(
      'stock and shipments',
    );
    await user.click(sales);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Warehouse' }));
    await user.type(within(dialog).getByLabelText('PIN (optional)'), '2468');
    await user.type(within(dialog).getByLabelText('PIN again'), '2486');
    await user.click(within(dialog).getByRole('button', { name: 'Save profile' }));

    const again = within(dialog).getByLabelText('PIN again');
    expect(again).toHaveAccessibleDescription('The two PINs are not the same; type the PIN again');
    expect(ordo.inputsOf('users.create')).toHaveLength(0);

    await user.clear(again);
    await user.type(again, '2468');
    await user.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(ordo.lastInputOf('users.create')).toEqual({
      name: 'Sam Sales',
      roles: ['sales', 'warehouse'],
      pin: '2468',
    });
  });

  it('removes a PIN and shows the contract’s error beside the roles', async () => {
    const ordo = installOrdo({
      'users.list': [olivia, wes],
      'users.update': (input) => {
        if (input.roles.length === 0) {
          throw rejection('VALIDATION', 'Check the profile', [
            { path: 'roles', message: 'Give the profile at least one role' },
          ]);
        }
        return { ...wes, roles: input.roles, hasPin: input.pin !== null };
      },
    });
    const { user } = renderApp('#/settings/users');

    await user.click(await screen.findByRole('button', { name: 'Edit Wes Warehouse' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Wes Warehouse' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Warehouse' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Remove the PIN' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    const owner = within(dialog).getByRole('checkbox', { name: 'Owner' });
    await waitFor(() => expect(owner).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByText('Give the profile at least one role')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Bookkeeper' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(ordo.lastInputOf('users.update')).toEqual({
      id: 2,
      name: 'Wes Warehouse',
      roles: ['bookkeeper'],
      pin: null,
    });
  });

  it('is only for the owner: others see no Users section', async () => {
    installOrdo({
      'company.current': {
        open: true,
        company: { ...twoProfiles, user: { id: 2, name: 'Wes Warehouse', roles: ['warehouse'] } },
      },
      'users.current': wes,
    });
    renderApp('#/settings/users');
    const sections = await screen.findByRole('navigation', { name: 'Settings' });
    expect(within(sections).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(screen.getByText(/Only the owner manages user profiles/)).toBeInTheDocument();
  });
});

describe('choosing who is working', () => {
  it('asks “Who is working?” while no profile is chosen, then switches with the PIN', async () => {
    let chosen: CompanyInfo['user'] = null;
    const ordo = installOrdo({
      'company.current': () => ({ open: true, company: { ...twoProfiles, user: chosen } }),
      'customers.list': { rows: [], total: 0 },
      'users.switch': (input) => {
        if (input.pin !== '4321') {
          throw rejection('UNAUTHORIZED', 'That PIN is not right', [{ path: 'pin', message: 'Wrong PIN' }]);
        }
        chosen = { id: 2, name: 'Wes Warehouse', roles: ['warehouse'] };
        return wes;
      },
      'users.current': () => wes,
    });
    const { user } = renderApp('#/customers');

    expect(await screen.findByRole('heading', { name: 'Who is working?' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Wes Warehouse/ }));
    const pin = screen.getByLabelText('PIN for Wes Warehouse');
    await user.type(pin, '1111');
    await user.click(screen.getByRole('button', { name: 'Continue as Wes Warehouse' }));

    await waitFor(() => expect(pin).toHaveAccessibleDescription('Wrong PIN'));
    expect(pin).toHaveAttribute('aria-invalid', 'true');
    expect(pin).toHaveValue('');
    expect(pin).toHaveFocus();
    expect(ordo.lastInputOf('users.switch')).toEqual({ userId: 2, pin: '1111' });

    await user.type(pin, '4321{Enter}');
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(ordo.lastInputOf('users.switch')).toEqual({ userId: 2, pin: '4321' });
    expect(await screen.findByText('Wes Warehouse')).toBeInTheDocument();
  });

  it('never asks a single-profile company, and offers no “Switch user”', async () => {
    installOrdo({ 'customers.list': { rows: [], total: 0 } });
    renderApp('#/customers');
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Who is working?' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Switch user' })).not.toBeInTheDocument();
  });

  it('switches user from the top bar and fetches everything again as the new profile', async () => {
    let company: CompanyInfo = { ...twoProfiles };
    const ordo = installOrdo({
      'company.current': () => ({ open: true, company }),
      'customers.list': { rows: [], total: 0 },
      'users.current': () => (company.user?.id === 2 ? wes : olivia),
      'users.switch': (input) => {
        if (input.pin !== '4321') {
          throw rejection('UNAUTHORIZED', 'That PIN is not right', [{ path: 'pin', message: 'Wrong PIN' }]);
        }
        company = { ...company, user: { id: 2, name: 'Wes Warehouse', roles: ['warehouse'] } };
        return wes;
      },
    });
    const { user } = renderApp('#/customers');

    await user.click(await screen.findByRole('button', { name: 'Switch user' }));
    const dialog = screen.getByRole('dialog', { name: 'Switch user' });
    expect(within(dialog).getByRole('radio', { name: /Olivia Owner \(working now\)/ })).not.toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /Wes Warehouse/ })).toBeChecked();
    const customerCalls = ordo.inputsOf('customers.list').length;
    await user.type(within(dialog).getByLabelText('PIN for Wes Warehouse'), '4321');
    await user.click(within(dialog).getByRole('button', { name: 'Switch to Wes Warehouse' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(ordo.lastInputOf('users.switch')).toEqual({ userId: 2, pin: '4321' });
    expect(await screen.findByText('Now working as Wes Warehouse')).toBeInTheDocument();
    await waitFor(() => expect(ordo.inputsOf('customers.list').length).toBeGreaterThan(customerCalls));
    expect(await screen.findByText('Wes Warehouse', { selector: '.top-user' })).toBeInTheDocument();
  });
});
