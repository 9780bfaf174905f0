import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../renderer/src/lib/today';
import { installOrdo, rejectWith, renderApp } from './fakeOrdo';
import { allocationRow, payment, paymentRoutes } from './paymentsFixtures';

/** The proposal is asked for a moment after typing stops: allow for a busy machine. */
const proposed = { timeout: 3000 };

const withHistory = payment({
  allocations: [
    allocationRow(),
    allocationRow({
      id: 502,
      invoiceId: 2,
      invoiceNumber: 'INV-2026-00002',
      amount: 3000,
      isReversed: true,
    }),
    allocationRow({
      id: 503,
      invoiceId: 2,
      invoiceNumber: 'INV-2026-00002',
      amount: -3000,
      reversesId: 502,
      date: '2026-03-06',
      reason: 'Wrong invoice',
    }),
  ],
});

describe('payment view', () => {
  it('shows the details, the ledger entry and the allocations, taken-back rows struck through', async () => {
    installOrdo(paymentRoutes({ 'payments.get': withHistory }));
    renderApp('#/payments/42');

    expect(await screen.findByRole('heading', { name: 'Payment PAY-2026-00042' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hungry Heron Café' })).toHaveAttribute(
      'href',
      '#/customers/7/account',
    );
    expect(screen.getByRole('link', { name: 'JE-2026-000077' })).toHaveAttribute(
      'href',
      '#/reports/journal/77',
    );
    expect(screen.getByText('Unapplied credit').nextElementSibling).toHaveTextContent('€50.00');

    const table = screen.getByRole('table', { name: 'Allocations of payment PAY-2026-00042' });
    const [, live, reversed, reversing] = within(table).getAllByRole('row');
    expect(
      within(live!).getByRole('button', { name: 'Unallocate the payment on INV-2026-00001' }),
    ).toBeEnabled();
    expect(reversed).toHaveClass('row-reversed');
    expect(within(reversed!).getByText('Taken back', { selector: '.chip' })).toBeInTheDocument();
    expect(within(reversed!).getByText('€30.00').closest('s')).not.toBeNull();
    expect(within(reversed!).queryByRole('button')).not.toBeInTheDocument();
    expect(reversing).toHaveTextContent('Wrong invoice');
    expect(within(reversing!).queryByRole('button')).not.toBeInTheDocument();
  });

  it('unallocates one row with a reason, after saying what happens', async () => {
    const ordo = installOrdo(
      paymentRoutes({
        'payments.get': payment(),
        'payments.unallocate': payment({ applied: 0, unapplied: 15000 }),
      }),
    );
    const { user } = renderApp('#/payments/42');
    await user.click(await screen.findByRole('button', { name: 'Unallocate the payment on INV-2026-00001' }));

    const dialog = screen.getByRole('dialog', { name: 'Unallocate €100.00 from INV-2026-00001?' });
    expect(dialog).toHaveTextContent(
      "INV-2026-00001 is open again for €100.00, and the €100.00 goes back to this payment's unapplied credit.",
    );
    expect(ordo.inputsOf('payments.unallocate')).toHaveLength(0);
    await user.type(within(dialog).getByLabelText('Reason'), 'Paid twice by mistake');
    await user.click(within(dialog).getByRole('button', { name: 'Unallocate' }));

    await waitFor(() => expect(ordo.inputsOf('payments.unallocate')).toHaveLength(1));
    expect(ordo.lastInputOf('payments.unallocate')).toEqual({
      allocationId: 501,
      date: todayIso(),
      reason: 'Paid twice by mistake',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('The payment on INV-2026-00001 was taken back')).toBeInTheDocument();
  });

  it('shows main’s refusal of an unallocation beside the reason', async () => {
    installOrdo(
      paymentRoutes({
        'payments.get': payment(),
        'payments.unallocate': rejectWith('VALIDATION', 'Check the reason', [
          { path: 'reason', message: 'Reason is required' },
        ]),
      }),
    );
    const { user } = renderApp('#/payments/42');
    await user.click(await screen.findByRole('button', { name: 'Unallocate the payment on INV-2026-00001' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Unallocate' }));
    const reason = within(dialog).getByLabelText('Reason');
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(reason).toHaveAccessibleDescription(/Reason is required/);
  });

  it('reverses the payment after saying exactly what will happen', async () => {
    const ordo = installOrdo(
      paymentRoutes({
        'payments.get': payment(),
        'payments.reverse': payment({
          isReversed: true,
          reversal: { date: todayIso(), reason: 'Cheque bounced', journalEntryId: 78 },
        }),
      }),
    );
    const { user } = renderApp('#/payments/42');
    await user.click(await screen.findByRole('button', { name: 'Reverse payment' }));

    const dialog = screen.getByRole('dialog', { name: 'Reverse payment PAY-2026-00042?' });
    expect(dialog).toHaveTextContent('Every allocation is taken back: INV-2026-00001 is open again');
    expect(dialog).toHaveTextContent('The €150.00 is taken back out of 1200 Bank');
    expect(dialog).toHaveTextContent('This cannot be undone.');
    await user.type(within(dialog).getByLabelText('Reason'), 'Cheque bounced');
    await user.click(within(dialog).getByRole('button', { name: 'Reverse payment' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('payments.reverse')).toEqual({
        id: 42,
        date: todayIso(),
        reason: 'Cheque bounced',
      }),
    );
    expect(await screen.findByText('Payment PAY-2026-00042 reversed')).toBeInTheDocument();
  });

  it('offers nothing to change on a reversed payment, and shows why it was reversed', async () => {
    installOrdo(
      paymentRoutes({
        'payments.get': payment({
          isReversed: true,
          unapplied: 0,
          applied: 0,
          allocations: [allocationRow({ isReversed: true })],
          reversal: { date: '2026-03-08', reason: 'Cheque bounced', journalEntryId: 78 },
          journalEntryIds: [77, 78],
          journalEntries: [
            { id: 77, number: 'JE-2026-000077' },
            { id: 78, number: 'JE-2026-000078' },
          ],
        }),
      }),
    );
    renderApp('#/payments/42');
    expect(await screen.findByText('Reversed on Mar 8, 2026')).toBeInTheDocument();
    expect(screen.getByText('Cheque bounced')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'JE-2026-000078 (reversal)' })).toHaveAttribute(
      'href',
      '#/reports/journal/78',
    );
    expect(screen.queryByRole('button', { name: 'Reverse payment' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Unallocate/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Allocate remaining credit' })).not.toBeInTheDocument();
  });

  it('allocates the remaining credit from main’s proposal with payments.allocate', async () => {
    const ordo = installOrdo(
      paymentRoutes({ 'payments.get': payment(), 'payments.allocate': payment({ unapplied: 0 }) }),
    );
    const { user } = renderApp('#/payments/42');
    await user.click(await screen.findByRole('button', { name: 'Allocate remaining credit' }));

    const dialog = screen.getByRole('dialog', { name: 'Allocate the credit left on payment PAY-2026-00042' });
    const payCell = (number: string) => within(dialog).getByRole('textbox', { name: `Pay, ${number}` });
    // The reference names INV-1, so main proposes the 50.00 left for it first.
    await waitFor(() => expect(payCell('INV-2026-00001')).toHaveValue('50.00'), proposed);
    expect(ordo.lastInputOf('payments.proposeAllocation')).toEqual({
      customerId: 7,
      amount: 5000,
      date: todayIso(),
      reference: 'INV-2026-00001',
    });
    await user.clear(payCell('INV-2026-00001'));
    await user.type(payCell('INV-2026-00002'), '50');
    const summary = within(dialog).getByRole('region', { name: 'Allocation totals' });
    expect(within(summary).getByText('Credit available').nextElementSibling).toHaveTextContent('€50.00');
    expect(within(summary).getByText('Left as customer credit').nextElementSibling).toHaveTextContent(
      '€0.00',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Allocate' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('payments.allocate')).toEqual({
        paymentId: 42,
        date: todayIso(),
        allocations: [{ invoiceId: 2, amount: 5000, discount: 0, writeOff: 0 }],
      }),
    );
    expect(await screen.findByText('Credit of payment PAY-2026-00042 allocated')).toBeInTheDocument();
  });
});
