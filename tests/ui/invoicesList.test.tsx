import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installOrdo, renderApp } from './fakeOrdo';
import { invoiceRoutes, invoiceSummary } from './invoicesFixtures';
import { heronRow } from './ordersFixtures';

const rows = [
  invoiceSummary(3, { status: 'overdue', total: 123456, open: 100000, isDisputed: true }),
  invoiceSummary(2, {
    status: 'paid',
    total: 2000,
    open: 0,
    currency: 'GBP',
    customerName: 'Harrow & Finch',
  }),
  invoiceSummary(1, { number: null, status: 'draft', total: 1000, open: 1000 }),
];

describe('invoices list', () => {
  it('shows number, dates, customer, status, total and open, with the page’s totals per currency', async () => {
    const ordo = installOrdo(invoiceRoutes({ 'invoices.list': { rows, total: 3, asOf: '2026-03-20' } }));
    renderApp('#/invoices');

    const table = await screen.findByRole('table', { name: 'Invoices' });
    const [header, ...body] = within(table).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Number', 'Date▼', 'Due date', 'Customer', 'Status', 'Total', 'Open']);
    expect(body).toHaveLength(4);
    expect(body[0]).toHaveTextContent('INV-2026-00003');
    expect(body[0]).toHaveTextContent('Apr 1, 2026');
    // Chip colours of ui.md, with the word: overdue red, paid green, draft grey; disputed beside the status.
    expect(within(body[0]!).getByText('Overdue')).toHaveClass('chip', 'chip-danger');
    expect(within(body[0]!).getByText('Disputed')).toHaveClass('chip');
    expect(within(body[1]!).getByText('Paid')).toHaveClass('chip', 'chip-done');
    expect(within(body[2]!).getByText('Draft', { selector: '.chip' })).toHaveClass('chip-draft');
    expect(within(body[0]!).getByText('€1,234.56').closest('td')).toHaveClass('num');
    expect(within(body[0]!).getByText('€1,000.00')).toBeInTheDocument();
    expect(
      within(body[1]!)
        .getAllByText(/£/)
        .map((e) => e.textContent),
    ).toEqual(['£20.00', '£0.00']);

    const totals = body[3]!;
    expect(totals).toHaveTextContent('Total of the 3 invoices on this page');
    const [totalCell, openCell] = within(totals).getAllByRole('cell');
    expect(
      within(totalCell!)
        .getAllByText(/[€£]/)
        .map((e) => e.textContent),
    ).toEqual(['€1,244.56', '£20.00']);
    expect(
      within(openCell!)
        .getAllByText(/[€£]/)
        .map((e) => e.textContent),
    ).toEqual(['€1,010.00', '£0.00']);

    expect(ordo.lastInputOf('invoices.list')).toEqual({
      search: '',
      disputedOnly: false,
      sort: 'invoiceDate',
      dir: 'desc',
      limit: 50,
      offset: 0,
    });
  });

  it('sends each filter to invoices.list: status, disputed, customer, dates, currency, search, sort', async () => {
    const ordo = installOrdo(invoiceRoutes({ 'invoices.list': { rows, total: 3, asOf: '2026-03-20' } }));
    const { user } = renderApp('#/invoices');
    await screen.findByRole('table', { name: 'Invoices' });

    const status = screen.getByRole('group', { name: 'Status' });
    expect(
      within(status)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['All', 'Draft', 'Open', 'Partially paid', 'Overdue', 'Paid', 'Credited', 'Partly credited']);
    await user.click(within(status).getByRole('button', { name: 'Overdue' }));
    await waitFor(() => expect(ordo.lastInputOf('invoices.list')).toMatchObject({ status: 'overdue' }));
    expect(within(status).getByRole('button', { name: 'Overdue' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Disputed only' }));
    await waitFor(() =>
      expect(ordo.lastInputOf('invoices.list')).toMatchObject({ status: 'overdue', disputedOnly: true }),
    );

    await user.click(screen.getByRole('combobox', { name: 'Customer' }));
    await user.keyboard('heron{Enter}');
    await waitFor(() => expect(ordo.lastInputOf('invoices.list')).toMatchObject({ customerId: heronRow.id }));

    await user.type(screen.getByLabelText('From'), '2026-03-01');
    await user.type(screen.getByLabelText('To'), '2026-03-31');
    await waitFor(() =>
      expect(ordo.lastInputOf('invoices.list')).toMatchObject({
        dateFrom: '2026-03-01',
        dateTo: '2026-03-31',
      }),
    );

    // A currency applies once its code is whole.
    await user.type(screen.getByLabelText('Currency'), 'gb');
    expect(ordo.lastInputOf('invoices.list')).not.toHaveProperty('currency');
    await user.type(screen.getByLabelText('Currency'), 'p');
    await waitFor(() => expect(ordo.lastInputOf('invoices.list')).toMatchObject({ currency: 'GBP' }));

    await user.type(screen.getByLabelText('Search by number or customer'), 'INV-3');
    await waitFor(() => expect(ordo.lastInputOf('invoices.list')).toMatchObject({ search: 'INV-3' }));

    const sortBy = (name: RegExp) => within(screen.getByRole('columnheader', { name })).getByRole('button');
    await user.click(sortBy(/^Due date/));
    await waitFor(() =>
      expect(ordo.lastInputOf('invoices.list')).toMatchObject({ sort: 'dueDate', dir: 'asc', offset: 0 }),
    );
    expect(screen.getByRole('columnheader', { name: /^Due date/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(sortBy(/^Open/));
    await waitFor(() =>
      expect(ordo.lastInputOf('invoices.list')).toMatchObject({
        sort: 'open',
        dir: 'asc',
        status: 'overdue',
        disputedOnly: true,
        customerId: 7,
        currency: 'GBP',
        search: 'INV-3',
      }),
    );
  });

  it('keyboard: / focuses search, j moves, Enter opens, N creates', async () => {
    installOrdo(
      invoiceRoutes({
        'invoices.list': { rows, total: 3, asOf: '2026-03-20' },
        'invoices.get': () => new Promise(() => {}),
      }),
    );
    const { user } = renderApp('#/invoices');
    const table = await screen.findByRole('table', { name: 'Invoices' });

    await user.keyboard('/');
    expect(screen.getByLabelText('Search by number or customer')).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard('jj');
    expect(within(table).getAllByRole('row')[2]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/invoices/2'));

    window.location.hash = '#/invoices';
    await screen.findByRole('table', { name: 'Invoices' });
    await user.keyboard('n');
    await waitFor(() => expect(window.location.hash).toBe('#/invoices/new'));
  });

  it('says so when there are no invoices yet, with the action', async () => {
    installOrdo(invoiceRoutes({ 'invoices.list': { rows: [], total: 0, asOf: '2026-03-20' } }));
    const { user } = renderApp('#/invoices');
    expect(await screen.findByText(/No invoices yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create invoice' }));
    await waitFor(() => expect(window.location.hash).toBe('#/invoices/new'));
  });

  it('the navigation shows how many invoices are overdue', async () => {
    installOrdo(
      invoiceRoutes({
        'invoices.list': { rows, total: 3, asOf: '2026-03-20' },
        'invoices.counts': { draft: 1, open: 4, overdue: 3 },
      }),
    );
    renderApp('#/invoices');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const link = within(nav).getByRole('link', { name: /Invoices/ });
    await waitFor(() => expect(link).toHaveTextContent('Invoices 3 overdue invoices'));
    expect(link).toHaveAttribute('aria-current', 'page');
  });
});
