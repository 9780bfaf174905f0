import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Product, StockLevel, StockMovement } from '../../shared/contract';
import { todayIso } from '../../renderer/src/lib/today';
import { installOrdo, rejection, renderApp } from './fakeOrdo';

function level(patch: Partial<StockLevel>): StockLevel {
  return {
    productId: 101,
    sku: 'BEAN-1',
    name: 'Beans 1 kg',
    unit: 'kg',
    isStockTracked: true,
    allowNegativeStock: false,
    onHand: '10',
    reserved: '4',
    available: '6',
    ...patch,
  };
}

const levels = [
  level({}),
  level({
    productId: 102,
    sku: 'MUG-1',
    name: 'Mug',
    unit: 'pcs',
    onHand: '2',
    reserved: '5',
    available: '-3',
  }),
];

const beansProduct: Product = {
  id: 101,
  sku: 'BEAN-1',
  name: 'Beans 1 kg',
  description: '',
  unit: 'kg',
  price: '18.5',
  taxRateId: null,
  barcode: '',
  isStockTracked: true,
  allowNegativeStock: false,
  archived: false,
  createdAt: '',
  updatedAt: '',
};

const movements: StockMovement[] = [
  {
    id: 3,
    date: '2026-03-03',
    kind: 'shipment',
    quantity: '-2',
    balance: '10',
    reason: 'Shipment SH-2026-00001',
    shipmentId: 9,
    shipmentNumber: 'SH-2026-00001',
    createdBy: 'Wes Warehouse',
    createdAt: '2026-03-03T10:00:00.000Z',
  },
  {
    id: 2,
    date: '2026-03-02',
    kind: 'count',
    quantity: '-0.5',
    balance: '12',
    reason: 'Stock count',
    shipmentId: null,
    shipmentNumber: null,
    createdBy: 'Olivia Owner',
    createdAt: '2026-03-02T10:00:00.000Z',
  },
  {
    id: 1,
    date: '2026-03-01',
    kind: 'receipt',
    quantity: '12.5',
    balance: '12.5',
    reason: 'Goods received',
    shipmentId: null,
    shipmentNumber: null,
    createdBy: 'Olivia Owner',
    createdAt: '2026-03-01T10:00:00.000Z',
  },
];

describe('stock list', () => {
  it('shows on hand, reserved and available per product, a shortfall in red, and filters', async () => {
    const ordo = installOrdo({ 'stock.levels': { rows: levels, total: 2 } });
    const { user } = renderApp('#/stock');

    const table = await screen.findByRole('table', { name: 'Products' });
    const [, beans, mug] = within(table).getAllByRole('row');
    expect(beans).toHaveTextContent('BEAN-1Beans 1 kgkg1046');
    expect(mug).toHaveTextContent('MUG-1Mugpcs25-3');
    expect(within(mug!).getByText('-3')).toHaveClass('negative');
    expect(within(beans!).getByText('6')).not.toHaveClass('negative');

    const show = screen.getByRole('group', { name: 'Show' });
    for (const [label, filter] of [
      ['In stock', 'available'],
      ['Short', 'short'],
      ['Negative', 'negative'],
    ] as const) {
      await user.click(within(show).getByRole('button', { name: label }));
      await waitFor(() => expect(ordo.lastInputOf('stock.levels')).toMatchObject({ filter }));
    }

    // The keys work for the list once focus has left the chip just pressed (Enter would press it again).
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('jj{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/stock/102'));
  });
});

