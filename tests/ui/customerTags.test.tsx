import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/contract';
import { installOrdo, rejectWith, renderApp } from './fakeOrdo';

const address = { line1: '', line2: '', postalCode: '', city: '', region: '', country: '' };
const tagged: Customer = {
  id: 7,
  number: 'C-1007',
  name: 'Berger GmbH',
  email: '',
  phone: '',
  website: '',
  taxId: '',
  currency: 'EUR',
  paymentTermsId: null,
  creditLimit: null,
  creditStop: false,
  overdueToleranceDays: 0,
  language: 'en',
  segment: '',
  tags: ['vip', 'north'],
  notes: '',
  billingAddress: address,
  shippingSameAsBilling: true,
  shippingAddress: address,
  contacts: [],
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const chips = () =>
  within(screen.getByRole('list', { name: 'Tags of this customer' }))
    .getAllByRole('listitem')
    .map((item) => item.firstChild?.textContent);

describe('customer tags', () => {
  it('adds a tag on Enter or comma, never twice, and Enter does not save the customer', async () => {
    const ordo = installOrdo({
      'customers.create': (input) => ({ ...tagged, id: 8, name: input.name, tags: input.tags ?? [] }),
      'customers.list': { rows: [], total: 0 },
    });
    const { user } = renderApp('#/customers/new');

    await user.type(await screen.findByLabelText('Name'), 'Nowak Ltd');
    const input = screen.getByRole('textbox', { name: 'Tags' });
    expect(input).toHaveAccessibleDescription('Press Enter or type a comma to add a tag.');
    await user.type(input, 'vip{Enter}');
    expect(chips()).toEqual(['vip']);
    expect(input).toHaveValue('');
    expect(ordo.inputsOf('customers.create')).toHaveLength(0);

    await user.type(input, ' wholesale , export,');
    expect(chips()).toEqual(['vip', 'wholesale', 'export']);
    await user.type(input, 'vip{Enter}');
    expect(chips()).toEqual(['vip', 'wholesale', 'export']);

    // Backspace in the empty input takes back the last tag.
    await user.keyboard('{Backspace}');
    expect(chips()).toEqual(['vip', 'wholesale']);

    await user.click(screen.getByRole('button', { name: 'Save customer' }));
    await waitFor(() => expect(ordo.inputsOf('customers.create')).toHaveLength(1));
    expect(ordo.lastInputOf('customers.create')?.tags).toEqual(['vip', 'wholesale']);
  });

  it('removes a tag with its button and keeps the focus in the tags input', async () => {
    const ordo = installOrdo({
      'customers.get': tagged,
      'customers.update': (input) => ({ ...tagged, tags: input.customer.tags ?? [] }),
      'customers.list': { rows: [], total: 0 },
    });
    const { user } = renderApp('#/customers/7');

    expect(await screen.findByRole('list', { name: 'Tags of this customer' })).toBeInTheDocument();
    expect(chips()).toEqual(['vip', 'north']);
    await user.click(screen.getByRole('button', { name: 'Remove tag vip' }));
    expect(chips()).toEqual(['north']);
    expect(screen.getByRole('textbox', { name: 'Tags' })).toHaveFocus();

    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(ordo.lastInputOf('customers.update')?.customer.tags).toEqual(['north']));
  });

  it('sends a tag that is still being typed when the customer is saved', async () => {
    const ordo = installOrdo({
      'customers.get': tagged,
      'customers.update': (input) => ({ ...tagged, tags: input.customer.tags ?? [] }),
      'customers.list': { rows: [], total: 0 },
    });
    const { user } = renderApp('#/customers/7');

    await user.type(await screen.findByRole('textbox', { name: 'Tags' }), 'export');
    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() =>
      expect(ordo.lastInputOf('customers.update')?.customer.tags).toEqual(['vip', 'north', 'export']),
    );
  });

  it('shows a tag error from main beside the tags', async () => {
    installOrdo({
      'customers.get': tagged,
      'customers.update': rejectWith('VALIDATION', 'Check the customer', [
        { path: 'customer.tags.1', message: 'A tag is at most 30 characters' },
      ]),
    });
    const { user } = renderApp('#/customers/7');

    const input = await screen.findByRole('textbox', { name: 'Tags' });
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription(expect.stringContaining('A tag is at most 30 characters'));
  });
});
