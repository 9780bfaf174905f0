// Records the order screens' tests answer with: a customer, products, tax rates, orders, previews, exposure.
import type {
  Customer,
  CustomerRow,
  Exposure,
  Order,
  OrderLine,
  OrderPreview,
  OrderRow,
  ProductRow,
  TaxRate,
} from '../../shared/contract';
import type { Routes } from './fakeOrdo';

export const address = {
  line1: 'Quay Street 4',
  line2: '',
  postalCode: 'D02',
  city: 'Dublin',
  region: '',
  country: 'IE',
};

export const heron: Customer = {
  id: 7,
  number: 'C-1007',
  name: 'Hungry Heron Café',
  email: 'orders@heron.test',
  phone: '',
  website: '',
  taxId: '',
  currency: 'EUR',
  paymentTermsId: null,
  creditLimit: 300000,
  creditStop: false,
  overdueToleranceDays: 0,
  language: 'en',
  segment: '',
  tags: [],
  notes: '',
  billingAddress: address,
  shippingSameAsBilling: true,
  shippingAddress: address,
  contacts: [],
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export const heronRow: CustomerRow = {
  id: 7,
  number: 'C-1007',
  name: 'Hungry Heron Café',
  email: 'orders@heron.test',
  taxId: '',
  city: 'Dublin',
  country: 'IE',
  currency: 'EUR',
  creditLimit: 300000,
  segment: '',
  tags: [],
  archived: false,
};

export function product(id: number, sku: string, name: string, patch: Partial<ProductRow> = {}): ProductRow {
  return {
    id,
    sku,
    name,
    unit: 'pcs',
    price: '12.5',
    taxRateId: 1,
    taxRateName: 'Standard 23%',
    barcode: '',
    isStockTracked: true,
    archived: false,
    ...patch,
  };
}

export const knife = product(31, 'HT-100', 'Chef’s knife', { barcode: '5012345678900', price: '45' });
export const board = product(32, 'HT-101', 'Cutting board', { price: '20' });

export const taxRates: TaxRate[] = [
  { id: 1, name: 'Standard 23%', ratePercent: '23', category: 'standard', accountId: 1, archived: false },
  { id: 2, name: 'Reduced', ratePercent: '13.5', category: 'reduced', accountId: 2, archived: false },
];

export function exposure(patch: Partial<Exposure> = {}): Exposure {
  return {
    customerId: 7,
    currency: 'EUR',
    creditLimit: 300000,
    creditStop: false,
    overdueToleranceDays: 0,
    oldestOverdueDays: 0,
    openReceivables: 111111,
    confirmedNotShipped: 22222,
    shippedNotInvoiced: 3333,
    unappliedCredits: 444,
    exposure: 136222,
    available: 163778,
    score: { kind: 'no_history' },
    ...patch,
  };
}

export function preview(patch: Partial<OrderPreview> = {}): OrderPreview {
  return {
    currency: 'EUR',
    lines: [
      {
        net: 13500,
        tax: 3105,
        gross: 16605,
        unitPrice: '45',
        taxRateId: 1,
        availability: { onHand: '10', reserved: '8', available: '2' },
      },
    ],
    totals: {
      net: 13579,
      discount: 246,
      fees: 1357,
      taxes: [{ taxRateId: 1, name: 'Standard 23%', taxPercent: '23', base: 13579, tax: 3123 }],
      tax: 3123,
      total: 16702,
    },
    creditWarning: [],
    ...patch,
  };
}

export function line(patch: Partial<OrderLine> = {}): OrderLine {
  return {
    id: 501,
    position: 1,
    kind: 'product',
    productId: 31,
    sku: 'HT-100',
    description: 'Chef’s knife',
    quantity: '3',
    unit: 'pcs',
    unitPrice: '45',
    discountPercent: null,
    discountAmount: null,
    taxRateId: 1,
    taxPercent: '23',
    feeKind: null,
    net: 13500,
    tax: 3105,
    gross: 16605,
    shipped: '0',
    cancelled: '0',
    remaining: '3',
    invoiced: '0',
    toInvoice: '0',
    availability: { onHand: '10', reserved: '3', available: '7' },
    ...patch,
  };
}

export function order(patch: Partial<Order> = {}): Order {
  return {
    id: 42,
    kind: 'order',
    number: null,
    status: 'draft',
    customer: {
      id: 7,
      number: 'C-1007',
      name: 'Hungry Heron Café',
      email: 'orders@heron.test',
      archived: false,
    },
    quoteId: null,
    orderDate: '2026-03-02',
    validUntil: null,
    requestedDeliveryDate: null,
    customerReference: 'PO-77',
    channel: 'phone',
    billingAddress: address,
    shippingAddress: address,
    currency: 'EUR',
    notes: '',
    lines: [line()],
    totals: {
      net: 13500,
      discount: 0,
      fees: 0,
      taxes: [{ taxRateId: 1, name: 'Standard 23%', taxPercent: '23', base: 13500, tax: 3105 }],
      tax: 3105,
      total: 16605,
    },
    holdReasons: [],
    approvedAmount: null,
    decisions: [],
    messages: [],
    shipments: [],
    creditWarning: [],
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    ...patch,
  };
}

export function orderRow(id: number, patch: Partial<OrderRow> = {}): OrderRow {
  return {
    id,
    kind: 'order',
    number: `SO-2026-${String(id).padStart(5, '0')}`,
    status: 'confirmed',
    customerId: 7,
    customerName: 'Hungry Heron Café',
    orderDate: '2026-03-02',
    customerReference: '',
    currency: 'EUR',
    total: 10000,
    ...patch,
  };
}

/** What every order-editor test needs answered besides its own calls. */
export function editorRoutes(patch: Routes = {}): Routes {
  return {
    'orders.counts': { onHold: 0, toShip: 0, drafts: 0 },
    'customers.list': { rows: [heronRow], total: 1 },
    'customers.get': heron,
    'products.list': (input) => {
      const search = (input?.search ?? '').toLowerCase();
      const rows = [knife, board].filter(
        (p) => search === '' || `${p.sku} ${p.name} ${p.barcode}`.toLowerCase().includes(search),
      );
      return { rows, total: rows.length };
    },
    'taxRates.list': taxRates,
    'credit.exposure': exposure(),
    'orders.preview': preview(),
    ...patch,
  };
}
