// Products through the contract (unique SKU and barcode, live tax rates, exact prices, search) and the global search.
import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { expectError, makeCompany, type TestServices } from '../helpers/services';

let s: TestServices;
afterEach(() => s?.dispose());

describe('products', () => {
  it('normalise the price to one exact decimal spelling and round-trip every field', async () => {
    s = await makeCompany();
    const rate = await s.call('taxRates.create', {
      name: 'Standard',
      ratePercent: '20',
      category: 'standard',
    });
    const prices: [string, string][] = [
      ['12.50', '12.5'],
      ['0012.500000', '12.5'],
      ['0', '0'],
      ['0.000001', '0.000001'],
      ['999999999.999999', '999999999.999999'],
      [' 7 ', '7'],
    ];
    for (const [i, [price, stored]] of prices.entries()) {
      const p = await s.call('products.create', { sku: `P-${i}`, name: `Product ${i}`, price });
      expect(p.price, price).toBe(stored);
    }
    const full = await s.call('products.create', {
      sku: ' BOLT-M8 ',
      name: 'Hex bolt M8 × 40',
      description: 'Zinc plated, DIN 933',
      unit: 'box',
      price: '4.9900',
      taxRateId: rate.id,
      barcode: '4006381333931',
      isStockTracked: false,
      allowNegativeStock: true,
    });
    expect(full).toEqual({
      id: full.id,
      sku: 'BOLT-M8',
      name: 'Hex bolt M8 × 40',
      description: 'Zinc plated, DIN 933',
      unit: 'box',
      price: '4.99',
      taxRateId: rate.id,
      barcode: '4006381333931',
      isStockTracked: false,
      allowNegativeStock: true,
      archived: false,
      createdAt: '2026-03-15T10:00:00.000Z',
      updatedAt: '2026-03-15T10:00:00.000Z',
    });
    expect(await s.call('products.get', { id: full.id })).toEqual(full);
    const byPrice = await s.call('products.list', { sort: 'price', dir: 'desc', limit: 3 });
    expect(byPrice.rows.map((r) => r.price)).toEqual(['999999999.999999', '12.5', '12.5']);
    expect(byPrice.total).toBe(7);
  });

  it('refuse a SKU already used, whatever its case (CONFLICT on sku), and a used barcode', async () => {
    s = await makeCompany();
    const first = await s.call('products.create', {
      sku: 'ABC-1',
      name: 'First',
      price: '1',
      barcode: '5901234123457',
    });
    const second = await s.call('products.create', { sku: 'XYZ-9', name: 'Second', price: '1' });
    const sku = await expectError(s.call('products.create', { sku: 'abc-1', name: 'Clash', price: '1' }));
    expect([sku.code, sku.details.fields?.map((f) => f.path)]).toEqual(['CONFLICT', ['sku']]);
    const code = await expectError(
      s.call('products.create', { sku: 'NEW-1', name: 'Clash', price: '1', barcode: '5901234123457' }),
    );
    expect([code.code, code.details.fields?.map((f) => f.path)]).toEqual(['CONFLICT', ['barcode']]);
    const onUpdate = await expectError(
      s.call('products.update', { id: second.id, product: { sku: 'Abc-1', name: 'Second', price: '1' } }),
    );
    expect([onUpdate.code, onUpdate.details.fields?.map((f) => f.path)]).toEqual([
      'CONFLICT',
      ['product.sku'],
    ]);
    // a product keeps its own SKU and barcode on update, and may change their case
    const renamed = await s.call('products.update', {
      id: first.id,
      product: { sku: 'abc-1', name: 'First!', price: '2', barcode: '5901234123457' },
    });
    expect([renamed.sku, renamed.name, renamed.price]).toEqual(['abc-1', 'First!', '2']);
    // empty barcodes never clash
    await s.call('products.create', { sku: 'NB-1', name: 'No barcode 1', price: '1' });
    await s.call('products.create', { sku: 'NB-2', name: 'No barcode 2', price: '1' });
    expect((await s.call('products.list', {})).total).toBe(4);
    const unknown = await expectError(
      s.call('products.update', { id: 999_999, product: { sku: 'Q', name: 'Q', price: '1' } }),
    );
    expect([unknown.code, unknown.details.fields?.map((f) => f.path)]).toEqual(['NOT_FOUND', ['id']]);
  });

  it('refuse an archived or unknown tax rate', async () => {
    s = await makeCompany();
    const rate = await s.call('taxRates.create', {
      name: 'Old rate',
      ratePercent: '16',
      category: 'standard',
    });
    await s.call('taxRates.archive', { id: rate.id });
    const archived = await expectError(
      s.call('products.create', { sku: 'T-1', name: 'Taxed', price: '1', taxRateId: rate.id }),
    );
    expect([archived.code, archived.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['taxRateId'],
    ]);
    const unknown = await expectError(
      s.call('products.create', { sku: 'T-1', name: 'Taxed', price: '1', taxRateId: 999_999 }),
    );
    expect([unknown.code, unknown.details.fields?.map((f) => f.path)]).toEqual(['NOT_FOUND', ['taxRateId']]);
    expect((await s.call('products.list', { status: 'all' })).total).toBe(0);
  });

  it('are found by SKU, barcode and name; filtered by tax rate, tracking and status', async () => {
    s = await makeCompany();
    const rate = await s.call('taxRates.create', {
      name: 'Standard',
      ratePercent: '20',
      category: 'standard',
    });
    const bolt = await s.call('products.create', {
      sku: 'BOLT-M8',
      name: 'Hex bolt',
      price: '0.35',
      taxRateId: rate.id,
      barcode: '4006381333931',
    });
    const nut = await s.call('products.create', {
      sku: 'NUT-M8',
      name: 'Hex nut',
      price: '0.10',
      barcode: '5901234123457',
      isStockTracked: false,
    });
    const wash = await s.call('products.create', { sku: 'WSH-8', name: 'Washer (boltsafe)', price: '0.02' });
    const skus = async (q: InputOf<'products.list'>) =>
      (await s.call('products.list', q)).rows.map((r) => r.sku);
    expect(await skus({ search: 'bolt' })).toEqual(['BOLT-M8', 'WSH-8']);
    expect(await skus({ search: 'nut-m' })).toEqual(['NUT-M8']);
    expect(await skus({ search: '333931' })).toEqual(['BOLT-M8']);
    expect(await skus({ search: 'hex' })).toEqual(['BOLT-M8', 'NUT-M8']);
    expect(await skus({ search: 'WS' })).toEqual(['WSH-8']);
    expect(await skus({ search: '59' })).toEqual(['NUT-M8']);
    expect(await skus({ taxRateId: rate.id })).toEqual(['BOLT-M8']);
    expect(await skus({ stockTracked: false })).toEqual(['NUT-M8']);
    const listed = (await s.call('products.list', { search: 'BOLT-M8' })).rows[0];
    expect(listed).toEqual({
      id: bolt.id,
      sku: 'BOLT-M8',
      name: 'Hex bolt',
      unit: 'pcs',
      price: '0.35',
      taxRateId: rate.id,
      taxRateName: 'Standard',
      barcode: '4006381333931',
      isStockTracked: true,
      archived: false,
    });
    await s.call('products.archive', { id: wash.id });
    expect(await skus({ search: 'bolt' })).toEqual(['BOLT-M8']);
    expect(await skus({ status: 'archived' })).toEqual(['WSH-8']);
    expect(await skus({ status: 'all', sort: 'sku', dir: 'desc' })).toEqual(['WSH-8', 'NUT-M8', 'BOLT-M8']);
    expect(nut.isStockTracked).toBe(false);
  });
});

