import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { todayIso } from '../../renderer/src/lib/today';
import { installOrdo, renderApp } from './fakeOrdo';
import { account, paymentRoutes } from './paymentsFixtures';

/** The account as main would answer for the date asked, so the screen shows what it asked for. */
const accountFor = (input: InputOf<'customers.account'>) => account({ asOf: input.asOf ?? todayIso() });

describe('customer account', () => {
  it('shows the summary, open items, credit and the history with its running balance', async () => {
    const ordo = installOrdo(paymentRoutes({ 'customers.account': accountFor }));
    renderApp('#/customers/7/account');

    expect(await screen.findByRole('heading', { name: 'Account of Hungry Heron Café' })).toBeInTheDocument();
    expect(ordo.lastInputOf('customers.account')).toEqual({
      customerId: 7,
      asOf: todayIso(),
      limit: 50,
      offset: 0,
    });
    const summary = screen.getByRole('region', { name: 'Summary' });
    const valueOf = (term: string) => within(summary).getByText(term).nextElementSibling;
    expect(valueOf('Open items')).toHaveTextContent('€119.00');
    expect(valueOf('Unapplied credit')).toHaveTextContent('€50.00');
    expect(valueOf('Balance (what the customer owes)')).toHaveTextContent('€69.00');

    const open = screen.getByRole('table', { name: 'Open items' });
    expect(within(open).getByRole('link', { name: 'INV-2026-00002' })).toHaveAttribute(
      'href',
      '#/invoices/2',
    );
    const [, item] = within(open).getAllByRole('row');
    expect(
      within(item!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['INV-2026-00002', 'Feb 1, 2026', 'Mar 3, 2026', '7', '€119.00', '€119.00']);

    const credit = screen.getByRole('table', { name: 'Unapplied credit' });
    expect(within(credit).getByRole('link', { name: 'Payment PAY-2026-00042' })).toHaveAttribute(
      'href',
      '#/payments/42',
    );

    const history = screen.getByRole('table', { name: 'Account history' });
    const rows = within(history)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['Jan 10, 2026', 'INV-2026-00001', 'Invoice', '+€100.00', '€100.00'],
      ['Feb 1, 2026', 'INV-2026-00002', 'Invoice', '+€119.00', '€219.00'],
      ['Mar 5, 2026', 'PAY-2026-00042', 'Payment received', '-€150.00', '€69.00'],
    ]);
  });

  it('asks for the account as of the date chosen', async () => {
    const ordo = installOrdo(paymentRoutes({ 'customers.account': accountFor }));
    const { user } = renderApp('#/customers/7/account');
    const asOf = await screen.findByLabelText('As of');
    expect(asOf).toHaveValue(todayIso());

    await user.clear(asOf);
    await user.type(asOf, '2026-02-28');
    await waitFor(() =>
      expect(ordo.lastInputOf('customers.account')).toEqual({
        customerId: 7,
        asOf: '2026-02-28',
        limit: 50,
        offset: 0,
      }),
    );
    expect(await screen.findByText(/As of Feb 28, 2026/)).toBeInTheDocument();
    // A past day only shows the credit: applying and refunding work on the account as it is today.
    expect(screen.queryByRole('button', { name: /Refund credit/ })).not.toBeInTheDocument();
    expect(
      screen.getByText('To apply or refund credit, look at the account as of today.'),
    ).toBeInTheDocument();
  });

  it('applies credit from a payment to an open invoice', async () => {
    const ordo = installOrdo(
      paymentRoutes({
        'customers.account': accountFor,
        'credits.apply': { allocations: [], unapplied: 0 },
      }),
    );
    const { user } = renderApp('#/customers/7/account');
    await user.click(
      await screen.findByRole('button', { name: 'Apply credit from PAY-2026-00042 to an invoice' }),
    );

    const dialog = screen.getByRole('dialog', { name: 'Apply credit from payment PAY-2026-00042' });
    expect(within(dialog).getByLabelText('Invoice')).toHaveDisplayValue('INV-2026-00002 — €119.00 open');
    // The most that fits: all of the 50.00 credit.
    const amount = within(dialog).getByLabelText('Amount (EUR)');
    expect(amount).toHaveValue('50.00');
    await user.clear(amount);
    await user.type(amount, '45.5');
    await user.click(within(dialog).getByRole('button', { name: 'Apply credit' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('credits.apply')).toEqual({
        customerId: 7,
        invoiceId: 2,
        amount: 4550,
        date: todayIso(),
        source: { sourceType: 'payment', sourceId: 42 },
      }),
    );
    expect(await screen.findByText('Credit applied to INV-2026-00002')).toBeInTheDocument();
  });

  it('refunds credit with amount, date, method and reference', async () => {
    const ordo = installOrdo(
      paymentRoutes({
        'customers.account': accountFor,
        'credits.refund': {
          id: 5,
          number: 'RF-2026-00005',
          customerId: 7,
          date: todayIso(),
          amount: 5000,
          currency: 'EUR',
          method: 'bank_transfer',
          bankAccountId: 3,
          reference: 'Refund of overpayment',
          journalEntryId: 80,
        },
      }),
    );
    const { user } = renderApp('#/customers/7/account');
    await user.click(await screen.findByRole('button', { name: 'Refund credit from PAY-2026-00042' }));

    const dialog = screen.getByRole('dialog', { name: 'Refund credit from payment PAY-2026-00042' });
    expect(within(dialog).getByLabelText('Amount (EUR)')).toHaveValue('50.00');
    await user.selectOptions(within(dialog).getByLabelText('Method'), 'Bank transfer');
    await user.type(within(dialog).getByLabelText('Reference'), 'Refund of overpayment');
    await user.click(within(dialog).getByRole('button', { name: 'Record refund' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('credits.refund')).toEqual({
        customerId: 7,
        amount: 5000,
        date: todayIso(),
        method: 'bank_transfer',
        reference: 'Refund of overpayment',
        source: { sourceType: 'payment', sourceId: 42 },
      }),
    );
    expect(await screen.findByText('Refund RF-2026-00005 recorded')).toBeInTheDocument();
  });

  it('is reached from the customer editor by its Account button', async () => {
    installOrdo(paymentRoutes({ 'customers.account': accountFor }));
    const { user } = renderApp('#/customers/7');
    await user.click(await screen.findByRole('button', { name: 'Account' }));
    await waitFor(() => expect(window.location.hash).toBe('#/customers/7/account'));
    expect(await screen.findByRole('heading', { name: 'Account of Hungry Heron Café' })).toBeInTheDocument();
  });
});
