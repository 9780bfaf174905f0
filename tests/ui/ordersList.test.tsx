import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installOrdo, renderApp } from './fakeOrdo';
import { editorRoutes, heronRow, orderRow } from './ordersFixtures';

const rows = [
  orderRow(7, { status: 'on_hold', total: 123456, customerReference: 'PO-9' }),
  orderRow(6, { status: 'confirmed', total: 2000, currency: 'GBP', customerName: 'Harrow & Finch' }),
  orderRow(5, { number: null, status: 'draft', total: 1000 }),
];

describe('orders list', () => {
  it('shows number, date, customer, reference, status and total in the order’s currency, with page totals', async () => {
    const ordo = installOrdo(editorRoutes({ 'orders.list': { rows, total: 3 } }));
    renderApp('#/orders');

    const table = await screen.findByRole('table', { name: 'Orders' });
    const [header, ...body] = within(table).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Number', 'Date▼', 'Customer', 'Reference', 'Status', 'Total']);
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
    expect(body).toHaveLength(4);
    expect(body[0]).toHaveTextContent('SO-2026-00007');
    expect(body[0]).toHaveTextContent('Mar 2, 2026');
    expect(within(body[0]!).getByText('On hold')).toHaveClass('chip', 'chip-warning');
    expect(within(body[0]!).getByText('€1,234.56').closest('td')).toHaveClass('num');
    expect(within(body[1]!).getByText('£20.00')).toBeInTheDocument();
    expect(within(body[2]!).getByText('Draft', { selector: 'span.muted' })).toBeInTheDocument();
    // Totals per currency of the rows on the page, never mixed.
    expect(body[3]).toHaveTextContent('Total of the 3 orders on this page');
    expect(within(body[3]!).getByText('€1,244.56')).toBeInTheDocument();
    expect(within(body[3]!).getByText('£20.00')).toBeInTheDocument();

    expect(ordo.lastInputOf('orders.list')).toEqual({
      kind: 'order',
      search: '',
      sort: 'orderDate',
      dir: 'desc',
      limit: 50,
      offset: 0,
    });
  });

  it('filters by status chips, customer, dates and search, each sent to orders.list', async () => {
    const ordo = installOrdo(editorRoutes({ 'orders.list': { rows, total: 3 } }));
    const { user } = renderApp('#/orders');
    await screen.findByRole('table', { name: 'Orders' });

    const status = screen.getByRole('group', { name: 'Status' });
    await user.click(within(status).getByRole('button', { name: 'On hold' }));
    await waitFor(() => expect(ordo.lastInputOf('orders.list')).toMatchObject({ status: ['on_hold'] }));
    await user.click(within(status).getByRole('button', { name: 'Draft' }));
    await waitFor(() =>
      expect(ordo.lastInputOf('orders.list')).toMatchObject({ status: ['draft', 'on_hold'] }),
    );
    expect(within(status).getByRole('button', { name: 'Draft' })).toHaveAttribute('aria-pressed', 'true');

    await user.type(screen.getByLabelText('Search by number, reference or customer'), 'PO-9');
    await waitFor(() =>
      expect(ordo.lastInputOf('orders.list')).toMatchObject({ search: 'PO-9', status: ['draft', 'on_hold'] }),
    );

    await user.click(screen.getByRole('combobox', { name: 'Customer' }));
    await user.keyboard('heron{Enter}');
    await waitFor(() => expect(ordo.lastInputOf('orders.list')).toMatchObject({ customerId: heronRow.id }));

    await user.type(screen.getByLabelText('From'), '2026-03-01');
    await user.type(screen.getByLabelText('To'), '2026-03-31');
    await waitFor(() =>
      expect(ordo.lastInputOf('orders.list')).toMatchObject({
        from: '2026-03-01',
        to: '2026-03-31',
        offset: 0,
      }),
    );
  });

  it('keyboard: / focuses search, j moves, Enter opens, N creates', async () => {
    installOrdo(
      editorRoutes({ 'orders.list': { rows, total: 3 }, 'orders.get': () => new Promise(() => {}) }),
    );
    const { user } = renderApp('#/orders');
    const table = await screen.findByRole('table', { name: 'Orders' });

    await user.keyboard('/');
    expect(screen.getByLabelText('Search by number, reference or customer')).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard('jj');
    expect(within(table).getAllByRole('row')[2]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/orders/6'));

    window.location.hash = '#/orders';
    await screen.findByRole('table', { name: 'Orders' });
    await user.keyboard('n');
    await waitFor(() => expect(window.location.hash).toBe('#/orders/new'));
  });

  it('says so when there are no orders yet, with the action', async () => {
    installOrdo(editorRoutes({ 'orders.list': { rows: [], total: 0 } }));
    const { user } = renderApp('#/orders');
    expect(await screen.findByText(/No orders yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create order' }));
    await waitFor(() => expect(window.location.hash).toBe('#/orders/new'));
  });

  it('quotes have their own tab, list and statuses', async () => {
    const ordo = installOrdo(
      editorRoutes({
        'orders.list': { rows: [orderRow(9, { kind: 'quote', number: null, status: 'quote' })], total: 1 },
      }),
    );
    const { user } = renderApp('#/orders');
    await screen.findByRole('table', { name: 'Orders' });
    await user.click(screen.getByRole('link', { name: 'Quotes' }));

    const table = await screen.findByRole('table', { name: 'Quotes' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Quote');
    await waitFor(() => expect(ordo.lastInputOf('orders.list')).toMatchObject({ kind: 'quote' }));
    const status = screen.getByRole('group', { name: 'Status' });
    expect(
      within(status)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Open', 'Converted', 'Cancelled']);
    await user.click(screen.getByRole('button', { name: 'New quote' }));
    await waitFor(() => expect(window.location.hash).toBe('#/orders/quotes/new'));
  });
});