describe('search.global', () => {
  it('finds a product by its exact barcode or SKU first, and customers by name', async () => {
    s = await makeCompany();
    const widget = await s.call('products.create', {
      sku: 'W-100',
      name: 'Widget',
      price: '5',
      barcode: '0012345678905',
    });
    await s.call('products.create', { sku: 'G-200', name: 'Gadget for 0012345678905 fans', price: '5' });
    const acme = await s.call('customers.create', {
      name: 'Acme Widgets Ltd',
      currency: 'EUR',
      email: 'ap@acme.example',
    });
    const other = await s.call('customers.create', { name: 'Widgetry Partners', currency: 'EUR' });

    const byBarcode = await s.call('search.global', { query: '0012345678905' });
    expect(byBarcode[0]).toEqual({
      kind: 'product',
      id: widget.id,
      title: 'Widget',
      subtitle: 'W-100 · 0012345678905',
    });
    expect(byBarcode.filter((h) => h.kind === 'product' && h.id === widget.id)).toHaveLength(1);

    expect((await s.call('search.global', { query: 'w-100' }))[0]).toMatchObject({
      kind: 'product',
      id: widget.id,
    });
    const byName = await s.call('search.global', { query: 'acme' });
    expect(byName).toEqual([
      { kind: 'customer', id: acme.id, title: 'Acme Widgets Ltd', subtitle: 'C00001 · ap@acme.example' },
    ]);
    const mixed = await s.call('search.global', { query: 'widget' });
    expect(mixed.map((h) => [h.kind, h.title])).toEqual([
      ['customer', 'Acme Widgets Ltd'],
      ['customer', 'Widgetry Partners'],
      ['product', 'Widget'],
    ]);
    expect((await s.call('search.global', { query: 'widget', limit: 2 })).map((h) => h.id)).toEqual([
      acme.id,
      other.id,
    ]);
    expect(await s.call('search.global', { query: 'nothing like it' })).toEqual([]);
  });
});

describe('a product whose tax rate was archived', () => {
  it('can still be edited; the archived rate cannot be chosen for another product', async () => {
    s = await makeCompany();
    const rate = await s.call('taxRates.create', {
      name: 'Old 16%',
      ratePercent: '16',
      category: 'standard',
    });
    const product = await s.call('products.create', {
      sku: 'OLD-1',
      name: 'Old thing',
      price: '5',
      taxRateId: rate.id,
    });
    await s.call('taxRates.archive', { id: rate.id });
    const renamed = await s.call('products.update', {
      id: product.id,
      product: { sku: 'OLD-1', name: 'Old thing, renamed', price: '5', taxRateId: rate.id },
    });
    expect([renamed.name, renamed.taxRateId]).toEqual(['Old thing, renamed', rate.id]);
    const error = await expectError(
      s.call('products.create', { sku: 'NEW-1', name: 'New thing', price: '5', taxRateId: rate.id }),
    );
    expect([error.code, error.details.fields?.[0]?.path]).toEqual(['VALIDATION', 'taxRateId']);
  });
});
