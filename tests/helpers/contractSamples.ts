// One valid input for every contract method, the records those inputs refer to, and what each method is
// (lifecycle, read or audited change). Typed over MethodName, so a new method does not compile until it has both.
import { join } from 'node:path';
import type { CallResult, InputOf, MethodName } from '../../shared/contract';
import { tinyPng } from './images';
import type { TestServices } from './services';

export type MethodKind =
  /** Works without an open company: opens, creates or closes files, or tells about the app. */
  | { kind: 'lifecycle' }
  /** Needs a company and changes nothing. */
  | { kind: 'read' }
  /** Needs a company and writes exactly one audit row. */
  | { kind: 'audited'; action: string; entity: string; hasBefore: boolean };

const read = { kind: 'read' } as const;
const lifecycle = { kind: 'lifecycle' } as const;
const audited = (action: string, entity: string, hasBefore: boolean): MethodKind => ({
  kind: 'audited',
  action,
  entity,
  hasBefore,
});

export const methodKinds: { [M in MethodName]: MethodKind } = {
  'app.info': lifecycle,
  'users.current': read,
  'users.list': read,
  'search.global': read,
  'company.create': lifecycle,
  'company.open': lifecycle,
  'company.openDemo': lifecycle,
  'company.current': lifecycle,
  'company.recent': lifecycle,
  'company.close': lifecycle,
  'company.backup': audited('company.backup', 'company', false),
  'settings.get': read,
  'settings.update': audited('settings.update', 'company', true),
  'settings.setLogo': audited('settings.setLogo', 'company', false),
  'settings.getLogo': read,
  'settings.setPeriodLock': audited('settings.setPeriodLock', 'company', true),
  'taxRates.list': read,
  'taxRates.create': audited('taxRates.create', 'tax_rate', false),
  'taxRates.update': audited('taxRates.update', 'tax_rate', true),
  'taxRates.archive': audited('taxRates.archive', 'tax_rate', true),
  'paymentTerms.list': read,
  'paymentTerms.create': audited('paymentTerms.create', 'payment_terms', false),
  'paymentTerms.update': audited('paymentTerms.update', 'payment_terms', true),
  'paymentTerms.archive': audited('paymentTerms.archive', 'payment_terms', true),
  'numberSeries.list': read,
  'numberSeries.update': audited('numberSeries.update', 'number_series', true),
  'accounts.list': read,
  'accounts.create': audited('accounts.create', 'account', false),
  'accounts.update': audited('accounts.update', 'account', true),
  'accounts.archive': audited('accounts.archive', 'account', true),
  'ledger.postEntry': audited('ledger.post', 'journal_entry', false),
  'ledger.entries': read,
  'ledger.getEntry': read,
  'ledger.trialBalance': read,
  'ledger.accountLedger': read,
  'ledger.summary': read,
  'audit.verify': read,
  'audit.list': read,
  'customers.create': audited('customers.create', 'customer', false),
  'customers.update': audited('customers.update', 'customer', true),
  'customers.get': read,
  'customers.list': read,
  'customers.archive': audited('customers.archive', 'customer', true),
  'customers.segments': read,
  'products.create': audited('products.create', 'product', false),
  'products.update': audited('products.update', 'product', true),
  'products.get': read,
  'products.list': read,
  'products.archive': audited('products.archive', 'product', true),
};

/** The records a sample input refers to; the "spare" ones exist to be archived. */
export interface SampleWorld {
  dir: string;
  companyPath: string;
  bankId: number;
  equityId: number;
  arId: number;
  accountId: number;
  spareAccountId: number;
  taxRateId: number;
  spareTaxRateId: number;
  termsId: number;
  spareTermsId: number;
  defaultTermsId: number;
  customerId: number;
  spareCustomerId: number;
  productId: number;
  spareProductId: number;
  entryId: number;
}

