import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installOrdo, renderApp } from './fakeOrdo';
import { invoice, invoiceLine, invoiceRoutes, invoiceSummary } from './invoicesFixtures';
import { line, order } from './ordersFixtures';

const shipped = order({
  id: 42,
  number: 'SO-2026-00042',
  status: 'shipped',
  lines: [line({ shipped: '3', remaining: '0', toInvoice: '3' })],
});

describe('invoicing an order', () => {
  it('Create invoice makes a draft from the order and opens it; the order lists its invoices', async () => {
    const draft = invoice({
      id: 60,
      orderId: 42,
      orderNumber: 'SO-2026-00042',
      lines: [invoiceLine({ orderLineId: 501 })],
    });
    const ordo = installOrdo(
      invoiceRoutes({
        'orders.get': shipped,
        'invoices.list': (input) =>
          input?.orderId === 42
            ? {
                rows: [invoiceSummary(59, { isDeposit: true, status: 'paid', total: 5000, open: 0 })],
                total: 1,
                asOf: '2026-03-20',
              }
            : { rows: [], total: 0, asOf: '2026-03-20' },
        'invoices.createFromOrder': draft,
        'invoices.get': draft,
      }),
    );
    const { user } = renderApp('#/orders/42');

    const invoices = await screen.findByRole('region', { name: 'Invoices' });
    const deposit = within(invoices).getByRole('link', { name: 'Deposit invoice INV-2026-00059' });
    expect(deposit).toHaveAttribute('href', '#/invoices/59');
    expect(within(invoices).getByText('Paid')).toHaveClass('chip-done');
    expect(ordo.lastInputOf('invoices.list')).toMatchObject({ orderId: 42 });

    await user.click(screen.getByRole('button', { name: 'Create invoice' }));
    await waitFor(() => expect(ordo.inputsOf('invoices.createFromOrder')).toEqual([{ orderId: 42 }]));
    await waitFor(() => expect(window.location.hash).toBe('#/invoices/60'));
    expect(await screen.findByText(/Bills what was delivered of order/)).toHaveTextContent(
      'Bills what was delivered of order SO-2026-00042.',
    );
    // Billed from the order: the customer and the line's product stay.
    expect(screen.getByRole('combobox', { name: 'Customer' })).toHaveAttribute('readonly');
    expect(screen.getByRole('combobox', { name: 'Product, line 1' })).toHaveAttribute('readonly');
  });

  it('an order with nothing left to bill (per main) offers no invoice', async () => {
    installOrdo(
      invoiceRoutes({
        'orders.get': order({ id: 42, number: 'SO-2026-00042', status: 'confirmed' }),
        'invoices.list': { rows: [], total: 0, asOf: '2026-03-20' },
      }),
    );
    renderApp('#/orders/42');
    expect(await screen.findByRole('button', { name: 'Create shipment' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create invoice' })).not.toBeInTheDocument();
  });

  it('a fee line on a confirmed order can be billed before anything ships', async () => {
    installOrdo(
      invoiceRoutes({
        'orders.get': order({
          id: 42,
          number: 'SO-2026-00042',
          status: 'confirmed',
          lines: [
            line(),
            line({
              id: 502,
              kind: 'fee',
              productId: null,
              sku: null,
              description: 'Setup',
              feeKind: 'other',
              toInvoice: '1',
            }),
          ],
        }),
        'invoices.list': { rows: [], total: 0, asOf: '2026-03-20' },
      }),
    );
    renderApp('#/orders/42');
    expect(await screen.findByRole('button', { name: 'Create invoice' })).toBeInTheDocument();
  });
});
