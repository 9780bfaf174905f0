// A small trading company for the order, credit, stock and shipment tests: two tax rates, stock-tracked goods,
// a service that is not tracked, one customer; and short ways to confirm, ship and look at stock.
import type {
  Customer,
  InputOf,
  Order,
  OrderLineInput,
  Product,
  Shipment,
  StockLevel,
  TaxRate,
} from '../../shared/contract';
import { logicalFingerprint } from './companyFiles';
import { makeCompany, type TestServices } from './services';

export interface Trade {
  s: TestServices;
  vat20: TaxRate;
  vat7: TaxRate;
  /** WID-1, 12.50 at 20 %, barcode 4006381333931, tracked. */
  widget: Product;
  /** GAD-1, 4.99 at 7 %, tracked. */
  gadget: Product;
  /** SRV-1, 50 at 20 %, not stock-tracked. */
  service: Product;
  /** Café Uno, EUR, no credit limit, e-mail buy@uno.example. */
  customer: Customer;
}

export async function makeTrade(
  options: { stock?: { widget?: string; gadget?: string } } = {},
): Promise<Trade> {
  const s = await makeCompany();
  const vat20 = await s.call('taxRates.create', {
    name: 'Standard',
    ratePercent: '20',
    category: 'standard',
  });
  const vat7 = await s.call('taxRates.create', { name: 'Reduced', ratePercent: '7', category: 'reduced' });
  const widget = await s.call('products.create', {
    sku: 'WID-1',
    name: 'Widget',
    price: '12.50',
    taxRateId: vat20.id,
    barcode: '4006381333931',
  });
  const gadget = await s.call('products.create', {
    sku: 'GAD-1',
    name: 'Gadget',
    price: '4.99',
    taxRateId: vat7.id,
  });
  const service = await s.call('products.create', {
    sku: 'SRV-1',
    name: 'Installation',
    unit: 'h',
    price: '50',
    taxRateId: vat20.id,
    isStockTracked: false,
  });
  const customer = await s.call('customers.create', {
    name: 'Café Uno',
    currency: 'EUR',
    email: 'buy@uno.example',
  });
  const trade = { s, vat20, vat7, widget, gadget, service, customer };
  const stock = options.stock ?? { widget: '100', gadget: '100' };
  if (stock.widget) await receive(s, widget.id, stock.widget);
  if (stock.gadget) await receive(s, gadget.id, stock.gadget);
  return trade;
}

export function receive(s: TestServices, productId: number, quantity: string, date = '2026-03-01') {
  return s.call('stock.adjust', { productId, kind: 'receipt', quantity, date, reason: '' });
}

/** The stock level of one tracked product. */
export async function level(s: TestServices, productId: number): Promise<StockLevel> {
  const row = (await s.call('stock.levels', { productIds: [productId] })).rows[0];
  if (!row) throw new Error(`no stock level for product ${productId}`);
  return row;
}

/** [on hand, reserved, available] of a product, as the contract writes them. */
export async function stockOf(s: TestServices, productId: number): Promise<[string, string, string]> {
  const l = await level(s, productId);
  return [l.onHand, l.reserved, l.available];
}

export function draft(
  s: TestServices,
  customerId: number,
  lines: OrderLineInput[],
  extra: Partial<InputOf<'orders.create'>> = {},
): Promise<Order> {
  return s.call('orders.create', { customerId, orderDate: '2026-03-15', ...extra, lines });
}

export async function confirmed(
  s: TestServices,
  customerId: number,
  lines: OrderLineInput[],
  extra: Partial<InputOf<'orders.create'>> = {},
): Promise<Order> {
  const order = await draft(s, customerId, lines, extra);
  return s.call('orders.confirm', { id: order.id });
}

/** Packs every line of an open shipment completely (as if typed on the pack screen). */
export async function packAll(s: TestServices, shipment: Shipment): Promise<Shipment> {
  let current = shipment;
  for (const line of shipment.lines)
    current = await s.call('shipments.setPacked', {
      id: shipment.id,
      lineId: line.id,
      packed: line.quantity,
    });
  return current;
}

/** Creates a shipment (everything remaining, or the given quantities), packs it and ships it. */
export async function shipOrder(
  s: TestServices,
  orderId: number,
  lines?: { orderLineId: number; quantity: string }[],
  shipDate = '2026-03-16',
): Promise<Shipment> {
  const shipment = await s.call('shipments.createFromOrder', { orderId, ...(lines ? { lines } : {}) });
  await packAll(s, shipment);
  return s.call('shipments.ship', { id: shipment.id, shipDate });
}

/** Every row of every table: equal before and after means a call changed nothing. */
export function fingerprint(s: TestServices): string {
  return logicalFingerprint(s.session.require().sqlite);
}

export function sqliteOf(s: TestServices) {
  return s.session.require().sqlite;
}

/** An order's stored line as the editor sends it back (with its id, so a confirmed order keeps its history). */
export function lineInput(l: Order['lines'][number], patch: Partial<OrderLineInput> = {}): OrderLineInput {
  return {
    id: l.id,
    kind: l.kind,
    productId: l.productId,
    description: l.description,
    quantity: l.quantity,
    unit: l.unit,
    unitPrice: l.unitPrice,
    discountPercent: l.discountPercent,
    discountAmount: l.discountAmount,
    taxRateId: l.taxRateId,
    feeKind: l.feeKind,
    ...patch,
  };
}

/** orders.update input for `order` with the given lines and its other fields unchanged. */
export function editInput(order: Order, lines: OrderLineInput[]): InputOf<'orders.update'> {
  return {
    id: order.id,
    order: {
      kind: order.kind,
      customerId: order.customer.id,
      orderDate: order.orderDate,
      validUntil: order.validUntil,
      requestedDeliveryDate: order.requestedDeliveryDate,
      customerReference: order.customerReference,
      channel: order.channel,
      billingAddress: order.billingAddress,
      shippingAddress: order.shippingAddress,
      notes: order.notes,
      lines,
    },
  };
}
