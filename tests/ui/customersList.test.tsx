import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CustomerRow } from '../../shared/contract';
import { installOrdo, renderApp } from './fakeOrdo';

function row(id: number, name: string, patch: Partial<CustomerRow> = {}): CustomerRow {
  return {
    id,
    number: `C-${1000 + id}`,
    name,
    email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.test`,
    taxId: '',
    city: 'Berlin',
    country: 'DE',
    currency: 'EUR',
    creditLimit: null,
    segment: '',
    tags: [],
    archived: false,
    ...patch,
  };
}

const rows = [
  row(11, 'Alpha Bikes', { creditLimit: 123456, currency: 'USD', city: 'Boston', segment: 'Retail' }),
  row(12, 'Beta Books', { creditLimit: 50000, currency: 'JPY' }),
  row(13, 'Gamma Games'),
];

describe('customers list', () => {
  it('renders rows from customers.list with credit limits in each customer’s currency', async () => {
    const ordo = installOrdo({ 'customers.list': { rows, total: 1234 } });
    renderApp('#/customers');

    const table = await screen.findByRole('table', { name: 'Customers' });
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(3);
    expect(within(bodyRows[0]!).getByRole('link', { name: 'Alpha Bikes' })).toHaveAttribute(
      'href',
      '#/customers/11',
    );
    expect(within(bodyRows[0]!).getByText('$1,234.56')).toBeInTheDocument();
    expect(within(bodyRows[0]!).getByText('Boston')).toBeInTheDocument();
    expect(within(bodyRows[1]!).getByText('¥50,000')).toBeInTheDocument();
    expect(within(bodyRows[2]!).getByText('No limit')).toBeInTheDocument();
    expect(screen.getByText('1–50 of 1,234')).toBeInTheDocument();
    expect(ordo.lastInputOf('customers.list')).toMatchObject({
      status: 'active',
      sort: 'name',
      dir: 'asc',
      limit: 50,
      offset: 0,
    });
  });

  it('searches as you type, sorts by a column and pages from the server', async () => {
    const ordo = installOrdo({ 'customers.list': { rows, total: 120 } });
    const { user } = renderApp('#/customers');
    await screen.findByRole('table', { name: 'Customers' });

    await user.type(screen.getByLabelText('Search by name, e-mail or tax id'), 'alp');
    await waitFor(() =>
      expect(ordo.lastInputOf('customers.list')).toMatchObject({ search: 'alp', offset: 0 }),
    );

    const nameHeader = screen.getByRole('columnheader', { name: /Name/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(nameHeader).getByRole('button'));
    await waitFor(() =>
      expect(ordo.lastInputOf('customers.list')).toMatchObject({ sort: 'name', dir: 'desc' }),
    );
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() =>
      expect(ordo.lastInputOf('customers.list')).toMatchObject({ offset: 50, search: 'alp' }),
    );
    expect(await screen.findByText('51–100 of 120')).toBeInTheDocument();
  });

  it('filters by status chip', async () => {
    const ordo = installOrdo({ 'customers.list': { rows, total: 3 } });
    const { user } = renderApp('#/customers');
    await screen.findByRole('table', { name: 'Customers' });

    const status = screen.getByRole('group', { name: 'Status' });
    await user.click(within(status).getByRole('button', { name: 'Archived' }));
    await waitFor(() => expect(ordo.lastInputOf('customers.list')).toMatchObject({ status: 'archived' }));
    expect(within(status).getByRole('button', { name: 'Archived' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('N opens the editor for a new customer', async () => {
    installOrdo({ 'customers.list': { rows, total: 3 } });
    const { user } = renderApp('#/customers');
    await screen.findByRole('table', { name: 'Customers' });

    await user.keyboard('n');
    expect(await screen.findByRole('heading', { name: 'New customer' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/customers/new');
  });

  it('j/k move the selection and Enter opens the selected row', async () => {
    installOrdo({
      'customers.list': { rows, total: 3 },
      'customers.get': (input) => ({ ...customerOf(rows.find((r) => r.id === input.id)!) }),
    });
    const { user } = renderApp('#/customers');
    const table = await screen.findByRole('table', { name: 'Customers' });

    await user.keyboard('jjjk');
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows[1]).toHaveAttribute('aria-selected', 'true');
    expect(bodyRows[0]).toHaveAttribute('aria-selected', 'false');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/customers/12'));
    expect(await screen.findByRole('heading', { name: /Beta Books/ })).toBeInTheDocument();
  });

  it('/ focuses the search box', async () => {
    installOrdo({ 'customers.list': { rows, total: 3 } });
    const { user } = renderApp('#/customers');
    await screen.findByRole('table', { name: 'Customers' });

    await user.keyboard('/');
    expect(screen.getByLabelText('Search by name, e-mail or tax id')).toHaveFocus();
  });

  it('shows one sentence and the primary action when there are no customers', async () => {
    installOrdo({ 'customers.list': { rows: [], total: 0 } });
    const { user } = renderApp('#/customers');

    expect(await screen.findByText(/No customers yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    await waitFor(() => expect(window.location.hash).toBe('#/customers/new'));
  });
});

function customerOf(r: CustomerRow) {
  const address = { line1: '', line2: '', postalCode: '', city: r.city, region: '', country: r.country };
  return {
    ...r,
    phone: '',
    website: '',
    paymentTermsId: null,
    creditStop: false,
    overdueToleranceDays: 0,
    language: 'en',
    notes: '',
    billingAddress: address,
    shippingSameAsBilling: true,
    shippingAddress: address,
    contacts: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}
