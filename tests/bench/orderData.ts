// The order history of the benchmark company, written with raw prepared statements in big transactions: 200k
// orders with their lines, reservations, shipments and stock movements, and one "focus" customer with 5k open
// confirmed orders (and, from receivablesData.ts, 10k open invoices) — so the order benchmarks run against a file
// where scanning anyone's whole history would show.
// The rows are what the app itself would have written (same columns, derived fields and append-only ledgers);
// number counters are advanced one step at a time, as the database's own triggers demand.
import type { CompanyContext } from '../../electron/context';
import { getExposure } from '../../electron/credit/exposure';
import { inChunks, Numbering } from './bulkWriting';
import { isoDay, LAST_DAY, stamp } from './calendar';
import type { Random } from './generate';
import { historyCustomerSql, loadCustomers, loadProducts, type Customer, type Product } from './parties';

export const ORDER_COUNT = 200_000;
export const FOCUS_OPEN_ITEMS = 10_000;
export const FOCUS_OPEN_ORDERS = 5_000;

const int = (rand: Random, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));
const pickOne = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

/** The customer the confirm and exposure benchmarks work for: the first active EUR customer outside the history set. */
export function findFocusCustomer(ctx: CompanyContext): number {
  const row = ctx.sqlite
    .prepare(
      "SELECT id FROM customers WHERE archived = 0 AND currency = 'EUR' AND id % 5 <> 1 ORDER BY id LIMIT 1",
    )
    .get() as { id: number } | undefined;
  if (!row) throw new Error('The bench file has no customer to focus on');
  return row.id;
}

// --- orders, reservations, shipments, stock ------------------------------------------------------------------

type Fate =
  'draft' | 'quote' | 'on_hold' | 'rejected' | 'cancelled' | 'confirmed' | 'partially_shipped' | 'shipped';

/** Background orders by fate: [fate, share, how many days back at most]. Old history is shipped. */
const fates: [Fate, number, number][] = [
  ['draft', 0.04, 30],
  ['quote', 0.05, 90],
  ['on_hold', 0.0015, 30],
  ['rejected', 0.001, 120],
  ['cancelled', 0.045, LAST_DAY],
  ['confirmed', 0.11, 45],
  ['partially_shipped', 0.03, 60],
  ['shipped', 1, LAST_DAY],
];

interface LineSpec {
  product: Product;
  units: number;
  net: number;
  tax: number;
}

interface OrderSpec {
  seq: number;
  day: number;
  fate: Fate;
  customer: Customer;
  lines: LineSpec[];
  reference: string;
  /** How many leading lines a partially shipped order has shipped. */
  shippedLines: number;
  shipDay: number;
}

const channels = ['phone', 'email', 'counter', 'web', 'import'] as const;
const carriers = ['DPD', 'An Post', 'UPS', 'DHL', ''];

function orderSpecs(rand: Random, history: Customer[], focus: Customer, products: Product[]): OrderSpec[] {
  const specs: OrderSpec[] = [];
  const makeLines = (n: number): LineSpec[] =>
    Array.from({ length: n }, () => {
      const product = pickOne(rand, products);
      const units = int(rand, 1, 20);
      const net = units * product.cents;
      return { product, units, net, tax: Math.round((net * product.rate10) / 1000) };
    });
  const add = (customer: Customer, fate: Fate, day: number, lineCount: number) => {
    const lines = makeLines(lineCount);
    specs.push({
      seq: specs.length,
      day,
      fate,
      customer,
      lines,
      reference: rand() < 0.6 ? `PO-${int(rand, 10_000, 99_999)}` : '',
      shippedLines: fate === 'partially_shipped' ? Math.floor(lines.length / 2) : 0,
      shipDay: Math.min(LAST_DAY, day + int(rand, 1, 5)),
    });
  };
  for (let i = 0; i < FOCUS_OPEN_ORDERS; i += 1)
    add(focus, 'confirmed', int(rand, LAST_DAY - 150, LAST_DAY), int(rand, 2, 4));
  for (let i = FOCUS_OPEN_ORDERS; i < ORDER_COUNT; i += 1) {
    const r = rand();
    let share = 0;
    const [fate, , back] = fates.find(([, s]) => (share += s) > r) ?? fates[fates.length - 1]!;
    // A partially shipped order ships some lines and not others: it has at least two.
    const lineCount = fate === 'partially_shipped' ? int(rand, 2, 5) : int(rand, 1, 5);
    const oldest = fate === 'shipped' ? 0 : Math.max(0, LAST_DAY - back);
    const newest = fate === 'shipped' ? LAST_DAY - 10 : LAST_DAY;
    add(pickOne(rand, history), fate, int(rand, oldest, newest), lineCount);
  }
  return specs.sort((a, b) => a.day - b.day || a.seq - b.seq);
}

