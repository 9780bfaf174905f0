import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CustomerRow, InputOf } from '../../shared/contract';
import { todayIso } from '../../renderer/src/lib/today';
import { installOrdo, rejectWith, renderApp } from './fakeOrdo';
import { heronRow, invoice, payment, paymentRoutes, propose } from './paymentsFixtures';

/** The proposal is asked for a moment after typing stops: allow for a busy machine. */
const proposed = { timeout: 3000 };

type User = ReturnType<typeof renderApp>['user'];

async function chooseHeron(user: User) {
  const customer = await screen.findByRole('combobox', { name: 'Customer' });
  await user.click(customer);
  await user.keyboard('heron{Enter}');
  await waitFor(() => expect(customer).toHaveValue('Hungry Heron Café'));
}

/** customers.list answering the picker's search by name. */
function customersMatching(rows: CustomerRow[]) {
  return (input: InputOf<'customers.list'>) => {
    const found = rows.filter((row) => row.name.toLowerCase().includes((input?.search ?? '').toLowerCase()));
    return { rows: found, total: found.length };
  };
}

const pay = (number: string) => screen.getByRole('textbox', { name: `Pay, ${number}` });

function totals() {
  const region = screen.getByRole('region', { name: 'Allocation totals' });
  return (term: string) => within(region).getByText(term).nextElementSibling;
}

/** Customer Hungry Heron and 150.00 received: main proposes 100.00 on INV-1 and 50.00 on INV-2. */
async function receive150(user: User) {
  await chooseHeron(user);
  await user.type(screen.getByLabelText('Amount received (EUR)'), '150.00');
  await waitFor(() => expect(pay('INV-2026-00002')).toHaveValue('50.00'), proposed);
}

