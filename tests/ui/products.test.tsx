import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProductRow, TaxRate } from '../../shared/contract';
import { companySettings, installOrdo, rejectWith, renderApp } from './fakeOrdo';

const taxRates: TaxRate[] = [
  { id: 1, name: 'Standard', ratePercent: '19', category: 'standard', accountId: 40, archived: false },
  { id: 2, name: 'Reduced', ratePercent: '7', category: 'reduced', accountId: 41, archived: false },
];

const rows: ProductRow[] = [
  {
    id: 3,
    sku: 'BK-001',
    name: 'Bike bell',
    unit: 'pcs',
    price: '12.5',
    taxRateId: 1,
    taxRateName: 'Standard',
    barcode: '4006381333931',
    isStockTracked: true,
    archived: false,
  },
];

describe('products', () => {
  it('lists products with prices in the base currency and filters by tax rate', async () => {
    const ordo = installOrdo({
      'settings.get': companySettings({ locale: 'de-DE' }),
      'taxRates.list': taxRates,
      'products.list': { rows, total: 1 },
    });
    const { user } = renderApp('#/products');

    const table = await screen.findByRole('table', { name: 'Products' });
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getByText('12,50 €')).toBeInTheDocument();
    expect(within(first).getByText('Standard')).toBeInTheDocument();
    expect(within(first).getByText('Yes')).toBeInTheDocument();

    await screen.findByRole('option', { name: 'Reduced' });
    await user.selectOptions(screen.getByLabelText('Tax rate'), 'Reduced');
    await waitFor(() => expect(ordo.lastInputOf('products.list')).toMatchObject({ taxRateId: 2, offset: 0 }));
  });

  it('the editor sends the price as decimal text read in the company locale', async () => {
    const ordo = installOrdo({
      'settings.get': companySettings({ locale: 'de-DE' }),
      'taxRates.list': taxRates,
      'products.create': (input) => ({
        ...rows[0]!,
        ...input,
        description: '',
        unit: 'pcs',
        barcode: '',
        isStockTracked: true,
        allowNegativeStock: false,
        taxRateId: null,
        createdAt: '',
        updatedAt: '',
      }),
      'products.list': { rows, total: 1 },
    });
    const { user } = renderApp('#/products/new');

    await user.type(await screen.findByLabelText('SKU'), 'BK-002');
    await user.type(screen.getByLabelText('Name'), 'Bike lamp');
    await user.type(screen.getByLabelText('Price'), '1.234,50');
    await screen.findByRole('option', { name: 'Reduced (7 %)' });
    await user.selectOptions(screen.getByLabelText('Tax rate'), 'Reduced (7 %)');
    await user.click(screen.getByLabelText('Track stock'));
    await user.click(screen.getByRole('button', { name: 'Save product' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('products.create')).toEqual({
        sku: 'BK-002',
        name: 'Bike lamp',
        description: '',
        unit: 'pcs',
        price: '1234.5',
        taxRateId: 2,
        barcode: '',
        isStockTracked: false,
        allowNegativeStock: false,
      }),
    );
    expect(await screen.findByText('Product saved')).toBeInTheDocument();
  });

  it('shows a saved price with the currency’s decimals and keeps “allow negative stock” when saving', async () => {
    const ordo = installOrdo({
      'taxRates.list': [{ ...taxRates[0]!, name: 'Standard 19%' }],
      'products.get': {
        id: 3,
        sku: 'BK-001',
        name: 'Bike bell',
        description: '',
        unit: 'pcs',
        price: '12.5',
        taxRateId: 1,
        barcode: '',
        isStockTracked: true,
        allowNegativeStock: true,
        archived: false,
        createdAt: '',
        updatedAt: '',
      },
      'products.update': rejectWith('CONFLICT', 'Stop here'),
    });
    const { user } = renderApp('#/products/3');

    expect(await screen.findByLabelText('Price')).toHaveValue('12.50');
    // The rate is in the name already: not "Standard 19% (19 %)".
    expect(await screen.findByRole('option', { name: 'Standard 19%' })).toBeInTheDocument();
    expect(screen.getByLabelText('Allow shipping more than is on hand')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save product' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('products.update')).toEqual({
        id: 3,
        product: {
          sku: 'BK-001',
          name: 'Bike bell',
          description: '',
          unit: 'pcs',
          price: '12.5',
          taxRateId: 1,
          barcode: '',
          isStockTracked: true,
          allowNegativeStock: true,
        },
      }),
    );
  });

  it('shows a SKU error from main beside the SKU field', async () => {
    installOrdo({
      'products.create': rejectWith('CONFLICT', 'SKU BK-001 is already used by “Bike bell”'),
    });
    const { user } = renderApp('#/products/new');

    await user.type(await screen.findByLabelText('SKU'), 'BK-001');
    await user.type(screen.getByLabelText('Name'), 'Bell');
    await user.type(screen.getByLabelText('Price'), '3');
    await user.click(screen.getByRole('button', { name: 'Save product' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('SKU BK-001 is already used by “Bike bell”');
    expect(window.location.hash).toBe('#/products/new');
  });
});