interface OrderCounts {
  orders: number;
  lines: number;
  reservations: number;
  shipments: number;
  movements: number;
}

function writeOrders(ctx: CompanyContext, specs: OrderSpec[], products: Product[]): OrderCounts {
  const q = (sql: string) => ctx.sqlite.prepare(sql);
  const order = q(
    `INSERT INTO orders (kind, number, status, customer_id, order_date, valid_until, customer_reference, channel,
       billing_address, shipping_address, currency, notes, net, tax, total, discount, fees, open_value, shipped_value,
       is_confirmed, is_on_hold, is_rejected, is_cancelled, hold_reasons, confirmed_at, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const line = q(
    `INSERT INTO order_lines (order_id, position, kind, product_id, description, qty, unit, unit_price, tax_rate_id,
       tax_percent, net, tax, shipped_qty, cancelled_qty)
     VALUES (?, ?, 'product', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const reserve = q(
    'INSERT INTO stock_reservations (product_id, order_line_id, qty, reason, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const shipment = q(
    `INSERT INTO shipments (number, order_id, status, ship_date, carrier, tracking_number, parcels, delivered_on,
       created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const shipmentLine = q(
    'INSERT INTO shipment_lines (shipment_id, order_line_id, product_id, qty, packed_qty) VALUES (?, ?, ?, ?, ?)',
  );
  const movement = q(
    `INSERT INTO stock_movements (product_id, date, kind, qty, reason, shipment_id, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const decision = q(
    `INSERT INTO credit_decisions (order_id, decision, amount, exposure, reasons, note, decided_by, decided_at)
     VALUES (?, 'rejected', ?, ?, '["over_limit"]', 'Too much outstanding', ?, ?)`,
  );
  const user = ctx.user.id;
  const orderNumbers = new Numbering(ctx, 'order');
  const shipmentNumbers = new Numbering(ctx, 'shipment');
  const counts: OrderCounts = { orders: 0, lines: 0, reservations: 0, shipments: 0, movements: 0 };

  // Opening stock first: each product receives what its orders will ship and reserve, and plenty more.
  const needed = new Map<number, number>();
  for (const s of specs)
    for (const l of s.lines) needed.set(l.product.id, (needed.get(l.product.id) ?? 0) + l.units);
  ctx.tx(() => {
    for (const p of products) {
      const units = (needed.get(p.id) ?? 0) + 100_000;
      movement.run(p.id, isoDay(0), 'receipt', units * 10_000, 'Opening stock', null, stamp(0), user);
      counts.movements += 1;
    }
  });

  inChunks(ctx, specs, (s) => {
    const numbered = s.fate !== 'draft' && s.fate !== 'quote';
    const live = numbered && s.fate !== 'cancelled' && s.fate !== 'rejected';
    const gross = s.lines.map((l) => l.net + l.tax);
    const shippedCount =
      s.fate === 'shipped' ? s.lines.length : s.fate === 'partially_shipped' ? s.shippedLines : 0;
    const net = s.lines.reduce((a, l) => a + l.net, 0);
    const tax = s.lines.reduce((a, l) => a + l.tax, 0);
    const shippedValue = live ? gross.slice(0, shippedCount).reduce((a, g) => a + g, 0) : 0;
    const openValue = live ? gross.slice(shippedCount).reduce((a, g) => a + g, 0) : 0;
    const created = stamp(s.day, '09:00:00.000Z');
    const confirmedAt = numbered ? stamp(s.day) : null;
    const id = order.run(
      s.fate === 'quote' ? 'quote' : 'order',
      numbered ? orderNumbers.next(s.day) : null,
      s.fate,
      s.customer.id,
      isoDay(s.day),
      s.fate === 'quote' ? isoDay(s.day + 30) : null,
      s.reference,
      channels[s.seq % channels.length],
      s.customer.address,
      s.customer.address,
      s.customer.currency,
      net,
      tax,
      net + tax,
      openValue,
      shippedValue,
      numbered ? 1 : 0,
      s.fate === 'on_hold' ? 1 : 0,
      s.fate === 'rejected' ? 1 : 0,
      s.fate === 'cancelled' ? 1 : 0,
      s.fate === 'on_hold' ? '["over_limit"]' : '[]',
      confirmedAt,
      user,
      created,
      s.fate === 'shipped' || s.fate === 'partially_shipped' ? stamp(s.shipDay, '15:00:00.000Z') : created,
    ).lastInsertRowid;
    counts.orders += 1;
    const lineIds = s.lines.map((l, i) => {
      const qty = l.units * 10_000;
      const shipped = i < shippedCount ? qty : 0;
      const cancelled = s.fate === 'cancelled' ? qty : 0;
      const p = l.product;
      counts.lines += 1;
      return line.run(
        id,
        i + 1,
        p.id,
        p.name,
        qty,
        p.unit,
        p.price,
        p.taxRateId,
        p.taxPercent,
        l.net,
        l.tax,
        shipped,
        cancelled,
      ).lastInsertRowid;
    });
    if (!numbered) return;
    // Reservations: + on confirm; − when shipped, cancelled or refused (append-only, as syncReservations writes).
    s.lines.forEach((l, i) => {
      reserve.run(l.product.id, lineIds[i], l.units * 10_000, 'confirm', confirmedAt);
      counts.reservations += 1;
    });
    if (s.fate === 'cancelled' || s.fate === 'rejected') {
      const at = stamp(Math.min(LAST_DAY, s.day + 1));
      s.lines.forEach((l, i) => reserve.run(l.product.id, lineIds[i], -l.units * 10_000, 'cancel', at));
      counts.reservations += s.lines.length;
      if (s.fate === 'rejected') decision.run(id, net + tax, net + tax, user, at);
    }
    if (shippedCount === 0) return;
    const shipDate = isoDay(s.shipDay);
    const delivered = s.fate === 'shipped' && s.shipDay < LAST_DAY - 14;
    const number = shipmentNumbers.next(s.shipDay);
    const at = stamp(s.shipDay, '15:00:00.000Z');
    const shipmentId = shipment.run(
      number,
      id,
      delivered ? 'delivered' : 'shipped',
      shipDate,
      carriers[s.seq % carriers.length],
      s.seq % carriers.length === 4 ? '' : `TRK${String(s.seq).padStart(9, '0')}`,
      1 + (s.seq % 3),
      delivered ? isoDay(Math.min(LAST_DAY, s.shipDay + 2)) : null,
      user,
      at,
      at,
    ).lastInsertRowid;
    counts.shipments += 1;
    for (let i = 0; i < shippedCount; i += 1) {
      const l = s.lines[i]!;
      const qty = l.units * 10_000;
      shipmentLine.run(shipmentId, lineIds[i], l.product.id, qty, qty);
      movement.run(l.product.id, shipDate, 'shipment', -qty, `Shipment ${number}`, shipmentId, at, user);
      reserve.run(l.product.id, lineIds[i], -qty, 'ship', at);
      counts.movements += 1;
      counts.reservations += 1;
    }
  });
  orderNumbers.commit();
  shipmentNumbers.commit();
  return counts;
}

export interface OrderSummary extends OrderCounts {
  focusCustomerId: number;
}

/** Adds the order history to a file that already has customers, products and their receivables. */
export function fillOrders(ctx: CompanyContext, rand: Random): OrderSummary {
  const focusId = findFocusCustomer(ctx);
  const history = loadCustomers(ctx, historyCustomerSql);
  const focus = loadCustomers(ctx, `id = ${focusId}`)[0]!;
  const products = loadProducts(ctx);
  const counts = writeOrders(ctx, orderSpecs(rand, history, focus, products), products);
  // The focus customer's limit leaves room for the benchmark's orders, and its tolerance covers its oldest open
  // invoice, so they confirm rather than go on hold.
  const exposure = getExposure(ctx, focusId);
  ctx.tx(() =>
    ctx.sqlite
      .prepare(
        'UPDATE customers SET credit_limit = ?, credit_stop = 0, overdue_tolerance_days = ? WHERE id = ?',
      )
      .run(
        Math.ceil((exposure.exposure * 2) / 100_000) * 100_000,
        Math.min(365, exposure.oldestOverdueDays),
        focusId,
      ),
  );
  return { ...counts, focusCustomerId: focusId };
}
