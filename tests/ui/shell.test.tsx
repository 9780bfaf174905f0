import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { acme, installOrdo, renderApp } from './fakeOrdo';

describe('app shell', () => {
  it('shows only the built areas, the company and the current user', async () => {
    installOrdo({ 'customers.list': { rows: [], total: 0 } });
    renderApp('#/customers');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Orders',
      'Shipments',
      'Invoices',
      'Payments',
      'Customers',
      'Products',
      'Stock',
      'Reports',
      'Settings',
    ]);
    expect(within(nav).getByRole('link', { name: 'Customers' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText(acme.name)).toBeInTheDocument();
    expect(await screen.findByText('Olivia Owner')).toBeInTheDocument();
  });

  it('Ctrl+K searches customers and products; Enter opens the chosen hit', async () => {
    const ordo = installOrdo({
      'customers.list': { rows: [], total: 0 },
      'search.global': [
        { kind: 'customer', id: 4, title: 'Bike Hub', subtitle: 'C-1004' },
        { kind: 'order', id: 5, title: 'SO-2026-00005', subtitle: 'Bike Hub' },
        { kind: 'product', id: 9, title: 'Bike bell', subtitle: 'BK-001' },
      ],
      'products.get': {
        id: 9,
        sku: 'BK-001',
        name: 'Bike bell',
        description: '',
        unit: 'pcs',
        price: '12.5',
        taxRateId: null,
        barcode: '',
        isStockTracked: true,
        allowNegativeStock: false,
        archived: false,
        createdAt: '',
        updatedAt: '',
      },
    });
    const { user } = renderApp('#/customers');
    await screen.findByRole('navigation', { name: 'Main' });

    await user.keyboard('{Control>}k{/Control}');
    const dialog = screen.getByRole('dialog', { name: 'Search' });
    const box = within(dialog).getByRole('combobox', {
      name: 'Customers and products, orders, shipments, invoices and payments',
    });
    expect(box).toHaveFocus();
    await user.type(box, 'bike');
    expect(await within(dialog).findByRole('option', { name: /Bike bell/ })).toBeInTheDocument();
    expect(ordo.lastInputOf('search.global')).toEqual({ query: 'bike', limit: 10 });
    expect(
      within(dialog)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['CustomerBike HubC-1004', 'OrderSO-2026-00005Bike Hub', 'ProductBike bellBK-001']);

    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/products/9'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Bike bell (BK-001)' })).toBeInTheDocument();
  });

  it('follows company.changed from main: the new company replaces the old one', async () => {
    const ordo = installOrdo({ 'customers.list': { rows: [], total: 0 } });
    renderApp('#/settings/backup');
    await screen.findByRole('heading', { name: 'Backup' });

    ordo.emit('company.changed', { ...acme, path: '/data/Other.ordo', name: 'Other Shop' });
    expect(await screen.findByText('Other Shop')).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe('#/customers'));
  });

  it('shows a clear message for an address that leads nowhere', async () => {
    installOrdo();
    renderApp('#/no-such-area');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
