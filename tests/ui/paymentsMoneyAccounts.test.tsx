import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, InputOf } from '../../shared/contract';
import { todayIso } from '../../renderer/src/lib/today';
import { installOrdo, renderApp } from './fakeOrdo';
import { account, payment, paymentRoutes, propose, proposalRow } from './paymentsFixtures';

/** The proposal is asked for a moment after typing stops: allow for a busy machine. */
const proposed = { timeout: 3000 };

function ledgerAccount(id: number, code: string, name: string, patch: Partial<Account> = {}): Account {
  return { id, code, name, type: 'asset', role: null, archived: false, isUsed: true, ...patch };
}

/** Bank, cash and a second bank account; receivables, a liability and an archived account are not for money. */
const accounts: Account[] = [
  ledgerAccount(12, '1200', 'Bank', { role: 'bank' }),
  ledgerAccount(10, '1000', 'Cash', { role: 'cash' }),
  ledgerAccount(14, '1400', 'Accounts receivable', { role: 'ar' }),
  ledgerAccount(13, '1210', 'Savings account'),
  ledgerAccount(15, '1220', 'Old bank', { archived: true }),
  ledgerAccount(20, '2400', 'Customer credit', { type: 'liability', role: 'customer_credits' }),
];

const optionsOf = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('where the money goes', () => {
  it('Receive payment offers the bank and cash accounts, follows the method until one is picked, and sends it', async () => {
    const ordo = installOrdo(paymentRoutes({ 'accounts.list': accounts, 'payments.record': payment() }));
    const { user } = renderApp('#/payments/new?customer=7');
    const paidInto = await screen.findByRole('combobox', { name: 'Paid into' });

    await waitFor(() =>
      expect(optionsOf(paidInto)).toEqual(['1000 Cash', '1200 Bank', '1210 Savings account']),
    );
    expect(paidInto).toHaveDisplayValue('1200 Bank');
    await user.selectOptions(screen.getByLabelText('Method'), 'Cash');
    expect(paidInto).toHaveDisplayValue('1000 Cash');
    await user.selectOptions(paidInto, '1210 Savings account');
    // Picked by hand: a change of method no longer moves it.
    await user.selectOptions(screen.getByLabelText('Method'), 'Card');
    expect(paidInto).toHaveDisplayValue('1210 Savings account');

    await user.type(screen.getByLabelText('Amount received (EUR)'), '20');
    await waitFor(
      () => expect(ordo.lastInputOf('payments.proposeAllocation')).toMatchObject({ amount: 2000 }),
      proposed,
    );
    await user.click(screen.getByRole('button', { name: 'Record payment' }));
    await waitFor(() =>
      expect(ordo.lastInputOf('payments.record')).toMatchObject({
        method: 'card',
        bankAccountId: 13,
        amount: 2000,
      }),
    );
  });

  it('the Refund dialog pays from the bank, or from cash for a cash refund', async () => {
    const ordo = installOrdo(
      paymentRoutes({
        'accounts.list': accounts,
        'customers.account': account({ asOf: todayIso() }),
        'credits.refund': {
          id: 5,
          number: 'RF-2026-00005',
          customerId: 7,
          date: todayIso(),
          amount: 5000,
          currency: 'EUR',
          method: 'cash',
          bankAccountId: 10,
          reference: '',
          journalEntryId: 80,
        },
      }),
    );
    const { user } = renderApp('#/customers/7/account');
    await user.click(await screen.findByRole('button', { name: 'Refund credit from PAY-2026-00042' }));
    const dialog = screen.getByRole('dialog', { name: 'Refund credit from payment PAY-2026-00042' });
    const paidFrom = within(dialog).getByRole('combobox', { name: 'Paid from' });
    await waitFor(() => expect(paidFrom).toHaveDisplayValue('1200 Bank'));

    await user.selectOptions(within(dialog).getByLabelText('Method'), 'Cash');
    expect(paidFrom).toHaveDisplayValue('1000 Cash');
    await user.click(within(dialog).getByRole('button', { name: 'Record refund' }));
    await waitFor(() =>
      expect(ordo.lastInputOf('credits.refund')).toMatchObject({ method: 'cash', bankAccountId: 10 }),
    );
  });
});

describe('invoices dated after the payment', () => {
  /** INV-1 is dated before the payment; INV-4 after it, so main proposes nothing on it. */
  function proposeWithLater(input: InputOf<'payments.proposeAllocation'>) {
    const proposal = propose(input);
    const later = proposalRow({
      invoiceId: 4,
      number: 'INV-2026-00004',
      invoiceDate: '2026-03-10',
      dueDate: '2026-04-09',
    });
    return { ...proposal, rows: [...proposal.rows, later] };
  }

  it('are listed as dated later, cannot be filled in, and the screen says what to do', async () => {
    const ordo = installOrdo(paymentRoutes({ 'payments.proposeAllocation': proposeWithLater }));
    const { user } = renderApp('#/payments/new?customer=7');
    const date = await screen.findByLabelText('Date received');
    await user.clear(date);
    await user.type(date, '2026-03-01');
    await user.type(screen.getByLabelText('Amount received (EUR)'), '50');
    await waitFor(
      () => expect(ordo.lastInputOf('payments.proposeAllocation')).toMatchObject({ date: '2026-03-01' }),
      proposed,
    );

    const grid = await screen.findByRole('table', { name: 'Open invoices' });
    const laterRow = within(grid).getByRole('link', { name: 'INV-2026-00004' }).closest('tr');
    expect(laterRow).not.toBeNull();
    expect(within(laterRow!).getByText('Dated later')).toBeInTheDocument();
    expect(within(laterRow!).getByRole('textbox', { name: 'Pay, INV-2026-00004' })).toHaveAttribute(
      'readonly',
    );
    expect(screen.getByRole('textbox', { name: 'Pay, INV-2026-00001' })).not.toHaveAttribute('readonly');
    expect(
      screen.getByText(
        'Invoices dated after this payment cannot be paid from it: record it, then apply the credit from the invoice’s date.',
      ),
    ).toBeInTheDocument();
  });

  it('say nothing when every open invoice is dated on or before the payment', async () => {
    installOrdo(paymentRoutes());
    const { user } = renderApp('#/payments/new?customer=7');
    await user.type(await screen.findByLabelText('Amount received (EUR)'), '50');
    await screen.findByRole('textbox', { name: 'Pay, INV-2026-00001' }, proposed);
    expect(screen.queryByText('Dated later')).not.toBeInTheDocument();
    expect(screen.queryByText(/Invoices dated after this payment/)).not.toBeInTheDocument();
  });
});
