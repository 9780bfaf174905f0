import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installOrdo, renderApp } from './fakeOrdo';
import { heronRow, paymentRoutes, paymentSummary } from './paymentsFixtures';

const rows = [
  paymentSummary(3, { amount: 15000, applied: 10000, unapplied: 5000, reference: 'INV-2026-00001' }),
  paymentSummary(2, { amount: 2000, applied: 2000, currency: 'GBP', method: 'card' }),
  paymentSummary(1, { amount: 7000, applied: 0, unapplied: 0, isReversed: true, method: 'cheque' }),
];

describe('payments list', () => {
  it('shows each payment with what was applied and what is left, and the page totals per currency', async () => {
    const ordo = installOrdo(paymentRoutes({ 'payments.list': { rows, total: 3 } }));
    renderApp('#/payments');

    const table = await screen.findByRole('table', { name: 'Payments' });
    const [header, ...body] = within(table).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Number', 'Date', 'Customer', 'Method', 'Reference', 'Amount', 'Applied', 'Unapplied']);
    expect(body).toHaveLength(4);
    expect(within(body[0]!).getByRole('link', { name: 'PAY-2026-00003' })).toHaveAttribute(
      'href',
      '#/payments/3',
    );
    expect(body[0]).toHaveTextContent('Bank transfer');
    expect(body[0]).toHaveTextContent('INV-2026-00001');
    expect(within(body[0]!).getByText('€150.00').closest('td')).toHaveClass('num');
    expect(within(body[0]!).getByText('€50.00')).toBeInTheDocument();
    expect(within(body[1]!).getAllByText('£20.00')).toHaveLength(2);
    expect(within(body[2]!).getByText('Reversed')).toHaveClass('chip');
    // Reversed payments are not money received: they stay out of the totals.
    const totals = body[3]!;
    expect(totals).toHaveTextContent('Total of the 2 payments on this page (1 reversed left out)');
    const [amount, applied, unapplied] = within(totals).getAllByRole('cell');
    expect(amount).toHaveTextContent('€150.00£20.00');
    expect(applied).toHaveTextContent('€100.00£20.00');
    expect(unapplied).toHaveTextContent('€50.00£0.00');

    expect(ordo.lastInputOf('payments.list')).toEqual({
      search: '',
      unappliedOnly: false,
      limit: 50,
      offset: 0,
    });
  });

  it('sends search, customer, method, dates and "with unapplied credit" to payments.list', async () => {
    const ordo = installOrdo(paymentRoutes({ 'payments.list': { rows, total: 3 } }));
    const { user } = renderApp('#/payments');
    await screen.findByRole('table', { name: 'Payments' });

    await user.type(screen.getByLabelText('Search by number, reference or customer'), 'INV-1');
    await waitFor(() => expect(ordo.lastInputOf('payments.list')).toMatchObject({ search: 'INV-1' }));
    await user.click(screen.getByRole('combobox', { name: 'Customer' }));
    await user.keyboard('heron{Enter}');
    await waitFor(() => expect(ordo.lastInputOf('payments.list')).toMatchObject({ customerId: heronRow.id }));
    await user.selectOptions(screen.getByLabelText('Method'), 'Cheque');
    await user.type(screen.getByLabelText('From'), '2026-03-01');
    await user.type(screen.getByLabelText('To'), '2026-03-31');
    await user.click(screen.getByLabelText('With unapplied credit'));
    await waitFor(() =>
      expect(ordo.lastInputOf('payments.list')).toEqual({
        search: 'INV-1',
        customerId: 7,
        method: 'cheque',
        dateFrom: '2026-03-01',
        dateTo: '2026-03-31',
        unappliedOnly: true,
        limit: 50,
        offset: 0,
      }),
    );
  });

  it('opens from the keyboard: j moves, Enter opens, N receives a payment, / searches', async () => {
    installOrdo(paymentRoutes({ 'payments.list': { rows, total: 3 } }));
    const { user } = renderApp('#/payments');
    await screen.findByRole('table', { name: 'Payments' });

    await user.keyboard('/');
    expect(screen.getByLabelText('Search by number, reference or customer')).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard('jj{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/payments/2'));
  });

  it('N on the list opens Receive payment', async () => {
    installOrdo(paymentRoutes({ 'payments.list': { rows, total: 3 } }));
    const { user } = renderApp('#/payments');
    await screen.findByRole('table', { name: 'Payments' });
    await user.keyboard('n');
    expect(await screen.findByRole('heading', { name: 'Receive payment' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/payments/new');
  });

  it('starts empty with one sentence and the action', async () => {
    installOrdo(paymentRoutes({ 'payments.list': { rows: [], total: 0 } }));
    const { user } = renderApp('#/payments');
    expect(await screen.findByText(/No payments yet/)).toHaveTextContent('No payments yet — Receive payment');
    const actions = screen.getAllByRole('button', { name: 'Receive payment' });
    await user.click(actions.at(-1)!);
    await waitFor(() => expect(window.location.hash).toBe('#/payments/new'));
  });
});
