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
  'users.create': audited('users.create', 'user', false),
  'users.update': audited('users.update', 'user', true),
  'users.archive': audited('users.archive', 'user', true),
  'users.switch': audited('users.switch', 'user', false),
  'orders.create': audited('orders.create', 'order', false),
  'orders.update': audited('orders.update', 'order', true),
  'orders.preview': read,
  'orders.confirm': audited('orders.confirm', 'order', false),
  'orders.cancel': audited('orders.cancel', 'order', true),
  'orders.duplicate': audited('orders.create', 'order', false),
  'orders.convertQuote': audited('quotes.convert', 'order', false),
  'orders.get': read,
  'orders.list': read,
  'orders.counts': read,
  'credit.exposure': read,
  'credit.queue': read,
  'credit.approve': audited('credit.approve', 'order', false),
  'credit.reject': audited('credit.reject', 'order', false),
  'stock.levels': read,
  'stock.adjust': audited('stock.adjustment', 'product', true),
  'stock.movements': read,
  'shipments.createFromOrder': audited('shipments.create', 'shipment', false),
  'shipments.updateLines': audited('shipments.updateLines', 'shipment', true),
  'shipments.scan': audited('shipments.scan', 'shipment', true),
  'shipments.setPacked': audited('shipments.setPacked', 'shipment', true),
  'shipments.ship': audited('shipments.ship', 'shipment', false),
  'shipments.markDelivered': audited('shipments.markDelivered', 'shipment', false),
  'shipments.cancel': audited('shipments.cancel', 'shipment', true),
  'shipments.get': read,
  'shipments.list': read,
  'exchangeRates.set': audited('exchangeRates.set', 'exchange_rate', false),
  'exchangeRates.list': read,
  'exchangeRates.remove': audited('exchangeRates.remove', 'exchange_rate', true),
  'exchangeRates.rateOn': read,
  'exchangeRates.import': audited('exchangeRates.import', 'exchange_rate', false),
  'invoices.create': audited('invoices.create', 'invoice', false),
  'invoices.createFromOrder': audited('invoices.create', 'invoice', false),
  'invoices.update': audited('invoices.update', 'invoice', true),
  'invoices.preview': read,
  'invoices.deleteDraft': audited('invoices.deleteDraft', 'invoice', true),
  'invoices.post': audited('invoices.post', 'invoice', true),
  'invoices.get': read,
  'invoices.list': read,
  'invoices.counts': read,
  'invoices.setDisputed': audited('invoices.dispute', 'invoice', true),
  'invoices.cancel': audited('invoices.cancel', 'credit_note', true),
  'creditNotes.createFromInvoice': audited('creditNotes.create', 'credit_note', false),
  'creditNotes.post': audited('creditNotes.post', 'credit_note', true),
  'creditNotes.deleteDraft': audited('creditNotes.deleteDraft', 'credit_note', true),
  'creditNotes.get': read,
  'creditNotes.list': read,
  'payments.record': audited('payments.record', 'payment', false),
  'payments.proposeAllocation': read,
  'payments.allocate': audited('payments.allocate', 'payment', true),
  'payments.unallocate': audited('payments.unallocate', 'payment', true),
  'payments.reverse': audited('payments.reverse', 'payment', true),
  'payments.get': read,
  'payments.list': read,
  'credits.list': read,
  'credits.apply': audited('credits.apply', 'invoice', false),
  'credits.refund': audited('credits.refund', 'refund', false),
  'customers.account': read,
  'settings.receivables': read,
  'settings.updateReceivables': audited('settings.receivables', 'company', true),
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
  ownerId: number;
  /** A sales profile (to edit) and a warehouse profile (to archive). */
  userId: number;
  spareUserId: number;
  /** A customer on credit stop: its confirmed orders wait for a credit decision. */
  stoppedCustomerId: number;
  draftId: number;
  /** A second draft, to confirm. */
  toConfirmId: number;
  quoteId: number;
  /** Confirmed, nothing shipped: to cancel. */
  confirmedId: number;
  /** Two orders on credit hold: one to approve, one to reject. */
  heldId: number;
  spareHeldId: number;
  /** Confirmed order of 10 widgets: 1 shipped, 2 + 1 in open unpacked shipments, 2 in a packed one. */
  shipOrderId: number;
  shipLineId: number;
  openShipmentId: number;
  openShipmentLineId: number;
  /** Another open shipment, to change its lines (which renumbers them). */
  editShipmentId: number;
  packedShipmentId: number;
  shippedShipmentId: number;
  /** A USD rate in the company's table, to remove. */
  rateId: number;
  /** Invoices of the customer: drafts (to post, to delete), posted ones (partly paid, to pay, to cancel). */
  draftInvoiceId: number;
  spareDraftInvoiceId: number;
  postedInvoiceId: number;
  postedLineId: number;
  invoiceToPayId: number;
  invoiceToCancelId: number;
  /** A payment with credit left and one live allocation of it; another to reverse; two draft credit notes. */
  paymentId: number;
  allocationId: number;
  paymentToReverseId: number;
  creditNoteDraftId: number;
  spareCreditNoteDraftId: number;
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
  const owner = await s.call('users.current', {});
  const user = await s.call('users.create', { name: 'Sam Sales', roles: ['sales'] });
  const spareUser = await s.call('users.create', { name: 'Wes Warehouse', roles: ['warehouse'] });
  const stopped = await s.call('customers.create', {
    name: 'Stopped Ltd',
    currency: 'EUR',
    creditStop: true,
  });
  await s.call('stock.adjust', {
    productId: product.id,
    kind: 'receipt',
    quantity: '100',
    date: '2026-03-01',
    reason: 'Opening stock',
  });
  const order = (customerId: number, quantity: string, kind: 'order' | 'quote' = 'order') =>
    s.call('orders.create', {
      kind,
      customerId,
      orderDate: '2026-03-10',
      customerReference: 'PO-1',
      lines: [{ productId: product.id, quantity }],
    });
  const draft = await order(customer.id, '2');
  const toConfirm = await order(customer.id, '1');
  const quote = await order(customer.id, '3', 'quote');
  const confirmed = await order(customer.id, '1');
  await s.call('orders.confirm', { id: confirmed.id });
  const held = await order(stopped.id, '1');
  await s.call('orders.confirm', { id: held.id });
  const spareHeld = await order(stopped.id, '1');
  await s.call('orders.confirm', { id: spareHeld.id });
  const toShip = await s.call('orders.confirm', { id: (await order(customer.id, '10')).id });
  const shipLineId = toShip.lines[0]!.id;
  const shipment = (quantity: string) =>
    s.call('shipments.createFromOrder', {
      orderId: toShip.id,
      lines: [{ orderLineId: shipLineId, quantity }],
    });
  const shipped = await shipment('1');
  await s.call('shipments.setPacked', { id: shipped.id, lineId: shipped.lines[0]!.id, packed: '1' });
  await s.call('shipments.ship', { id: shipped.id, shipDate: '2026-03-14', carrier: 'DHL' });
  const open = await shipment('2');
  const edit = await shipment('1');
  const packed = await shipment('2');
  await s.call('shipments.setPacked', { id: packed.id, lineId: packed.lines[0]!.id, packed: '2' });
  const usd = await s.call('exchangeRates.set', { currency: 'USD', date: '2026-03-01', rate: '0.9231' });
  const invoice = (price: string) =>
    s.call('invoices.create', {
      customerId: customer.id,
      invoiceDate: '2026-03-14',
      lines: [{ productId: product.id, quantity: '2', unitPrice: price }],
    });
  const posted = await s.call('invoices.post', { id: (await invoice('40')).id });
  const toPay = await s.call('invoices.post', { id: (await invoice('20')).id });
  const toCancel = await s.call('invoices.post', { id: (await invoice('5')).id });
  const draftInvoice = await invoice('10');
  const spareDraftInvoice = await invoice('11');
  const payment = await s.call('payments.record', {
    customerId: customer.id,
    date: '2026-03-14',
    amount: 5_000,
    reference: posted.number ?? '',
    allocations: [{ invoiceId: posted.id, amount: 1_000 }],
  });
  const toReverse = await s.call('payments.record', {
    customerId: customer.id,
    date: '2026-03-14',
    amount: 2_000,
    allocations: [{ invoiceId: posted.id, amount: 1_500 }],
  });
  const creditNote = () =>
    s.call('creditNotes.createFromInvoice', {
      invoiceId: posted.id,
      date: '2026-03-15',
      mode: 'amount',
      amount: 100,
      reason: 'Price agreed lower',
    });
  const firstNote = await creditNote();
  const spareNote = await creditNote();
  return {
    spareDraftInvoiceId: spareDraftInvoice.id,
    invoiceToCancelId: toCancel.id,
    paymentToReverseId: toReverse.id,
    spareCreditNoteDraftId: spareNote.id,
    draftInvoiceId: draftInvoice.id,
    postedInvoiceId: posted.id,
    postedLineId: posted.lines[0]!.id,
    invoiceToPayId: toPay.id,
    paymentId: payment.id,
    allocationId: payment.allocations[0]!.id,
    creditNoteDraftId: firstNote.id,
    rateId: usd.id,
    ownerId: owner.id,
    userId: user.id,
    spareUserId: spareUser.id,
    stoppedCustomerId: stopped.id,
    draftId: draft.id,
    toConfirmId: toConfirm.id,
    quoteId: quote.id,
    confirmedId: confirmed.id,
    heldId: held.id,
    spareHeldId: spareHeld.id,
    shipOrderId: toShip.id,
    shipLineId,
    openShipmentId: open.id,
    openShipmentLineId: open.lines[0]!.id,
    editShipmentId: edit.id,
    packedShipmentId: packed.id,
    shippedShipmentId: shipped.id,
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
    'users.create': { name: 'Bea Books', roles: ['bookkeeper', 'sales'], pin: '2468' },
    'users.update': { id: w.userId, name: 'Sam Sales-Smith', roles: ['sales', 'warehouse'], pin: '1357' },
    'users.archive': { id: w.spareUserId, archived: true },
    // Switching to the profile already acting keeps every later audit row by the owner.
    'users.switch': { userId: w.ownerId },
    'orders.create': orderSample(w),
    'orders.update': {
      id: w.draftId,
      order: { ...orderSample(w), customerReference: 'PO-2', notes: 'Call before delivery.' },
    },
    'orders.preview': orderSample(w),
    'orders.confirm': { id: w.toConfirmId },
    'orders.cancel': { id: w.confirmedId, reason: 'Customer changed their mind' },
    'orders.duplicate': { id: w.draftId },
    'orders.convertQuote': { id: w.quoteId },
    'orders.get': { id: w.shipOrderId },
    'orders.list': {
      kind: 'order',
      status: ['confirmed', 'partially_shipped'],
      customerId: w.customerId,
      from: '2026-01-01',
      to: '2026-12-31',
      search: 'SO-',
      sort: 'number',
      dir: 'asc',
      limit: 10,
      offset: 0,
    },
    'orders.counts': {},
    'credit.exposure': { customerId: w.customerId },
    'credit.queue': {},
    'credit.approve': { orderId: w.heldId, reason: 'Paid in advance by bank transfer' },
    'credit.reject': { orderId: w.spareHeldId, reason: 'Credit stop stays' },
    'stock.levels': {
      search: 'Widget',
      productIds: [w.productId],
      filter: 'all',
      limit: 10,
      offset: 0,
    },
    'stock.adjust': {
      productId: w.productId,
      kind: 'adjustment',
      quantity: '-1.5',
      date: '2026-03-12',
      reason: 'Damaged in the warehouse',
    },
    'stock.movements': { productId: w.productId, limit: 10, offset: 0 },
    'shipments.createFromOrder': {
      orderId: w.shipOrderId,
      lines: [{ orderLineId: w.shipLineId, quantity: '1' }],
    },
    'shipments.updateLines': {
      id: w.editShipmentId,
      lines: [{ orderLineId: w.shipLineId, quantity: '3' }],
    },
    'shipments.scan': { id: w.openShipmentId, code: 'sku-1' },
    'shipments.setPacked': { id: w.openShipmentId, lineId: w.openShipmentLineId, packed: '2' },
    'shipments.ship': {
      id: w.packedShipmentId,
      shipDate: '2026-03-15',
      carrier: 'DPD',
      trackingNumber: '0123456789',
      parcels: 2,
      weightKg: '3.25',
    },
    'shipments.markDelivered': { id: w.shippedShipmentId, date: '2026-03-15' },
    'shipments.cancel': { id: w.openShipmentId },
    'shipments.get': { id: w.openShipmentId },
    'shipments.list': { stage: 'all', orderId: w.shipOrderId, search: 'SH-', limit: 10, offset: 0 },
    'exchangeRates.set': { currency: 'GBP', date: '2026-03-10', rate: '1.1712' },
    'exchangeRates.list': { currency: 'USD', limit: 10, offset: 0 },
    'exchangeRates.remove': { id: w.rateId },
    'exchangeRates.rateOn': { currency: 'USD', date: '2026-03-15' },
    'exchangeRates.import': { csv: 'date,currency,rate\n2026-03-11,CHF,1.0433\n2026-03-11,JPY,0.0061' },
    'invoices.create': invoiceSample(w),
    'invoices.createFromOrder': { orderId: w.shipOrderId, invoiceDate: '2026-03-15' },
    'invoices.update': { id: w.draftInvoiceId, invoice: invoiceSample(w) },
    'invoices.preview': invoiceSample(w),
    'invoices.deleteDraft': { id: w.spareDraftInvoiceId },
    'invoices.post': { id: w.draftInvoiceId },
    'invoices.get': { id: w.postedInvoiceId },
    'invoices.list': {
      search: 'INV',
      status: 'partially_paid',
      customerId: w.customerId,
      currency: 'EUR',
      dateFrom: '2026-03-01',
      dateTo: '2026-03-31',
      disputedOnly: false,
      sort: 'dueDate',
      dir: 'asc',
      limit: 10,
      offset: 0,
    },
    'invoices.counts': {},
    'invoices.setDisputed': {
      id: w.postedInvoiceId,
      disputed: true,
      reason: 'Customer says two were damaged',
    },
    'invoices.cancel': { id: w.invoiceToCancelId, date: '2026-03-15', reason: 'Billed to the wrong branch' },
    'creditNotes.createFromInvoice': {
      invoiceId: w.postedInvoiceId,
      date: '2026-03-15',
      mode: 'lines',
      lines: [{ invoiceLineId: w.postedLineId, quantity: '1', restock: true }],
      reason: 'One returned',
    },
    'creditNotes.post': { id: w.creditNoteDraftId },
    'creditNotes.deleteDraft': { id: w.spareCreditNoteDraftId },
    'creditNotes.get': { id: w.creditNoteDraftId },
    'creditNotes.list': { customerId: w.customerId, invoiceId: w.postedInvoiceId, limit: 10, offset: 0 },
    'payments.record': {
      customerId: w.customerId,
      date: '2026-03-15',
      amount: 6_000,
      currency: 'EUR',
      method: 'cheque',
      bankAccountId: w.bankId,
      reference: 'Cheque 000123',
      memo: 'Posted to the office',
      allocations: [{ invoiceId: w.invoiceToPayId, amount: 4_000, writeOff: 0, discount: 0 }],
    },
    'payments.proposeAllocation': {
      customerId: w.customerId,
      amount: 3_000,
      date: '2026-03-15',
      reference: 'INV-2026-00002',
    },
    'payments.allocate': {
      paymentId: w.paymentId,
      date: '2026-03-15',
      allocations: [{ invoiceId: w.invoiceToPayId, amount: 500 }],
    },
    'payments.unallocate': {
      allocationId: w.allocationId,
      date: '2026-03-15',
      reason: 'Meant for another invoice',
    },
    'payments.reverse': { id: w.paymentToReverseId, date: '2026-03-15', reason: 'Cheque bounced' },
    'payments.get': { id: w.paymentId },
    'payments.list': {
      search: 'PAY',
      customerId: w.customerId,
      method: 'bank_transfer',
      dateFrom: '2026-03-01',
      dateTo: '2026-03-31',
      unappliedOnly: true,
      limit: 10,
      offset: 0,
    },
    'credits.list': { customerId: w.customerId },
    'credits.apply': {
      customerId: w.customerId,
      invoiceId: w.invoiceToPayId,
      amount: 300,
      date: '2026-03-15',
      source: { sourceType: 'payment', sourceId: w.paymentId },
    },
    'credits.refund': {
      customerId: w.customerId,
      amount: 700,
      date: '2026-03-15',
      method: 'bank_transfer',
      bankAccountId: w.bankId,
      reference: 'Refund of overpayment',
      source: { sourceType: 'payment', sourceId: w.paymentId },
    },
    'customers.account': { customerId: w.customerId, asOf: '2026-03-15', limit: 10, offset: 0 },
    'settings.receivables': {},
    'settings.updateReceivables': {
      writeOffToleranceAmount: '5',
      writeOffTolerancePercent: '1',
      discountTaxCorrection: true,
      cashRounding: [{ currency: 'CHF', increment: '0.05' }],
    },
  };
}

