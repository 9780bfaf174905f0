import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Page, ShipmentRow } from '../../shared/contract';
import { installOrdo, renderApp } from './fakeOrdo';

const rows: ShipmentRow[] = [
  {
    id: 8,
    number: null,
    status: 'open',
    stage: 'to_pick',
    orderId: 3,
    orderNumber: 'SO-2026-00003',
    customerName: 'Hungry Heron Café',
    shipDate: null,
    carrier: '',
    trackingNumber: '',
    lineCount: 2,
  },
  {
    id: 5,
    number: 'SH-2026-00004',
    status: 'shipped',
    stage: 'shipped',
    orderId: 2,
    orderNumber: 'SO-2026-00002',
    customerName: 'Harrow & Finch',
    shipDate: '2026-03-01',
    carrier: 'DHL',
    trackingNumber: 'JD0146',
    lineCount: 1,
  },
];

describe('shipments list', () => {
  it('lists open shipments first and asks shipments.list for the stage of the chip pressed', async () => {
    const ordo = installOrdo({
      'shipments.list': (input): Page<ShipmentRow> => {
        const stage = input?.stage ?? 'open';
        const shown = rows.filter((r) =>
          stage === 'all' ? true : stage === 'open' ? r.status === 'open' : r.stage === stage,
        );
        return { rows: shown, total: shown.length };
      },
    });
    const { user } = renderApp('#/shipments');

    const table = await screen.findByRole('table', { name: 'Shipments' });
    expect(ordo.lastInputOf('shipments.list')).toMatchObject({ stage: 'open', search: '' });
    const first = within(table).getAllByRole('row')[1];
    expect(first).toHaveTextContent('—SO-2026-00003Hungry Heron CaféTo pick');
    expect(within(table).getByRole('link', { name: 'SO-2026-00003' })).toHaveAttribute('href', '#/orders/3');

    const stages = screen.getByRole('group', { name: 'Stage' });
    expect(within(stages).getByRole('button', { name: 'Open' })).toHaveAttribute('aria-pressed', 'true');
    for (const [label, stage] of [
      ['To pick', 'to_pick'],
      ['To ship', 'to_ship'],
      ['Shipped', 'shipped'],
      ['Delivered', 'delivered'],
      ['Cancelled', 'cancelled'],
      ['All', 'all'],
    ] as const) {
      await user.click(within(stages).getByRole('button', { name: label }));
      await waitFor(() => expect(ordo.lastInputOf('shipments.list')).toMatchObject({ stage, offset: 0 }));
    }
    expect(await screen.findByRole('cell', { name: 'SH-2026-00004' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /SH-2026-00004/ })).toHaveTextContent('DHL · JD0146');

    await user.click(within(stages).getByRole('button', { name: 'Delivered' }));
    expect(await screen.findByText(/No shipments match these filters/)).toBeInTheDocument();
  });

  it('moves with j/k and opens the selected shipment with Enter; searches by what was typed', async () => {
    const ordo = installOrdo({
      'shipments.list': { rows, total: 2 },
      'shipments.get': () => {
        throw { code: 'NOT_FOUND', message: 'That shipment does not exist', details: {} };
      },
    });
    const { user } = renderApp('#/shipments');
    await screen.findByRole('table', { name: 'Shipments' });

    await user.keyboard('jj');
    expect(screen.getByRole('row', { name: /SH-2026-00004/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('k{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/shipments/8'));

    window.location.hash = '#/shipments';
    await user.type(await screen.findByLabelText('Search by number, customer or tracking'), 'JD01');
    await waitFor(() => expect(ordo.lastInputOf('shipments.list')).toMatchObject({ search: 'JD01' }));
  });

  it('says when nothing waits to be picked or shipped, and starts a shipment from a confirmed order', async () => {
    const ordo = installOrdo({
      'shipments.list': { rows: [], total: 0 },
      'orders.list': {
        rows: [
          {
            id: 3,
            kind: 'order',
            number: 'SO-2026-00003',
            status: 'confirmed',
            customerId: 4,
            customerName: 'Hungry Heron Café',
            orderDate: '2026-03-01',
            customerReference: 'PO-991',
            currency: 'EUR',
            total: 12_000,
          },
        ],
        total: 1,
      },
      'shipments.createFromOrder': () => {
        throw {
          code: 'VALIDATION',
          message: 'Nothing remains to ship on this order',
          details: { fields: [{ path: 'orderId', message: 'Nothing remains to ship on this order' }] },
        };
      },
    });
    const { user } = renderApp('#/shipments');

    expect(await screen.findByText(/Nothing to pick or ship/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New shipment' }));
    const dialog = screen.getByRole('dialog', { name: 'New shipment' });
    expect(ordo.lastInputOf('orders.list')).toMatchObject({ status: ['confirmed', 'partially_shipped'] });
    await user.click(await within(dialog).findByRole('button', { name: /SO-2026-00003/ }));
    expect(ordo.lastInputOf('shipments.createFromOrder')).toEqual({ orderId: 3 });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Nothing remains to ship on this order',
    );
  });
});
