import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/contract';
import { todayIso } from '../../renderer/src/lib/today';
import { installOrdo, rejectWith, renderApp, type Routes } from './fakeOrdo';
import { invoice, invoiceLine, invoiceRoutes, invoiceSummary, postedInvoice } from './invoicesFixtures';
import { order } from './ordersFixtures';

/** Confirmed, nothing shipped: 135.00 net at the standard rate, 166.05 in total. */
const confirmed = order({ id: 42, number: 'SO-2026-00042', status: 'confirmed' });

const depositDraft = invoice({
  id: 62,
  orderId: 42,
  orderNumber: 'SO-2026-00042',
  isDeposit: true,
  pricesIncludeTax: true,
  lines: [
    invoiceLine({
      kind: 'text',
      productId: null,
      sku: null,
      description: 'Deposit for order SO-2026-00042',
      quantity: '1',
      unitPrice: '49.82',
    }),
  ],
});

function routes(patch: Routes = {}): Routes {
  return invoiceRoutes({
    'orders.get': confirmed,
    'invoices.list': { rows: [], total: 0, asOf: '2026-03-20' },
    'invoices.create': depositDraft,
    'invoices.get': depositDraft,
    ...patch,
  });
}

const actingAs = (roles: Role[]): Routes => ({
  'users.current': { id: 2, name: 'Someone Else', roles, hasPin: false, archived: false },
});

type User = ReturnType<typeof renderApp>['user'];

async function openDialog(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Create deposit invoice' }));
  return screen.getByRole('dialog', { name: 'Create deposit invoice' });
}

describe('deposit invoices', () => {
  it('bills a percentage of the order total at the order’s main rate and opens the draft', async () => {
    const ordo = installOrdo(routes());
    const { user } = renderApp('#/orders/42');
    const dialog = await openDialog(user);

    expect(dialog).toHaveTextContent('Order SO-2026-00042 totals €166.05.');
    expect(within(dialog).getByLabelText('Tax rate')).toHaveDisplayValue('Standard 23%');
    expect(within(dialog).getByLabelText('Description')).toHaveValue('Deposit for order SO-2026-00042');
    await user.click(within(dialog).getByLabelText('A percentage of the order total'));
    const percent = within(dialog).getByLabelText('Percentage of the order total');
    await user.type(percent, '30');
    // 30 % of 166.05 is 49.815: rounded half up to the cent.
    expect(percent).toHaveAccessibleDescription('€49.82 incl. tax');
    await user.click(within(dialog).getByRole('button', { name: 'Create deposit invoice' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('invoices.create')).toEqual({
        customerId: 7,
        orderId: 42,
        isDeposit: true,
        invoiceDate: todayIso(),
        pricesIncludeTax: true,
        lines: [
          {
            kind: 'text',
            description: 'Deposit for order SO-2026-00042',
            quantity: '1',
            unitPrice: '49.82',
            taxRateId: 1,
          },
        ],
      }),
    );
    await waitFor(() => expect(window.location.hash).toBe('#/invoices/62'));
    expect(
      await screen.findByRole('heading', { name: /Draft deposit invoice for Hungry Heron Café/ }),
    ).toBeInTheDocument();
  });

  it('an amount above the order total is refused; an amount without tax is sent as typed', async () => {
    const ordo = installOrdo(routes());
    const { user } = renderApp('#/orders/42');
    const dialog = await openDialog(user);
    const amount = within(dialog).getByLabelText('Amount incl. tax (EUR)');

    await user.type(amount, '200');
    await user.click(within(dialog).getByRole('button', { name: 'Create deposit invoice' }));
    expect(amount).toHaveAccessibleDescription('A deposit cannot be more than the order total');
    expect(ordo.inputsOf('invoices.create')).toHaveLength(0);

    await user.clear(amount);
    await user.type(amount, '50');
    await user.selectOptions(within(dialog).getByLabelText('Tax rate'), 'No tax');
    await user.click(within(dialog).getByRole('button', { name: 'Create deposit invoice' }));
    await waitFor(() =>
      expect(ordo.lastInputOf('invoices.create')?.lines).toEqual([
        {
          kind: 'text',
          description: 'Deposit for order SO-2026-00042',
          quantity: '1',
          unitPrice: '50.00',
          taxRateId: null,
        },
      ]),
    );
  });

  it('main’s error about the price is shown beside the amount', async () => {
    installOrdo(
      routes({
        'invoices.create': rejectWith('VALIDATION', 'Check the invoice', [
          { path: 'lines.0.unitPrice', message: 'Unit price is too large' },
        ]),
      }),
    );
    const { user } = renderApp('#/orders/42');
    const dialog = await openDialog(user);
    const amount = within(dialog).getByLabelText('Amount incl. tax (EUR)');
    await user.type(amount, '10');
    await user.click(within(dialog).getByRole('button', { name: 'Create deposit invoice' }));
    await waitFor(() => expect(amount).toHaveAccessibleDescription('Unit price is too large'));
    expect(window.location.hash).toBe('#/orders/42');
  });

  it('is offered to sales on a confirmed order, not on a draft, and not to the warehouse', async () => {
    installOrdo(routes(actingAs(['sales'])));
    const first = renderApp('#/orders/42');
    expect(await screen.findByRole('button', { name: 'Create deposit invoice' })).toBeInTheDocument();
    first.unmount();

    installOrdo(routes({ 'orders.get': order({ id: 42, status: 'draft' }) }));
    const second = renderApp('#/orders/42');
    expect(await screen.findByRole('button', { name: 'Confirm order' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create deposit invoice' })).not.toBeInTheDocument();
    second.unmount();

    installOrdo(routes(actingAs(['warehouse'])));
    renderApp('#/orders/42');
    expect(await screen.findByRole('button', { name: 'Create shipment' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create deposit invoice' })).not.toBeInTheDocument();
  });

  it('the list labels deposit invoices', async () => {
    installOrdo(
      routes({
        'invoices.list': {
          rows: [invoiceSummary(59, { isDeposit: true }), invoiceSummary(61)],
          total: 2,
          asOf: '2026-03-20',
        },
      }),
    );
    renderApp('#/invoices');
    const table = await screen.findByRole('table', { name: 'Invoices' });
    const [, deposit, plain] = within(table).getAllByRole('row');
    expect(within(deposit!).getAllByRole('cell')[0]).toHaveTextContent('INV-2026-00059 Deposit');
    expect(plain).not.toHaveTextContent('Deposit');
  });

  it('the final invoice reads a deducted deposit as “Less:”, linked, with its amount only', async () => {
    installOrdo(
      routes({
        'invoices.get': postedInvoice({
          lines: [
            invoiceLine(),
            invoiceLine({
              id: 803,
              position: 2,
              kind: 'deposit',
              productId: null,
              sku: null,
              depositInvoiceId: 59,
              description: 'Deposit invoiced on INV-2026-00059',
              quantity: '1',
              unitPrice: '40',
              net: -4000,
              tax: -920,
              gross: -4920,
            }),
          ],
        }),
      }),
    );
    renderApp('#/invoices/61');
    const lines = await screen.findByRole('table', { name: 'Invoice lines' });
    const deduction = within(lines).getByRole('link', { name: 'Deposit invoiced on INV-2026-00059' });
    expect(deduction).toHaveAttribute('href', '#/invoices/59');
    const row = deduction.closest('tr');
    expect(row).not.toBeNull();
    expect(
      within(row!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Less: Deposit invoiced on INV-2026-00059', '', '', '', '23 %', '-€40.00']);
  });
});