describe('stock of one product', () => {
  function install(extra: Parameters<typeof installOrdo>[0] = {}) {
    return installOrdo({
      'products.get': beansProduct,
      'stock.levels': { rows: [levels[0]!], total: 1 },
      'stock.movements': { rows: movements, total: 3 },
      ...extra,
    });
  }

  it('shows the levels and the movement log in plain words', async () => {
    const ordo = install();
    renderApp('#/stock/101');

    expect(await screen.findByRole('heading', { name: /Beans 1 kg/ })).toBeInTheDocument();
    const levelsList = screen.getByLabelText('Stock levels');
    expect(levelsList).toHaveTextContent('On hand10 kgReserved for orders4 kgAvailable6 kg');
    expect(ordo.lastInputOf('stock.levels')).toMatchObject({ productIds: [101] });

    const log = screen.getByRole('table', { name: 'Stock movements of Beans 1 kg' });
    const rows = within(log).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(
      'Mar 3, 2026Shipped SH-2026-00001-210Shipment SH-2026-00001Wes Warehouse',
    );
    expect(within(rows[0]!).getByRole('link', { name: 'SH-2026-00001' })).toHaveAttribute(
      'href',
      '#/shipments/9',
    );
    expect(rows[1]).toHaveTextContent('Counted-0.512');
    expect(rows[2]).toHaveTextContent('Received+12.512.5Goods received');
  });

  it('receives stock through stock.adjust with kind receipt', async () => {
    const ordo = install({ 'stock.adjust': () => level({ onHand: '15', available: '11' }) });
    const { user } = renderApp('#/stock/101');

    await user.click(await screen.findByRole('button', { name: 'Receive stock' }));
    const dialog = screen.getByRole('dialog', { name: 'Receive stock: Beans 1 kg' });
    expect(within(dialog).getByRole('radio', { name: 'Goods received' })).toBeChecked();
    const quantity = within(dialog).getByLabelText('Quantity received (kg)');
    expect(quantity).toHaveFocus();
    await user.type(quantity, '5');
    await user.type(within(dialog).getByLabelText('Note (optional)'), 'Delivery note 4471');
    await user.click(within(dialog).getByRole('button', { name: 'Receive' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(ordo.lastInputOf('stock.adjust')).toEqual({
      productId: 101,
      kind: 'receipt',
      quantity: '5',
      date: todayIso(),
      reason: 'Delivery note 4471',
    });
    expect(screen.getByText('Stock received: 15 kg on hand')).toBeInTheDocument();
  });

  it('shows the contract’s error beside Reason for an adjustment without one', async () => {
    const ordo = install({
      'stock.adjust': (input) => {
        if (input.kind === 'adjustment' && !input.reason) {
          throw rejection('VALIDATION', 'Check the stock change', [
            { path: 'reason', message: 'Say why the stock is adjusted' },
          ]);
        }
        return level({});
      },
    });
    const { user } = renderApp('#/stock/101');

    await user.click(await screen.findByRole('button', { name: 'Adjust' }));
    const dialog = screen.getByRole('dialog', { name: 'Adjust stock: Beans 1 kg' });
    await user.type(within(dialog).getByLabelText('Change (kg)'), '-2');
    await user.click(within(dialog).getByRole('button', { name: 'Adjust' }));

    const reason = within(dialog).getByLabelText('Reason');
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(reason).toHaveAccessibleDescription('Say why the stock is adjusted');
    expect(reason).toHaveFocus();
    expect(ordo.lastInputOf('stock.adjust')).toMatchObject({
      kind: 'adjustment',
      quantity: '-2',
      reason: '',
    });
  });

  it('puts “not enough stock” beside the quantity, and a count shows the change it will book', async () => {
    const ordo = install({
      'stock.adjust': () => {
        throw {
          code: 'INSUFFICIENT_STOCK',
          message: 'Beans 1 kg has 10 kg on hand; this would make it negative',
          details: { fields: [{ path: 'quantity', message: 'Stock cannot go below zero for this product' }] },
        };
      },
    });
    const { user } = renderApp('#/stock/101');

    await user.click(await screen.findByRole('button', { name: 'Count' }));
    const dialog = screen.getByRole('dialog', { name: 'Count stock: Beans 1 kg' });
    await user.type(within(dialog).getByLabelText('Counted quantity (kg)'), '7.5');
    expect(within(dialog).getByText('On hand now: 10 kg. This count books -2.5 kg.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: 'Adjustment' }));
    const change = within(dialog).getByLabelText('Change (kg)');
    await user.clear(change);
    await user.type(change, '-12');
    await user.type(within(dialog).getByLabelText('Reason'), 'Broken bags');
    await user.click(within(dialog).getByRole('button', { name: 'Adjust' }));

    await waitFor(() => expect(change).toHaveAttribute('aria-invalid', 'true'));
    expect(change).toHaveAccessibleDescription(
      expect.stringContaining('Stock cannot go below zero for this product'),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Beans 1 kg has 10 kg on hand; this would make it negative',
    );
    expect(ordo.lastInputOf('stock.adjust')).toMatchObject({ kind: 'adjustment', quantity: '-12' });
  });
});