describe('receive payment', () => {
  it('asks main for a proposal as the amount is typed and fills every open invoice with it', async () => {
    const ordo = installOrdo(paymentRoutes());
    const { user } = renderApp('#/payments/new');
    await receive150(user);

    expect(ordo.lastInputOf('payments.proposeAllocation')).toEqual({
      customerId: 7,
      amount: 15000,
      date: todayIso(),
      reference: '',
    });
    const grid = screen.getByRole('table', { name: 'Open invoices' });
    const [, first, second, third] = within(grid).getAllByRole('row');
    expect(within(first!).getByRole('link', { name: 'INV-2026-00001' })).toHaveAttribute(
      'href',
      '#/invoices/1',
    );
    expect(within(first!).getByText('Overdue')).toBeInTheDocument();
    expect(within(first!).getByText('€100.00')).toBeInTheDocument();
    expect(within(third!).getByText('Disputed')).toBeInTheDocument();
    expect(pay('INV-2026-00001')).toHaveValue('100.00');
    expect(within(second!).getByRole('textbox', { name: 'Pay, INV-2026-00002' })).toHaveValue('50.00');
    expect(pay('INV-2026-00003')).toHaveValue('');

    const valueOf = totals();
    expect(valueOf('Amount received')).toHaveTextContent('€150.00');
    expect(valueOf('Allocated to invoices')).toHaveTextContent('€150.00');
    expect(valueOf('Left as customer credit')).toHaveTextContent('€0.00');
  });

  it('editing a Pay cell updates what is left as customer credit, and says when too much is allocated', async () => {
    installOrdo(paymentRoutes());
    const { user } = renderApp('#/payments/new');
    await receive150(user);

    await user.clear(pay('INV-2026-00002'));
    await user.type(pay('INV-2026-00002'), '30');
    const valueOf = totals();
    expect(valueOf('Allocated to invoices')).toHaveTextContent('€130.00');
    expect(valueOf('Left as customer credit')).toHaveTextContent('€20.00');

    await user.type(pay('INV-2026-00003'), '60');
    expect(valueOf('Left as customer credit')).toHaveTextContent('-€40.00');
    expect(screen.getByText(/Allocated is €40.00 more than the amount received/)).toBeInTheDocument();
    // INV-3 has only 50.40 open: the row says so beside its Pay cell.
    expect(pay('INV-2026-00003')).toHaveAttribute('aria-invalid', 'true');
    expect(pay('INV-2026-00003')).toHaveAccessibleDescription(/More than the €50.40 still open/);

    await user.click(screen.getByRole('button', { name: 'Reset to proposal' }));
    expect(pay('INV-2026-00002')).toHaveValue('50.00');
    expect(pay('INV-2026-00003')).toHaveValue('');
    expect(valueOf('Left as customer credit')).toHaveTextContent('€0.00');

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(pay('INV-2026-00001')).toHaveValue('');
    expect(valueOf('Left as customer credit')).toHaveTextContent('€150.00');
  });

  it('offers the discount and write-off main allows as one-click suggestions', async () => {
    installOrdo(paymentRoutes());
    const { user } = renderApp('#/payments/new');
    await receive150(user);

    await user.click(screen.getByRole('button', { name: 'Take 2.38 discount on INV-2026-00002' }));
    expect(screen.getByRole('textbox', { name: 'Discount, INV-2026-00002' })).toHaveValue('2.38');
    // Taken: the suggestion gives way to the value in the cell.
    expect(screen.queryByRole('button', { name: /Take 2.38 discount/ })).not.toBeInTheDocument();

    // A write-off settles what the payment leaves open, within the tolerance: none while nothing is paid.
    expect(screen.queryByRole('button', { name: /Write off .* on INV-2026-00003/ })).not.toBeInTheDocument();
    // The 50.00 proposed for the second invoice goes to the third instead.
    await user.clear(pay('INV-2026-00002'));
    await user.clear(pay('INV-2026-00003'));
    await user.type(pay('INV-2026-00003'), '50.00');
    await user.click(screen.getByRole('button', { name: 'Write off 0.40 on INV-2026-00003' }));
    expect(screen.getByRole('textbox', { name: 'Write-off, INV-2026-00003' })).toHaveValue('0.40');

    const valueOf = totals();
    expect(valueOf('Discount')).toHaveTextContent('€2.38');
    expect(valueOf('Write-off')).toHaveTextContent('€0.40');
    // Neither is money received: what is left as credit does not change.
    expect(valueOf('Left as customer credit')).toHaveTextContent('€0.00');
  });

  it('records exactly what the form shows, in minor units, then opens the payment', async () => {
    const ordo = installOrdo(
      paymentRoutes({
        'payments.record': payment({ id: 42 }),
        'payments.get': payment({ id: 42 }),
      }),
    );
    const { user } = renderApp('#/payments/new');
    await receive150(user);
    await user.selectOptions(screen.getByLabelText('Method'), 'Cheque');
    await user.type(screen.getByLabelText('Reference'), 'Cheque 1234');
    await user.type(screen.getByLabelText('Memo'), 'Posted by hand');
    await waitFor(
      () =>
        expect(ordo.lastInputOf('payments.proposeAllocation')).toMatchObject({ reference: 'Cheque 1234' }),
      proposed,
    );
    await user.clear(pay('INV-2026-00002'));
    await user.type(pay('INV-2026-00002'), '47.62');
    await user.click(screen.getByRole('button', { name: 'Take 2.38 discount on INV-2026-00002' }));
    await user.click(screen.getByRole('button', { name: 'Record payment' }));

    await waitFor(() => expect(ordo.inputsOf('payments.record')).toHaveLength(1));
    expect(ordo.lastInputOf('payments.record')).toEqual({
      customerId: 7,
      date: todayIso(),
      amount: 15000,
      method: 'cheque',
      reference: 'Cheque 1234',
      memo: 'Posted by hand',
      allocations: [
        { invoiceId: 1, amount: 10000, discount: 0, writeOff: 0 },
        { invoiceId: 2, amount: 4762, discount: 238, writeOff: 0 },
      ],
    });
    await waitFor(() => expect(window.location.hash).toBe('#/payments/42'));
    expect(await screen.findByText('Payment PAY-2026-00042 recorded')).toBeInTheDocument();
  });

  it('shows main’s error at allocations.N beside the cell of the row that was sent N-th', async () => {
    const ordo = installOrdo(
      paymentRoutes({
        'payments.record': rejectWith('VALIDATION', 'Check the allocations', [
          { path: 'allocations.1.writeOff', message: 'At most 0.40 can be written off' },
        ]),
      }),
    );
    const { user } = renderApp('#/payments/new');
    await chooseHeron(user);
    await user.type(screen.getByLabelText('Amount received (EUR)'), '100');
    await waitFor(() => expect(pay('INV-2026-00001')).toHaveValue('100.00'), proposed);
    // INV-2 stays empty, so INV-3 is the second allocation sent.
    await user.type(screen.getByRole('textbox', { name: 'Write-off, INV-2026-00003' }), '1');
    await user.click(screen.getByRole('button', { name: 'Record payment' }));

    await waitFor(() => expect(ordo.inputsOf('payments.record')).toHaveLength(1));
    expect(ordo.lastInputOf('payments.record')?.allocations).toEqual([
      { invoiceId: 1, amount: 10000, discount: 0, writeOff: 0 },
      { invoiceId: 3, amount: 0, discount: 0, writeOff: 100 },
    ]);
    const cell = screen.getByRole('textbox', { name: 'Write-off, INV-2026-00003' });
    await waitFor(() => expect(cell).toHaveAttribute('aria-invalid', 'true'));
    expect(cell).toHaveAccessibleDescription('At most 0.40 can be written off');
    expect(cell).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Check the field marked below.');
    expect(window.location.hash).toBe('#/payments/new');
  });

  it('says what is missing instead of sending a payment without customer or amount', async () => {
    const ordo = installOrdo(paymentRoutes());
    const { user } = renderApp('#/payments/new');
    await user.click(await screen.findByRole('button', { name: 'Record payment' }));
    expect(await screen.findByText('Choose the customer who paid')).toBeInTheDocument();
    expect(screen.getByText('Enter the amount received')).toBeInTheDocument();
    expect(ordo.inputsOf('payments.record')).toHaveLength(0);
  });

  it('prefills customer, amount and reference from ?customer=&invoice=, so that invoice is proposed first', async () => {
    const ordo = installOrdo(paymentRoutes({ 'invoices.get': invoice() }));
    renderApp('#/payments/new?customer=7&invoice=3');
    expect(await screen.findByRole('combobox', { name: 'Customer' })).toHaveValue('Hungry Heron Café');
    expect(screen.getByLabelText('Amount received (EUR)')).toHaveValue('50.40');
    expect(screen.getByLabelText('Reference')).toHaveValue('INV-2026-00003');
    await waitFor(() => expect(pay('INV-2026-00003')).toHaveValue('50.40'), proposed);
    expect(pay('INV-2026-00001')).toHaveValue('');
    const row = pay('INV-2026-00003').closest('tr') as HTMLElement;
    expect(within(row).getByText('Referenced')).toBeInTheDocument();
    expect(ordo.lastInputOf('invoices.get')).toEqual({ id: 3 });
    expect(ordo.lastInputOf('payments.proposeAllocation')).toMatchObject({
      amount: 5040,
      reference: 'INV-2026-00003',
    });
  });

  it('asks for an exchange rate only when the customer pays in another currency, and sends it as typed', async () => {
    const diner = { ...heronRow, id: 9, number: 'C-1009', name: 'Yankee Diner', currency: 'USD' };
    const ordo = installOrdo(
      paymentRoutes({
        'customers.list': customersMatching([heronRow, diner]),
        'payments.proposeAllocation': (input) => ({ ...propose(input), currency: 'USD' }),
        'exchangeRates.rateOn': (input) => ({
          id: 1,
          currency: input.currency,
          date: '2026-03-01',
          rate: '0.9231',
          source: 'manual',
          updatedAt: '2026-03-01T00:00:00.000Z',
        }),
        'payments.record': payment({ id: 43, number: 'PAY-2026-00043', currency: 'USD' }),
        'payments.get': payment({ id: 43, number: 'PAY-2026-00043', currency: 'USD' }),
      }),
    );
    const { user } = renderApp('#/payments/new');
    await chooseHeron(user);
    expect(screen.queryByLabelText(/Exchange rate/)).not.toBeInTheDocument();

    const customer = screen.getByRole('combobox', { name: 'Customer' });
    await user.clear(customer);
    await user.keyboard('diner{Enter}');
    await waitFor(() => expect(customer).toHaveValue('Yankee Diner'));
    const rate = screen.getByLabelText('Exchange rate (EUR per USD)');
    await waitFor(() => expect(rate).toHaveAttribute('placeholder', '0.9231'));
    await user.type(screen.getByLabelText('Amount received (USD)'), '120.50');
    await waitFor(() => expect(pay('INV-2026-00001')).toHaveValue('100.00'), proposed);
    expect(pay('INV-2026-00002')).toHaveValue('20.50');
    expect(screen.getAllByText('$100.00').length).toBeGreaterThan(0);
    await user.type(rate, '0.95');
    await user.click(screen.getByRole('button', { name: 'Record payment' }));

    await waitFor(() => expect(ordo.inputsOf('payments.record')).toHaveLength(1));
    expect(ordo.lastInputOf('payments.record')).toMatchObject({
      customerId: 9,
      amount: 12050,
      fxRate: '0.95',
      allocations: [
        { invoiceId: 1, amount: 10000, discount: 0, writeOff: 0 },
        { invoiceId: 2, amount: 2050, discount: 0, writeOff: 0 },
      ],
    });
  });

  it('a newly chosen customer starts from their own proposal, even after cells were changed', async () => {
    const diner = { ...heronRow, id: 9, number: 'C-1009', name: 'Yankee Diner' };
    installOrdo(paymentRoutes({ 'customers.list': customersMatching([heronRow, diner]) }));
    const { user } = renderApp('#/payments/new');
    await receive150(user);
    await user.clear(pay('INV-2026-00001'));
    expect(screen.getByRole('button', { name: 'Reset to proposal' })).toBeEnabled();

    const customer = screen.getByRole('combobox', { name: 'Customer' });
    await user.click(customer);
    await user.keyboard('diner{Enter}');
    await waitFor(() => expect(customer).toHaveValue('Yankee Diner'));
    await waitFor(() => expect(pay('INV-2026-00001')).toHaveValue('100.00'), proposed);
    expect(screen.getByRole('button', { name: 'Reset to proposal' })).toBeDisabled();
    // And it follows the amount again.
    await user.clear(screen.getByLabelText('Amount received (EUR)'));
    await user.type(screen.getByLabelText('Amount received (EUR)'), '20');
    await waitFor(() => expect(pay('INV-2026-00001')).toHaveValue('20.00'), proposed);
  });
});

describe('a customer with very many open invoices', () => {
  it('says how many are open and how to reach one that is not listed', async () => {
    installOrdo(
      paymentRoutes({
        'payments.proposeAllocation': (input) => ({ ...propose(input), openCount: 5000 }),
      }),
    );
    const { user } = renderApp('#/payments/new');
    await receive150(user);
    expect(screen.getByText(/on 5000 invoices; the 3 listed are the oldest due/)).toHaveTextContent(
      "Name another invoice's number in the reference to list it.",
    );
  });
});
