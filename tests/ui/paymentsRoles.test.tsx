import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/contract';
import { todayIso } from '../../renderer/src/lib/today';
import { installOrdo, renderApp, type Routes } from './fakeOrdo';
import { account, payment, paymentRoutes, paymentSummary, receivables } from './paymentsFixtures';

/** users.current answering as a profile with these roles. */
const actingAs = (name: string, roles: Role[]): Routes => ({
  'users.current': { id: 2, name, roles, hasPin: false, archived: false },
});

const asSales = actingAs('Sam Sales', ['sales']);

/** The screens hide what main would refuse once they know who is working: wait for that first. */
const profileShown = (name = 'Sam Sales') => screen.findByText(name);

describe('payments for a profile that may not keep the books', () => {
  it('sales sees the payments list without Receive payment, and N does not open the form', async () => {
    installOrdo(paymentRoutes({ ...asSales, 'payments.list': { rows: [paymentSummary(3)], total: 1 } }));
    const { user } = renderApp('#/payments');
    await screen.findByRole('table', { name: 'Payments' });
    await profileShown();

    expect(screen.queryByRole('button', { name: 'Receive payment' })).not.toBeInTheDocument();
    await user.keyboard('n');
    expect(window.location.hash).toBe('#/payments');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Payments' })).toBeInTheDocument();
  });

  it('the warehouse is not offered the payments area at all', async () => {
    installOrdo(
      paymentRoutes({
        ...actingAs('Wes Warehouse', ['warehouse']),
        'customers.list': { rows: [], total: 0 },
      }),
    );
    renderApp('#/customers');
    await profileShown('Wes Warehouse');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Payments' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Invoices' })).toBeInTheDocument();
  });

  it('the warehouse is not offered a customer’s account from the customer editor', async () => {
    installOrdo(paymentRoutes(actingAs('Wes Warehouse', ['warehouse'])));
    renderApp('#/customers/7');
    await screen.findByRole('heading', { name: /Hungry Heron Café/ });
    await profileShown('Wes Warehouse');
    expect(screen.queryByRole('button', { name: 'Account' })).not.toBeInTheDocument();
  });

  it('Receive payment says who may record payments instead of showing a form', async () => {
    const ordo = installOrdo(paymentRoutes(asSales));
    renderApp('#/payments/new?customer=7');

    expect(
      await screen.findByText(/Only the owner or a bookkeeper can record payments\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Receive payment' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record payment' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Amount received/)).not.toBeInTheDocument();
    expect(ordo.inputsOf('payments.proposeAllocation')).toHaveLength(0);
  });

  it('a payment shows where it went, without allocating, unallocating or reversing', async () => {
    installOrdo(paymentRoutes({ ...asSales, 'payments.get': payment() }));
    renderApp('#/payments/42');
    await screen.findByRole('heading', { name: 'Payment PAY-2026-00042' });
    await profileShown();

    const table = screen.getByRole('table', { name: 'Allocations of payment PAY-2026-00042' });
    expect(within(table).getByRole('link', { name: 'INV-2026-00001' })).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Unallocate/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Allocate remaining credit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reverse payment' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
  });

  it('a customer account shows its credit without Apply, Refund or Receive payment', async () => {
    // As of today, when credit would be applied and refunded by those who may.
    installOrdo(paymentRoutes({ ...asSales, 'customers.account': account({ asOf: todayIso() }) }));
    renderApp('#/customers/7/account');
    await screen.findByRole('heading', { name: 'Account of Hungry Heron Café' });
    await profileShown();

    const credit = screen.getByRole('table', { name: 'Unapplied credit' });
    expect(within(credit).getByRole('link', { name: 'Payment PAY-2026-00042' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Apply credit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Refund credit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Receive payment' })).not.toBeInTheDocument();
  });

  it('receivables settings are read-only: no Save, no rows to add or remove', async () => {
    const ordo = installOrdo(paymentRoutes({ ...asSales, 'settings.receivables': receivables }));
    renderApp('#/settings/receivables');
    const amount = await screen.findByLabelText('Write-off tolerance amount');
    await profileShown();

    await waitFor(() => expect(amount).toBeDisabled());
    expect(amount).toHaveValue('5');
    expect(screen.getByLabelText('Correct tax on early-payment discounts')).toBeDisabled();
    expect(screen.getByLabelText('Rounding step, row 1')).toBeDisabled();
    expect(screen.getByText('Only the owner or a bookkeeper can change these settings.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add currency' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove row/ })).not.toBeInTheDocument();
    expect(ordo.inputsOf('settings.updateReceivables')).toHaveLength(0);
  });

  it('a bookkeeper gets every action', async () => {
    installOrdo(
      paymentRoutes({
        ...actingAs('Bea Books', ['bookkeeper']),
        'customers.account': account({ asOf: todayIso() }),
      }),
    );
    renderApp('#/customers/7/account');
    expect(
      await screen.findByRole('button', { name: 'Refund credit from PAY-2026-00042' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Apply credit from PAY-2026-00042 to an invoice' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Receive payment' })).toBeInTheDocument();
  });
});