/** Fills the open company with one of everything, through the contract. */
export async function buildSampleWorld(s: TestServices): Promise<SampleWorld> {
  const current = await s.call('company.current', {});
  if (!current.open) throw new Error('buildSampleWorld needs an open company');
  const accounts = await s.call('accounts.list', {});
  const byRole = (role: string) => accounts.find((a) => a.role === role)!.id;
  const account = await s.call('accounts.create', { code: '6100', name: 'Office costs', type: 'expense' });
  const spareAccount = await s.call('accounts.create', { code: '6150', name: 'Sundry', type: 'expense' });
  const rate = await s.call('taxRates.create', {
    name: 'Standard 23%',
    ratePercent: '23',
    category: 'standard',
  });
  const spareRate = await s.call('taxRates.create', {
    name: 'Reduced 9%',
    ratePercent: '9',
    category: 'reduced',
  });
  const terms = await s.call('paymentTerms.create', { name: 'Net 45', kind: 'net', days: 45 });
  const spareTerms = await s.call('paymentTerms.create', { name: 'Net 60', kind: 'net', days: 60 });
  const customer = await s.call('customers.create', {
    name: 'Acme Supplies Ltd',
    email: 'accounts@acme.example',
    taxId: 'IE6388047V',
    currency: 'EUR',
    segment: 'Wholesale',
    tags: ['key-account'],
    billingAddress: { line1: '1 Main Street', city: 'Dublin', country: 'IE' },
    contacts: [{ name: 'Aoife Byrne', email: 'aoife@acme.example', isPrimary: true }],
  });
  const spareCustomer = await s.call('customers.create', { name: 'Spare Customer', currency: 'EUR' });
  const product = await s.call('products.create', {
    sku: 'SKU-1',
    name: 'Widget',
    price: '12.50',
    taxRateId: rate.id,
    barcode: '5901234123457',
  });
  const spareProduct = await s.call('products.create', { sku: 'SKU-2', name: 'Spare part', price: '1' });
  const entry = await s.call('ledger.postEntry', {
    date: '2026-03-01',
    description: 'Opening balance',
    lines: [
      { accountId: byRole('bank'), debit: 100_000 },
      { accountId: byRole('equity'), credit: 100_000 },
    ],
  });
  return {
    dir: s.dir,
    companyPath: current.company.path,
    bankId: byRole('bank'),
    equityId: byRole('equity'),
    arId: byRole('ar'),
    accountId: account.id,
    spareAccountId: spareAccount.id,
    taxRateId: rate.id,
    spareTaxRateId: spareRate.id,
    termsId: terms.id,
    spareTermsId: spareTerms.id,
    defaultTermsId: (await s.call('paymentTerms.list', {})).find((t) => t.isDefault)!.id,
    customerId: customer.id,
    spareCustomerId: spareCustomer.id,
    productId: product.id,
    spareProductId: spareProduct.id,
    entryId: entry.id,
  };
}

const fullAddress = (city: string) => ({
  line1: '12 Harbour Road',
  line2: 'Unit 4',
  postalCode: 'D02 X285',
  city,
  region: 'Leinster',
  country: 'IE',
});

