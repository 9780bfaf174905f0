// The demo company's recent activity, made through the real services so it obeys every rule: stock received,
// a delivered order, one half shipped, one waiting to ship, one on credit hold, a draft and a quote.
import { addDays, todayIn } from '../../shared/dates';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { confirmOrder, createOrder } from '../orders/lifecycle';
import type { ParsedOrder } from '../orders/resolve';
import { markDelivered, createShipment, setPacked, shipShipment } from '../fulfilment/shipments';
import { adjustStock } from '../stock/movements';

interface DemoOrder {
  customer: string;
  daysAgo: number;
  reference: string;
  /** [SKU index among the tracked products, quantity] */
  lines: [number, string][];
  kind?: 'quote';
  then: 'draft' | 'confirm' | 'ship_all' | 'ship_first_line' | 'deliver';
}

const demoOrders: DemoOrder[] = [
  {
    customer: "Kavanagh's Fine Foods",
    daysAgo: 12,
    reference: 'KFF-2231',
    lines: [
      [0, '6'],
      [3, '12'],
      [7, '4'],
    ],
    then: 'deliver',
  },
  {
    customer: 'Galway Bay Hotel Group',
    daysAgo: 6,
    reference: 'GBH/PO/884',
    lines: [
      [1, '10'],
      [5, '8'],
    ],
    then: 'ship_first_line',
  },
  {
    customer: 'Müller Feinkost GmbH',
    daysAgo: 3,
    reference: 'MF-4410',
    lines: [
      [2, '5'],
      [4, '6'],
      [6, '2'],
    ],
    then: 'confirm',
  },
  {
    customer: 'Liffey Street Deli',
    daysAgo: 2,
    reference: 'Phone: Aoife',
    lines: [
      [0, '80'],
      [1, '60'],
    ],
    then: 'confirm',
  },
  {
    customer: 'Bistrot du Marché',
    daysAgo: 1,
    reference: '',
    lines: [
      [8, '3'],
      [9, '2'],
    ],
    then: 'draft',
  },
  {
    customer: 'The Hungry Heron Café',
    daysAgo: 1,
    reference: 'Summer menu',
    lines: [
      [3, '24'],
      [10, '6'],
    ],
    kind: 'quote',
    then: 'draft',
  },
];

export function buildDemoActivity(ctx: CompanyContext): void {
  const today = todayIn(ctx.clock);
  const start = `${today.slice(0, 4)}-01-02`;
  const dated = (daysAgo: number) => {
    const d = addDays(today, -daysAgo);
    return d < start ? start : d;
  };
  const tracked = stmt(
    ctx.sqlite,
    'SELECT id FROM products WHERE is_stock_tracked = 1 AND archived = 0 ORDER BY id LIMIT 40',
  ).all() as { id: number }[];
  tracked.forEach((p, i) => {
    const quantity = String(20 + ((i * 37) % 180));
    adjustStock(ctx, {
      productId: p.id,
      kind: 'receipt',
      quantity,
      date: start,
      reason: 'Opening stock count',
    });
  });
  const customerId = (name: string) =>
    (stmt(ctx.sqlite, 'SELECT id FROM customers WHERE name = ?').get(name) as { id: number }).id;

  for (const o of demoOrders) {
    const orderDate = dated(o.daysAgo);
    const input: ParsedOrder = {
      kind: o.kind ?? 'order',
      customerId: customerId(o.customer),
      orderDate,
      validUntil: o.kind === 'quote' ? addDays(orderDate, 30) : null,
      requestedDeliveryDate: null,
      customerReference: o.reference,
      channel: 'email',
      notes: '',
      lines: o.lines.map(([index, quantity]) => ({
        kind: 'product' as const,
        productId: tracked[index]?.id ?? null,
        description: '',
        quantity,
        unit: '',
        discountPercent: null,
        discountAmount: null,
        feeKind: null,
      })),
    };
    const order = createOrder(ctx, input);
    if (o.then === 'draft') continue;
    const confirmed = confirmOrder(ctx, order.id);
    if (o.then === 'confirm') continue;
    const firstOnly =
      o.then === 'ship_first_line'
        ? [{ orderLineId: confirmed.lines[0]!.id, quantity: confirmed.lines[0]!.quantity }]
        : undefined;
    const shipment = createShipment(ctx, { orderId: order.id, lines: firstOnly });
    for (const line of shipment.lines)
      setPacked(ctx, { id: shipment.id, lineId: line.id, packed: line.quantity });
    const shipDate = dated(Math.max(0, o.daysAgo - 1));
    shipShipment(ctx, {
      id: shipment.id,
      shipDate,
      carrier: 'An Post',
      trackingNumber: `CD${100200300 + order.id}IE`,
      parcels: 2,
      weightKg: '18.5',
    });
    if (o.then === 'deliver')
      markDelivered(ctx, { id: shipment.id, date: dated(Math.max(0, o.daysAgo - 3)) });
  }
}
