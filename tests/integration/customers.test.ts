// Customers through the contract: the full record round-trips; search, filters, sort, paging and archive.
import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerInput, InputOf } from '../../shared/contract';
import { expectError, makeCompany, type TestServices } from '../helpers/services';

let s: TestServices;
afterEach(() => s?.dispose());

const billing = {
  line1: 'Hauptstraße 5',
  line2: '3. OG',
  postalCode: '10115',
  city: 'Berlin',
  region: 'Berlin',
  country: 'DE',
};
const shipping = {
  line1: 'Lagerweg 9',
  line2: '',
  postalCode: '14469',
  city: 'Potsdam',
  region: 'Brandenburg',
  country: 'DE',
};

describe('the customer record', () => {
  it('round-trips every field, contacts included', async () => {
    s = await makeCompany();
    const terms = (await s.call('paymentTerms.list', {})).find((t) => t.name === 'Net 14')!;
    const input = {
      name: '  Müller Maschinenbau GmbH ',
      email: 'Einkauf@Mueller.example',
      phone: '+49 30 1234567',
      website: 'https://mueller.example',
      taxId: 'DE123456789',
      currency: 'eur',
      paymentTermsId: terms.id,
      creditLimit: 2_500_000,
      creditStop: true,
      overdueToleranceDays: 14,
      language: 'de',
      segment: 'Industry',
      tags: ['machines', 'key-account', 'machines'],
      notes: 'Ring at gate 2.\nNo deliveries on Fridays.',
      billingAddress: { ...billing, country: 'de' },
      shippingSameAsBilling: false,
      shippingAddress: shipping,
      contacts: [
        {
          name: 'Jana Müller',
          email: 'jana@mueller.example',
          phone: '+49 170 1',
          role: 'Purchasing',
          isPrimary: true,
        },
        { name: 'Tom Schmidt', role: 'Accounts payable' },
      ],
    } satisfies CustomerInput;
    const created = await s.call('customers.create', input);
    expect(created).toEqual({
      id: 1,
      number: 'C00001',
      name: 'Müller Maschinenbau GmbH',
      email: 'Einkauf@Mueller.example',
      phone: '+49 30 1234567',
      website: 'https://mueller.example',
      taxId: 'DE123456789',
      currency: 'EUR',
      paymentTermsId: terms.id,
      creditLimit: 2_500_000,
      creditStop: true,
      overdueToleranceDays: 14,
      language: 'de',
      segment: 'Industry',
      tags: ['machines', 'key-account'],
      notes: 'Ring at gate 2.\nNo deliveries on Fridays.',
      billingAddress: billing,
      shippingSameAsBilling: false,
      shippingAddress: shipping,
      contacts: [
        {
          id: expect.any(Number) as number,
          name: 'Jana Müller',
          email: 'jana@mueller.example',
          phone: '+49 170 1',
          role: 'Purchasing',
          isPrimary: true,
        },
        {
          id: expect.any(Number) as number,
          name: 'Tom Schmidt',
          email: '',
          phone: '',
          role: 'Accounts payable',
          isPrimary: false,
        },
      ],
      archived: false,
      createdAt: '2026-03-15T10:00:00.000Z',
      updatedAt: '2026-03-15T10:00:00.000Z',
    });
    expect(await s.call('customers.get', { id: created.id })).toEqual(created);

    s.clock.set('2026-03-20T12:00:00Z');
    const updated = await s.call('customers.update', {
      id: created.id,
      customer: {
        ...input,
        name: 'Müller Maschinenbau AG',
        creditLimit: null,
        paymentTermsId: null,
        shippingSameAsBilling: true,
        contacts: [{ name: 'Tom Schmidt', role: 'CFO', isPrimary: true }],
      },
    });
    expect(updated).toMatchObject({
      id: created.id,
      number: 'C00001',
      name: 'Müller Maschinenbau AG',
      creditLimit: null,
      paymentTermsId: null,
      shippingSameAsBilling: true,
      shippingAddress: billing,
      createdAt: '2026-03-15T10:00:00.000Z',
      updatedAt: '2026-03-20T12:00:00.000Z',
    });
    expect(updated.contacts.map((c) => [c.name, c.role, c.isPrimary])).toEqual([
      ['Tom Schmidt', 'CFO', true],
    ]);
    expect(await s.call('customers.get', { id: created.id })).toEqual(updated);
  });

  it('copies the billing address to shipping when they are the same', async () => {
    s = await makeCompany();
    const c = await s.call('customers.create', {
      name: 'Same Place',
      currency: 'EUR',
      billingAddress: billing,
      shippingAddress: shipping,
    });
    expect([c.shippingSameAsBilling, c.shippingAddress]).toEqual([true, billing]);
    const defaults = await s.call('customers.create', { name: 'Bare', currency: 'usd' });
    expect(defaults).toMatchObject({
      number: 'C00002',
      currency: 'USD',
      language: 'en',
      tags: [],
      contacts: [],
      creditLimit: null,
      paymentTermsId: null,
    });
  });

  it('reports update errors beside the nested field (customer.…), an unknown id beside id', async () => {
    s = await makeCompany();
    const c = await s.call('customers.create', { name: 'Prefix Ltd', currency: 'EUR' });
    const unknownTerms = await expectError(
      s.call('customers.update', {
        id: c.id,
        customer: { name: 'Prefix Ltd', currency: 'EUR', paymentTermsId: 999_999 },
      }),
    );
    expect([unknownTerms.code, unknownTerms.details.fields?.map((f) => f.path)]).toEqual([
      'NOT_FOUND',
      ['customer.paymentTermsId'],
    ]);
    const badEmail = await expectError(
      s.call('customers.update', {
        id: c.id,
        customer: { name: 'Prefix Ltd', currency: 'EUR', email: 'nope' },
      }),
    );
    expect([badEmail.code, badEmail.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['customer.email'],
    ]);
    const badContact = await expectError(
      s.call('customers.update', {
        id: c.id,
        customer: { name: 'Prefix Ltd', currency: 'EUR', contacts: [{ name: 'A', email: 'x@' }] },
      }),
    );
    expect(badContact.details.fields?.map((f) => f.path)).toEqual(['customer.contacts.0.email']);
    const unknownId = await expectError(
      s.call('customers.update', { id: 999_999, customer: { name: 'X', currency: 'EUR' } }),
    );
    expect([unknownId.code, unknownId.details.fields?.map((f) => f.path)]).toEqual(['NOT_FOUND', ['id']]);
    const terms = (await s.call('paymentTerms.list', {})).find((t) => t.name === 'Net 14')!;
    await s.call('paymentTerms.archive', { id: terms.id });
    const archivedTerms = await expectError(
      s.call('customers.update', {
        id: c.id,
        customer: { name: 'Prefix Ltd', currency: 'EUR', paymentTermsId: terms.id },
      }),
    );
    expect([archivedTerms.code, archivedTerms.details.fields?.map((f) => f.path)]).toEqual([
      'VALIDATION',
      ['customer.paymentTermsId'],
    ]);
    const onCreate = await expectError(
      s.call('customers.create', { name: 'New', currency: 'EUR', paymentTermsId: 999_999 }),
    );
    expect(onCreate.details.fields?.map((f) => f.path)).toEqual(['paymentTermsId']);
    expect((await s.call('customers.get', { id: c.id })).name).toBe('Prefix Ltd');
  });
});