/** A full invoice input: every header field, a discounted product line, a service line and a fee. */
function invoiceSample(w: SampleWorld): InputOf<'invoices.create'> {
  return {
    customerId: w.customerId,
    orderId: null,
    isDeposit: false,
    invoiceDate: '2026-03-15',
    paymentTermsId: w.termsId,
    installments: [
      { dueDate: '2026-04-15', percent: '50' },
      { dueDate: '2026-05-15', percent: '50' },
    ],
    pricesIncludeTax: false,
    discountPercent: '2',
    customerReference: 'PO-4711',
    notes: 'Thank you for your business.',
    billingAddress: fullAddress('Dublin'),
    lines: [
      {
        kind: 'product',
        productId: w.productId,
        description: 'Widget, blue',
        quantity: '3',
        unit: 'pcs',
        unitPrice: '12.5',
        discountPercent: '10',
        taxRateId: w.taxRateId,
      },
      { kind: 'text', description: 'Assembly', quantity: '1.5', unitPrice: '40', taxRateId: w.taxRateId },
      {
        kind: 'fee',
        feeKind: 'shipping',
        description: 'Delivery',
        quantity: '1',
        unitPrice: '9.9',
        discountAmount: 90,
        taxRateId: null,
      },
    ],
  };
}

/** A full order input: every header field, a discounted product line, a free-text line and a fee. */
function orderSample(w: SampleWorld): InputOf<'orders.create'> {
  return {
    kind: 'order',
    customerId: w.customerId,
    orderDate: '2026-03-15',
    validUntil: null,
    requestedDeliveryDate: '2026-03-20',
    customerReference: 'PO-4711',
    channel: 'email',
    billingAddress: fullAddress('Dublin'),
    shippingAddress: fullAddress('Galway'),
    notes: 'Leave at reception.',
    lines: [
      {
        kind: 'product',
        productId: w.productId,
        description: 'Widget, blue',
        quantity: '3',
        unit: 'pcs',
        unitPrice: '12.5',
        discountPercent: '10',
        taxRateId: w.taxRateId,
      },
      { kind: 'text', description: 'Assembly', quantity: '1.5', unitPrice: '40', taxRateId: w.taxRateId },
      {
        kind: 'fee',
        feeKind: 'shipping',
        description: 'Delivery',
        quantity: '1',
        unitPrice: '9.9',
        discountAmount: 90,
        taxRateId: null,
      },
    ],
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
