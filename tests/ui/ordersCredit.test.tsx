import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InputOf, Order } from '../../shared/contract';
import { installOrdo, renderApp } from './fakeOrdo';
import { editorRoutes, exposure, order, orderRow } from './ordersFixtures';

const held = order({
  id: 42,
  status: 'on_hold',
  number: 'SO-2026-00042',
  holdReasons: ['over_limit', 'credit_stop'],
  messages: [
    {
      id: 1,
      kind: 'order_received',
      recipient: 'buy@heron.test',
      subject: 'We received your order SO-2026-00042',
      status: 'pending',
      createdAt: '2026-03-02T09:05:00.000Z',
    },
  ],
});

const profile = (roles: ('owner' | 'bookkeeper' | 'sales' | 'warehouse')[]) => ({
  id: 2,
  name: 'Sam',
  roles,
  hasPin: false,
  archived: false,
});

describe('credit control on the order', () => {
  it('an order on hold shows its reasons; Approve credit asks for a reason and calls credit.approve', async () => {
    let current: Order = held;
    const ordo = installOrdo(
      editorRoutes({
        'orders.get': () => current,
        'credit.approve': (input) => {
          current = {
            ...held,
            status: 'confirmed',
            holdReasons: [],
            decisions: [
              {
                decision: 'approved',
                amount: 16605,
                note: input.reason,
                decidedBy: 'Olivia Owner',
                decidedAt: '2026-03-02T10:00:00.000Z',
              },
            ],
          };
          return current;
        },
      }),
    );
    const { user } = renderApp('#/orders/42');

    expect(await screen.findByRole('heading', { name: /Order SO-2026-00042/ })).toHaveTextContent('On hold');
    expect(screen.getByText('On hold for credit approval')).toBeInTheDocument();
    expect(screen.getByText('Over the credit limit')).toBeInTheDocument();
    expect(screen.getByText('Customer is on credit stop')).toBeInTheDocument();
    expect(screen.getByText(/Order received — to buy@heron.test — waiting to be sent/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Approve credit' }));
    const dialog = screen.getByRole('dialog', { name: /Approve credit: order SO-2026-00042/ });
    // A reason is required: nothing is sent without one.
    await user.click(within(dialog).getByRole('button', { name: 'Approve credit' }));
    expect(within(dialog).getByLabelText('Reason')).toHaveAttribute('aria-invalid', 'true');
    expect(ordo.inputsOf('credit.approve')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Reason'), 'Paid a deposit by phone');
    await user.click(within(dialog).getByRole('button', { name: 'Approve credit' }));
    await waitFor(() =>
      expect(ordo.inputsOf('credit.approve')).toEqual([{ orderId: 42, reason: 'Paid a deposit by phone' }]),
    );
    // The order reloads: confirmed, with the decision in its history.
    expect(await screen.findByText(/Approved/)).toBeInTheDocument();
    expect(screen.getByText(/Paid a deposit by phone/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Order SO-2026-00042/ })).toHaveTextContent('Confirmed');
    expect(screen.getByRole('button', { name: 'Create shipment' })).toBeInTheDocument();
  });

  it.each([['sales' as const], ['warehouse' as const]])(
    'a %s profile sees the hold but is not offered Approve or Refuse',
    async (role) => {
      installOrdo(editorRoutes({ 'orders.get': held, 'users.current': profile([role]) }));
      renderApp('#/orders/42');
      expect(await screen.findByText('On hold for credit approval')).toBeInTheDocument();
      expect(screen.getByText(/The owner or a bookkeeper decides/)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Approve credit' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Refuse credit' })).not.toBeInTheDocument();
    },
  );

  it('a bookkeeper may refuse, with a reason sent to credit.reject', async () => {
    const ordo = installOrdo(
      editorRoutes({
        'orders.get': held,
        'users.current': profile(['bookkeeper']),
        'credit.reject': { ...held, status: 'rejected' },
      }),
    );
    const { user } = renderApp('#/orders/42');
    await user.click(await screen.findByRole('button', { name: 'Refuse credit' }));
    const dialog = screen.getByRole('dialog', { name: /Refuse credit/ });
    await user.type(within(dialog).getByLabelText('Reason'), 'Two invoices unpaid');
    await user.click(within(dialog).getByRole('button', { name: 'Refuse credit' }));
    await waitFor(() =>
      expect(ordo.inputsOf('credit.reject')).toEqual([{ orderId: 42, reason: 'Two invoices unpaid' }]),
    );
  });

  it('the credit panel shows limit, the exposure breakdown, what is available and the payment record', async () => {
    const ordo = installOrdo(editorRoutes({ 'orders.get': order({ id: 42 }) }));
    renderApp('#/orders/42');
    const panel = await screen.findByRole('region', { name: 'Credit' });
    const valueOf = (term: string) => within(panel).getByText(term).nextElementSibling;
    await waitFor(() => expect(valueOf('Credit limit')).toHaveTextContent('€3,000.00'));
    expect(valueOf('Open invoices')).toHaveTextContent('€1,111.11');
    expect(valueOf('Confirmed, not shipped')).toHaveTextContent('€222.22');
    expect(valueOf('Shipped, not invoiced')).toHaveTextContent('€33.33');
    expect(valueOf('Unapplied credits')).toHaveTextContent('€4.44');
    expect(valueOf('Exposure')).toHaveTextContent('€1,362.22');
    expect(valueOf('Available')).toHaveTextContent('€1,637.78');
    expect(within(panel).getByText('No payment history yet')).toBeInTheDocument();
    expect(ordo.lastInputOf('credit.exposure')).toEqual({ customerId: 7 });
  });

  it('the panel says when a customer is on credit stop and has no limit', async () => {
    installOrdo(
      editorRoutes({
        'orders.get': order({ id: 42 }),
        'credit.exposure': exposure({ creditStop: true, creditLimit: null, available: null }),
      }),
    );
    renderApp('#/orders/42');
    const panel = await screen.findByRole('region', { name: 'Credit' });
    expect(await within(panel).findByText('Credit stop')).toBeInTheDocument();
    expect(within(panel).getAllByText('No limit')).toHaveLength(2);
  });

  it('converting a quote calls orders.convertQuote and opens the new order', async () => {
    const quote = order({ id: 50, kind: 'quote', status: 'quote', validUntil: '2026-04-30' });
    const created = order({ id: 51, quoteId: 50 });
    const ordo = installOrdo(
      editorRoutes({
        'orders.get': (input: InputOf<'orders.get'>) => (input.id === 50 ? quote : created),
        'orders.convertQuote': created,
      }),
    );
    const { user } = renderApp('#/orders/50');
    expect(await screen.findByRole('heading', { name: /Quote for Hungry Heron Café/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Valid until')).toHaveValue('2026-04-30');
    await user.click(screen.getByRole('button', { name: 'Convert to order' }));
    await waitFor(() => expect(ordo.inputsOf('orders.convertQuote')).toEqual([{ id: 50 }]));
    await waitFor(() => expect(window.location.hash).toBe('#/orders/51'));
    expect(
      await screen.findByRole('heading', { name: /Draft order for Hungry Heron Café/ }),
    ).toBeInTheDocument();
  });
});

describe('credit holds queue', () => {
  const queue = [
    {
      order: orderRow(42, { status: 'on_hold', total: 16605 }),
      reasons: ['Over the credit limit'],
      exposure: exposure({ exposure: 316605 }),
    },
    {
      order: orderRow(43, { status: 'on_hold', customerName: 'Liffey St Deli', customerId: 9, total: 5000 }),
      reasons: ['Customer is on credit stop'],
      exposure: exposure({ customerId: 9, creditStop: true, exposure: 5000, creditLimit: 100000 }),
    },
  ];

  it('lists held orders with reasons, exposure against the limit and amount; A approves the selected one', async () => {
    const ordo = installOrdo(
      editorRoutes({
        'orders.counts': { onHold: 2, toShip: 0, drafts: 0 },
        'credit.queue': queue,
        'credit.approve': order({ id: 43, status: 'confirmed' }),
      }),
    );
    const { user } = renderApp('#/orders/holds');
    const table = await screen.findByRole('table', { name: 'Orders on credit hold' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Over the credit limit')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('€3,166.05 of €3,000.00');
    expect(rows[0]).toHaveTextContent('€166.05');
    expect(within(rows[1]!).getByText('Customer is on credit stop')).toBeInTheDocument();
    // The tab and the main navigation both count what waits.
    expect(await screen.findByRole('link', { name: 'Credit holds 2' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await screen.findByRole('link', { name: 'Orders 2 on credit hold' })).toBeInTheDocument();

    await user.keyboard('jj');
    expect(rows[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('a');
    const dialog = screen.getByRole('dialog', {
      name: /Approve credit: order SO-2026-00043 for Liffey St Deli/,
    });
    await user.type(within(dialog).getByLabelText('Reason'), 'Known customer');
    await user.click(within(dialog).getByRole('button', { name: 'Approve credit' }));
    await waitFor(() =>
      expect(ordo.inputsOf('credit.approve')).toEqual([{ orderId: 43, reason: 'Known customer' }]),
    );
  });

  it('offers no decisions to a sales profile', async () => {
    installOrdo(editorRoutes({ 'credit.queue': queue, 'users.current': profile(['sales']) }));
    renderApp('#/orders/holds');
    await screen.findByRole('table', { name: 'Orders on credit hold' });
    expect(screen.queryByRole('button', { name: /Approve credit for/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(/Only the owner or a bookkeeper can approve or refuse credit/),
    ).toBeInTheDocument();
  });
});