describe('the customer list', () => {
  async function seed() {
    s = await makeCompany();
    const rows: CustomerInput[] = [
      {
        name: 'Alpine Outfitters',
        email: 'buy@alpine.example',
        taxId: 'AT U12345678',
        currency: 'EUR',
        segment: 'Retail',
        creditLimit: 5_000,
        billingAddress: { city: 'Innsbruck' },
      },
      {
        name: 'Baltic Traders',
        email: 'info@baltic.example',
        taxId: 'LV40003000000',
        currency: 'EUR',
        segment: 'Wholesale',
        creditLimit: 90_000,
        billingAddress: { city: 'Riga' },
      },
      {
        name: 'Cascade Coffee',
        email: 'orders@cascade-coffee.example',
        taxId: 'US-94-1234567',
        currency: 'USD',
        segment: 'Retail',
        billingAddress: { city: 'Seattle' },
      },
      {
        name: 'Délices de Paris',
        email: 'contact@delices.example',
        taxId: 'FR40303265045',
        currency: 'EUR',
        segment: 'retail',
        creditLimit: 10,
        billingAddress: { city: 'Paris' },
      },
      {
        name: 'Edo Imports',
        email: 'edo@imports.example',
        taxId: 'JP1234',
        currency: 'JPY',
        segment: 'Wholesale',
        creditLimit: 1_000_000,
        billingAddress: { city: 'Tokyo' },
      },
      {
        name: 'alpine Dairy',
        email: 'milk@dairy.example',
        taxId: '',
        currency: 'CHF',
        segment: '',
        billingAddress: { city: 'Bern' },
      },
    ];
    const created = [];
    for (const [i, row] of rows.entries()) {
      s.clock.set(`2026-03-${String(10 + i).padStart(2, '0')}T09:00:00Z`);
      created.push(await s.call('customers.create', row));
    }
    return created;
  }
  const names = async (query: InputOf<'customers.list'>) =>
    (await s.call('customers.list', query)).rows.map((r) => r.name);

  it('searches name substrings, e-mail fragments, tax ids, numbers and short prefixes', async () => {
    await seed();
    expect(await names({ search: 'pine' })).toEqual(['alpine Dairy', 'Alpine Outfitters']);
    expect(await names({ search: 'ALPINE OUT' })).toEqual(['Alpine Outfitters']);
    expect(await names({ search: 'délices' })).toEqual(['Délices de Paris']);
    expect(await names({ search: 'cascade-coffee.ex' })).toEqual(['Cascade Coffee']);
    expect(await names({ search: 'FR403032' })).toEqual(['Délices de Paris']);
    expect(await names({ search: '94-123' })).toEqual(['Cascade Coffee']);
    expect(await names({ search: 'C00005' })).toEqual(['Edo Imports']);
    expect(await names({ search: '00002' })).toEqual(['Baltic Traders']);
    expect(await names({ search: 'Ba' })).toEqual(['Baltic Traders']);
    expect(await names({ search: 'e' })).toEqual(['Edo Imports']);
    // one or two characters jump by name prefix only (the e-mail info@ of Baltic Traders is not searched)
    expect(await names({ search: 'in' })).toEqual([]);
    expect(await names({ search: 'ba' })).toEqual(['Baltic Traders']);
    expect(await names({ search: 'zzz' })).toEqual([]);
    expect(await names({ search: '%' })).toEqual([]);
  });

  it('filters by status, currency and segment', async () => {
    const created = await seed();
    expect(await names({ currency: 'usd' })).toEqual(['Cascade Coffee']);
    expect(await names({ segment: 'RETAIL' })).toEqual([
      'Alpine Outfitters',
      'Cascade Coffee',
      'Délices de Paris',
    ]);
    expect(await names({ segment: 'Retail', currency: 'EUR' })).toEqual([
      'Alpine Outfitters',
      'Délices de Paris',
    ]);
    // "Retail" and "retail" are one segment, listed once like the filter above treats them
    expect(await s.call('customers.segments', {})).toEqual(['Retail', 'Wholesale']);

    const archived = await s.call('customers.archive', { id: created[1]!.id });
    expect(archived.archived).toBe(true);
    expect(await names({})).not.toContain('Baltic Traders');
    expect(await names({ status: 'archived' })).toEqual(['Baltic Traders']);
    expect((await s.call('customers.list', { status: 'all' })).total).toBe(6);
    expect(await names({ search: 'baltic' })).toEqual([]);
    expect(await names({ search: 'baltic', status: 'archived' })).toEqual(['Baltic Traders']);
    expect((await s.call('search.global', { query: 'Baltic' })).length).toBe(0);
    await s.call('customers.archive', { id: created[1]!.id, archived: false });
    expect(await names({ search: 'baltic' })).toEqual(['Baltic Traders']);
  });

  it('sorts by each column in both directions, with the id as tie-breaker', async () => {
    await seed();
    const sorted = async (
      sort: 'name' | 'number' | 'city' | 'currency' | 'creditLimit' | 'createdAt',
      dir: 'asc' | 'desc',
    ) => (await s.call('customers.list', { sort, dir })).rows.map((r) => r.number);
    expect(await sorted('name', 'asc')).toEqual(['C00006', 'C00001', 'C00002', 'C00003', 'C00004', 'C00005']);
    expect(await sorted('name', 'desc')).toEqual([
      'C00005',
      'C00004',
      'C00003',
      'C00002',
      'C00001',
      'C00006',
    ]);
    expect(await sorted('number', 'desc')).toEqual([
      'C00006',
      'C00005',
      'C00004',
      'C00003',
      'C00002',
      'C00001',
    ]);
    expect(await sorted('city', 'asc')).toEqual(['C00006', 'C00001', 'C00004', 'C00002', 'C00003', 'C00005']);
    expect(await sorted('currency', 'asc')).toEqual([
      'C00006',
      'C00001',
      'C00002',
      'C00004',
      'C00005',
      'C00003',
    ]);
    expect(await sorted('creditLimit', 'desc')).toEqual([
      'C00005',
      'C00002',
      'C00001',
      'C00004',
      'C00006',
      'C00003',
    ]);
    expect(await sorted('createdAt', 'desc')).toEqual([
      'C00006',
      'C00005',
      'C00004',
      'C00003',
      'C00002',
      'C00001',
    ]);
  });

  it('pages with a stable total', async () => {
    await seed();
    const pages = [];
    for (let offset = 0; offset < 8; offset += 4)
      pages.push(await s.call('customers.list', { sort: 'number', limit: 4, offset }));
    expect(pages.map((p) => p.total)).toEqual([6, 6]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.number))).toEqual([
      'C00001',
      'C00002',
      'C00003',
      'C00004',
      'C00005',
      'C00006',
    ]);
    const beyond = await s.call('customers.list', { limit: 4, offset: 100 });
    expect([beyond.total, beyond.rows]).toEqual([6, []]);
    const searched = await s.call('customers.list', { search: 'e', limit: 1 });
    expect([searched.total, searched.rows.length]).toEqual([1, 1]);
    const row = pages[0]!.rows[0]!;
    expect(row).toEqual({
      id: 1,
      number: 'C00001',
      name: 'Alpine Outfitters',
      email: 'buy@alpine.example',
      taxId: 'AT U12345678',
      city: 'Innsbruck',
      country: '',
      currency: 'EUR',
      creditLimit: 5_000,
      segment: 'Retail',
      tags: [],
      archived: false,
    });
  });
});
