import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/contract';
import { companySettings, installOrdo, rejectWith, renderApp } from './fakeOrdo';

const address = {
  line1: 'Hauptstraße 1',
  line2: '',
  postalCode: '10115',
  city: 'Berlin',
  region: '',
  country: 'DE',
};
const saved: Customer = {
  id: 7,
  number: 'C-1007',
  name: 'Berger GmbH',
  email: 'info@berger.test',
  phone: '',
  website: '',
  taxId: 'DE999',
  currency: 'EUR',
  paymentTermsId: 2,
  creditLimit: 500000,
  creditStop: true,
  overdueToleranceDays: 14,
  language: 'de',
  segment: 'Wholesale',
  tags: ['vip', 'north'],
  notes: '',
  billingAddress: address,
  shippingSameAsBilling: true,
  shippingAddress: address,
  contacts: [
    { id: 1, name: 'Eva Berger', email: 'eva@berger.test', phone: '', role: 'Buyer', isPrimary: true },
  ],
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const terms = [
  {
    id: 2,
    name: 'Net 30',
    kind: 'net' as const,
    days: 30,
    discountPercent: null,
    discountDays: null,
    isDefault: true,
    archived: false,
    description: 'Due in 30 days',
  },
];

describe('customer editor', () => {
  it('shows the contract’s error next to E-mail and stays on the editor', async () => {
    const ordo = installOrdo({
      'customers.create': rejectWith('VALIDATION', 'Check the customer', [
        { path: 'email', message: 'Enter an e-mail address like name@example.com' },
      ]),
    });
    const { user } = renderApp('#/customers/new');

    await user.type(await screen.findByLabelText('Name'), 'Nadia Nowak');
    await user.type(screen.getByLabelText('E-mail'), 'nadia-at-example');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));

    const email = screen.getByLabelText('E-mail');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('Enter an e-mail address like name@example.com');
    expect(email).toHaveFocus();
    expect(ordo.lastInputOf('customers.create')).toMatchObject({
      name: 'Nadia Nowak',
      email: 'nadia-at-example',
    });
    expect(window.location.hash).toBe('#/customers/new');
    expect(screen.getByRole('heading', { name: 'New customer' })).toBeInTheDocument();
  });

  it('sends a credit limit typed as "1.234,56" in a de-DE company as 123456 minor units', async () => {
    const ordo = installOrdo({
      'settings.get': companySettings({ locale: 'de-DE', baseCurrency: 'EUR' }),
      'customers.create': (input) => ({ ...saved, id: 8, name: input.name }),
      'customers.list': { rows: [], total: 0 },
    });
    const { user } = renderApp('#/customers/new');

    await user.type(await screen.findByLabelText('Name'), 'Müller KG');
    expect(screen.getByLabelText('Currency')).toHaveValue('EUR');
    await user.type(screen.getByLabelText('Credit limit'), '1.234,56');
    await user.type(screen.getByLabelText('Tags'), 'vip, north, vip');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));

    await waitFor(() => expect(ordo.inputsOf('customers.create')).toHaveLength(1));
    expect(ordo.lastInputOf('customers.create')).toMatchObject({
      name: 'Müller KG',
      currency: 'EUR',
      creditLimit: 123456,
      tags: ['vip', 'north'],
      paymentTermsId: null,
      shippingSameAsBilling: true,
    });
    expect(await screen.findByText('Customer saved')).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe('#/customers'));
  });

  it('refuses a credit limit it cannot read, without calling main', async () => {
    const ordo = installOrdo({ 'customers.create': saved });
    const { user } = renderApp('#/customers/new');

    await user.type(await screen.findByLabelText('Name'), 'Lee Ltd');
    await user.type(screen.getByLabelText('Credit limit'), '12.345');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));

    const limit = screen.getByLabelText('Credit limit');
    await waitFor(() => expect(limit).toHaveAttribute('aria-invalid', 'true'));
    expect(limit).toHaveAccessibleDescription(expect.stringContaining('EUR allows at most 2 decimals'));
    expect(ordo.inputsOf('customers.create')).toHaveLength(0);
  });

  it('loads a customer, saves changes with Ctrl+S through customers.update, and maps nested error paths', async () => {
    const ordo = installOrdo({
      'customers.get': saved,
      'paymentTerms.list': terms,
      'customers.update': rejectWith('VALIDATION', 'Check the customer', [
        {
          path: 'customer.billingAddress.country',
          message: 'Country must be a two-letter code like DE or US',
        },
        { path: 'customer.contacts.0.email', message: 'Enter an e-mail address like name@example.com' },
      ]),
    });
    const { user } = renderApp('#/customers/7');

    const limit = await screen.findByLabelText('Credit limit');
    expect(limit).toHaveValue('5,000.00');
    expect(await screen.findByRole('option', { name: 'Net 30 — Due in 30 days' })).toBeInTheDocument();
    expect(screen.getByLabelText('Payment terms')).toHaveValue('2');
    const tags = within(screen.getByRole('list', { name: 'Tags of this customer' }));
    expect(tags.getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual([
      'vip',
      'north',
    ]);
    expect(screen.getByLabelText('Name, contact 1')).toHaveValue('Eva Berger');

    const country = screen.getByLabelText('Billing country (2 letters)');
    await user.clear(country);
    await user.type(country, 'Germany');
    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() =>
      expect(country).toHaveAccessibleDescription('Country must be a two-letter code like DE or US'),
    );
    expect(screen.getByLabelText('E-mail, contact 1')).toHaveAccessibleDescription(
      'Enter an e-mail address like name@example.com',
    );
    const sent = ordo.lastInputOf('customers.update');
    expect(sent?.id).toBe(7);
    expect(sent?.customer).toMatchObject({
      creditLimit: 500000,
      // Fields the user did not touch go back as they were (an omitted one would reset to its default).
      creditStop: true,
      overdueToleranceDays: 14,
      paymentTermsId: 2,
      billingAddress: { ...address, country: 'Germany' },
      contacts: [{ name: 'Eva Berger', email: 'eva@berger.test', phone: '', role: 'Buyer', isPrimary: true }],
    });
  });

  it('sets credit stop and the overdue tolerance, refusing days it cannot read', async () => {
    const ordo = installOrdo({
      'customers.create': (input) => ({ ...saved, id: 9, name: input.name }),
      'customers.list': { rows: [], total: 0 },
    });
    const { user } = renderApp('#/customers/new');

    await user.type(await screen.findByLabelText('Name'), 'Risky Retail');
    const tolerance = screen.getByLabelText('Overdue tolerance (days)');
    expect(tolerance).toHaveValue('0');
    expect(screen.getByLabelText('Credit stop')).not.toBeChecked();
    await user.clear(tolerance);
    await user.type(tolerance, 'two weeks');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));
    await waitFor(() => expect(tolerance).toHaveAttribute('aria-invalid', 'true'));
    expect(tolerance).toHaveAccessibleDescription(expect.stringContaining('Enter whole days, e.g. 0 or 14'));
    expect(ordo.inputsOf('customers.create')).toHaveLength(0);

    await user.clear(tolerance);
    await user.type(tolerance, '14');
    await user.click(screen.getByLabelText('Credit stop'));
    await user.click(screen.getByRole('button', { name: 'Save customer' }));
    await waitFor(() =>
      expect(ordo.lastInputOf('customers.create')).toMatchObject({
        name: 'Risky Retail',
        creditStop: true,
        overdueToleranceDays: 14,
      }),
    );
  });

  it('archives a customer after confirming', async () => {
    const ordo = installOrdo({
      'customers.get': saved,
      'customers.archive': (input) => ({ ...saved, archived: input.archived ?? true }),
    });
    const { user } = renderApp('#/customers/7');

    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = screen.getByRole('dialog', { name: 'Archive customer?' });
    expect(ordo.inputsOf('customers.archive')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Archive customer' }));

    await waitFor(() => expect(ordo.lastInputOf('customers.archive')).toEqual({ id: 7, archived: true }));
    expect(await screen.findByText('Customer archived')).toBeInTheDocument();
  });

  it('Esc goes back to the list, asking first when there are unsaved changes', async () => {
    installOrdo({ 'customers.list': { rows: [], total: 0 } });
    const { user } = renderApp('#/customers/new');

    await user.type(await screen.findByLabelText('Name'), 'Draft');
    await user.keyboard('{Escape}');
    const dialog = await screen.findByRole('dialog', { name: 'Discard changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(window.location.hash).toBe('#/customers'));
  });
});