/** A valid input for every method, referring to the records of `w`. */
export function sampleInputs(w: SampleWorld): { [M in MethodName]: InputOf<M> } {
  return {
    'app.info': {},
    'users.current': {},
    'users.list': {},
    'search.global': { query: 'Acme', limit: 5 },
    'company.create': {
      name: 'Second Co',
      baseCurrency: 'EUR',
      locale: 'en-IE',
      ownerName: 'Olga Owner',
      path: join(w.dir, 'second.ordo'),
    },
    'company.open': { path: w.companyPath },
    'company.openDemo': {},
    'company.current': {},
    'company.recent': {},
    'company.close': {},
    'company.backup': {},
    'settings.get': {},
    'settings.update': { city: 'Cork', website: 'https://testco.example' },
    'settings.setLogo': { image: { mimeType: 'image/png', dataBase64: tinyPng().toString('base64') } },
    'settings.getLogo': {},
    'settings.setPeriodLock': { date: '2025-12-31' },
    'taxRates.list': { includeArchived: true },
    'taxRates.create': { name: 'Zero rated', ratePercent: '0', category: 'zero' },
    'taxRates.update': { id: w.taxRateId, name: 'Standard rate', ratePercent: '23', category: 'standard' },
    'taxRates.archive': { id: w.spareTaxRateId, archived: true },
    'paymentTerms.list': { includeArchived: true },
    'paymentTerms.create': {
      name: 'Net 7, 2% in 3 days',
      kind: 'net',
      days: 7,
      discountPercent: '2',
      discountDays: 3,
    },
    'paymentTerms.update': { id: w.termsId, name: 'Net 45 days', kind: 'net', days: 45 },
    'paymentTerms.archive': { id: w.spareTermsId, archived: true },
    'numberSeries.list': {},
    'numberSeries.update': { key: 'invoice', pattern: 'INV-{YY}-{#####}' },
    'accounts.list': { includeArchived: true },
    'accounts.create': { code: '6200', name: 'Travel', type: 'expense' },
    'accounts.update': { id: w.accountId, code: '6100', name: 'Office costs and supplies' },
    'accounts.archive': { id: w.spareAccountId, archived: true },
    'ledger.postEntry': {
      date: '2026-03-02',
      description: 'Owner top-up',
      lines: [
        { accountId: w.bankId, debit: 2_500, description: 'Transfer' },
        { accountId: w.equityId, credit: 2_500 },
      ],
    },
    'ledger.entries': { from: '2026-01-01', to: '2026-12-31', limit: 10, offset: 0 },
    'ledger.getEntry': { id: w.entryId },
    'ledger.trialBalance': { asOf: '2026-03-31' },
    'ledger.accountLedger': {
      accountId: w.bankId,
      from: '2026-01-01',
      to: '2026-12-31',
      limit: 10,
      offset: 0,
    },
    'ledger.summary': {},
    'audit.verify': {},
    'audit.list': { entity: 'customer', entityId: w.customerId, limit: 10, offset: 0 },
    'customers.create': {
      name: 'Brightside Café',
      email: 'orders@brightside.example',
      phone: '+353 1 555 0100',
      website: 'https://brightside.example',
      taxId: 'IE9876543W',
      currency: 'EUR',
      paymentTermsId: w.termsId,
      creditLimit: 500_000,
      language: 'en',
      segment: 'Retail',
      tags: ['cafe', 'dublin'],
      notes: 'Deliver before 9am.',
      billingAddress: fullAddress('Dublin'),
      shippingSameAsBilling: false,
      shippingAddress: fullAddress('Galway'),
      contacts: [
        {
          name: 'Bríd Walsh',
          email: 'brid@brightside.example',
          phone: '+353 87 555 0101',
          role: 'Buyer',
          isPrimary: true,
        },
      ],
    },
    'customers.update': {
      id: w.customerId,
      customer: {
        name: 'Acme Supplies Limited',
        email: 'accounts@acme.example',
        taxId: 'IE6388047V',
        currency: 'EUR',
        paymentTermsId: w.termsId,
        creditLimit: 1_000_000,
        segment: 'Wholesale',
        tags: ['key-account'],
        billingAddress: fullAddress('Dublin'),
        contacts: [{ name: 'Aoife Byrne', email: 'aoife@acme.example', isPrimary: true }],
      },
    },
    'customers.get': { id: w.customerId },
    'customers.list': {
      search: 'Acme',
      status: 'all',
      currency: 'EUR',
      segment: 'Wholesale',
      sort: 'name',
      dir: 'desc',
      limit: 10,
      offset: 0,
    },
    'customers.archive': { id: w.spareCustomerId, archived: true },
    'customers.segments': {},
    'products.create': {
      sku: 'SKU-NEW',
      name: 'Gadget',
      description: 'A gadget',
      unit: 'box',
      price: '7.5',
      taxRateId: w.taxRateId,
      barcode: '4006381333931',
      isStockTracked: false,
    },
    'products.update': {
      id: w.productId,
      product: {
        sku: 'SKU-1',
        name: 'Widget (blue)',
        price: '12.75',
        taxRateId: w.taxRateId,
        barcode: '5901234123457',
      },
    },
    'products.get': { id: w.productId },
    'products.list': {
      search: 'Widget',
      status: 'all',
      taxRateId: w.taxRateId,
      stockTracked: true,
      sort: 'price',
      dir: 'desc',
      limit: 10,
      offset: 0,
    },
    'products.archive': { id: w.spareProductId, archived: true },
  };
}

/**
 * Dispatches and returns the wire result. The test services turn an INTERNAL error into a thrown Error (to show
 * the stack); here it becomes an INTERNAL result again so a sweep can report which input caused it.
 */
export async function dispatchSafely(s: TestServices, method: string, input: unknown): Promise<CallResult> {
  try {
    return await s.dispatch(method, input);
  } catch (error) {
    return { ok: false, error: { code: 'INTERNAL', message: String(error).slice(0, 500), details: {} } };
  }
}
