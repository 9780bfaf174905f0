// The order-to-cash rows of `npm run bench`: confirm a 50-line order for a customer with a long open history, the
// order list with 200k orders, stock levels and shipping — each through the real dispatcher, as the screens call it.
import type { InputOf, MethodName, OutputOf } from '../../shared/contract';
import { OrdoError } from '../../shared/errors';
import type { CompanyContext } from '../../electron/context';
import type { Services } from '../../electron/services';
import type { Random } from './generate';
import { FOCUS_OPEN_ITEMS, FOCUS_OPEN_ORDERS, findFocusCustomer, ORDER_COUNT } from './orderData';
import { summarize, timeAsync, timed } from './stats';

const CONFIRM_WARMUP = 3;
const CONFIRM_SAMPLES = 40;
const LIST_SAMPLES = 50;
const SEARCH_TERMS = 30;
const SHIP_WARMUP = 2;
const SHIP_SAMPLES = 30;
const TODAY = '2026-03-02';

export type Report = (name: string, measured: string, target?: string, ok?: boolean | null) => void;
export type Call = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;

const ms = (v: number) => `${v < 10 ? v.toFixed(3) : v.toFixed(1)} ms`;
const k = (n: number) => `${Math.round(n / 1000)}k`;

export function typedCall(services: Services): Call {
  return async (method, input) => {
    const result = await services.dispatch(method, input);
    if (!result.ok) throw OrdoError.fromSerialized(result.error);
    return result.value as never;
  };
}

/** `n` distinct active, stock-tracked products, drawn with the seeded generator. */
export function productSample(ids: readonly number[], rand: Random, n: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(ids[Math.floor(rand() * ids.length)]!);
  return [...chosen];
}

const draft = (customerId: number, productIds: number[], quantity: string, ref: string) => ({
  customerId,
  orderDate: TODAY,
  customerReference: ref,
  lines: productIds.map((productId) => ({ productId, quantity })),
});

export async function timeMany(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i += 1) samples.push(await timeAsync(() => fn(i)));
  return samples;
}

async function benchConfirm(
  call: Call,
  report: Report,
  focus: number,
  products: number[],
  rand: Random,
): Promise<void> {
  const creates: number[] = [];
  const confirms: number[] = [];
  const statuses = new Map<string, number>();
  for (let i = 0; i < CONFIRM_WARMUP + CONFIRM_SAMPLES; i += 1) {
    const input = draft(focus, productSample(products, rand, 50), '1', `BENCH-${i}`);
    const created = await timed(() => call('orders.create', input));
    const confirmed = await timed(() => call('orders.confirm', { id: created.value.id }));
    if (i < CONFIRM_WARMUP) continue;
    creates.push(created.ms);
    confirms.push(confirmed.ms);
    const status = confirmed.value.status;
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  const c = summarize(confirms);
  const outcome = [...statuses].map(([s, n]) => `${n} ${s}`).join(', ');
  report(
    `orders.confirm, 50 lines (${k(FOCUS_OPEN_ITEMS)} open items, ${k(FOCUS_OPEN_ORDERS)} open orders), median (n=${c.n})`,
    ms(c.median),
    '< 20 ms',
    c.median < 20,
  );
  report(`  … p95 / max (outcome: ${outcome})`, `${ms(c.p95)} / ${ms(c.max)}`);
  const cr = summarize(creates);
  report('orders.create, 50-line draft, median / p95', `${ms(cr.median)} / ${ms(cr.p95)}`);
  const exposure = summarize(
    await timeMany(LIST_SAMPLES, () => call('credit.exposure', { customerId: focus })),
  );
  report('credit.exposure of that customer, median / p95', `${ms(exposure.median)} / ${ms(exposure.p95)}`);
}

/** How someone looks up one customer's orders: the start of the name — its first word or two, four characters or more. */
function nameTerms(ctx: CompanyContext, rand: Random): string[] {
  const names = ctx.sqlite
    .prepare(
      `SELECT c.name FROM customers c WHERE c.id IN
         (SELECT customer_id FROM orders WHERE id % 997 = 0) ORDER BY c.id`,
    )
    .all() as { name: string }[];
  return Array.from({ length: SEARCH_TERMS }, () => {
    const words = names[Math.floor(rand() * names.length)]!.name.split(' ');
    let n = 1 + Math.floor(rand() * 2);
    while (n < words.length && words.slice(0, n).join(' ').length < 4) n += 1;
    return words.slice(0, n).join(' ');
  });
}

/** Searches that match a large part of the history: a word in a third of all names, number and reference prefixes. */
const broadTerms = ['Ltd', 'SO-2025', 'PO-', 'S'];

async function benchOrderList(
  call: Call,
  ctx: CompanyContext,
  report: Report,
  focus: number,
  rand: Random,
): Promise<void> {
  const list = (q: InputOf<'orders.list'>) => call('orders.list', q);
  const row = async (label: string, q: InputOf<'orders.list'>) => {
    await list(q);
    const page = await list(q);
    const s = summarize(await timeMany(LIST_SAMPLES, () => list(q)));
    report(
      `orders.list ${label} (${page.total.toLocaleString('en')} hits), median / p95`,
      `${ms(s.median)} / ${ms(s.p95)}`,
      '< 30 ms',
      s.median < 30 && s.p95 < 30,
    );
  };
  await row(`status confirmed, first page of ${k(ORDER_COUNT)}`, { status: ['confirmed'] });
  await row('status on hold (rare)', { status: ['on_hold'] });
  const terms = nameTerms(ctx, rand);
  for (const search of terms.slice(0, 5)) await list({ search });
  const samples: { term: string; ms: number; total: number }[] = [];
  for (const search of terms) {
    const r = await timed(() => list({ search }));
    samples.push({ term: search, ms: r.ms, total: r.value.total });
  }
  const s = summarize(samples.map((x) => x.ms));
  const slowest = [...samples].sort((a, b) => b.ms - a.ms)[0]!;
  report(
    `orders.list search by customer name (n=${s.n}), median / p95`,
    `${ms(s.median)} / ${ms(s.p95)}`,
    '< 30 ms',
    s.median < 30 && s.p95 < 30,
  );
  report(`  … slowest: "${slowest.term}" (${slowest.total.toLocaleString('en')} hits)`, ms(slowest.ms));
  for (const search of broadTerms) {
    const page = await list({ search });
    const b = summarize(await timeMany(5, () => list({ search })));
    report(`  … broad search "${search}" (${page.total.toLocaleString('en')} hits), median`, ms(b.median));
  }
  const all = summarize(await timeMany(LIST_SAMPLES, () => list({})));
  report('orders.list without filter, first page, median', ms(all.median));
  const customer = summarize(await timeMany(LIST_SAMPLES, () => list({ customerId: focus })));
  report(`orders.list of one customer (${k(FOCUS_OPEN_ORDERS)} orders), median`, ms(customer.median));
  const counts = summarize(await timeMany(LIST_SAMPLES, () => call('orders.counts', {})));
  report('orders.counts (the badges), median', ms(counts.median));
}

async function benchStockAndShipping(
  call: Call,
  report: Report,
  customerId: number,
  products: number[],
  rand: Random,
): Promise<void> {
  const levels = summarize(await timeMany(LIST_SAMPLES, () => call('stock.levels', {})));
  report('stock.levels first page, median', ms(levels.median));
  const available = summarize(
    await timeMany(10, () => call('stock.levels', { search: '', filter: 'available', limit: 50, offset: 0 })),
  );
  report('  … filter "available", median', ms(available.median));

  const creates: number[] = [];
  const ships: number[] = [];
  for (let i = 0; i < SHIP_WARMUP + SHIP_SAMPLES; i += 1) {
    const order = await call(
      'orders.create',
      draft(customerId, productSample(products, rand, 10), '2', `SHIP-${i}`),
    );
    await call('orders.confirm', { id: order.id });
    const created = await timed(() => call('shipments.createFromOrder', { orderId: order.id }));
    let packed = created.value;
    for (const line of packed.lines)
      packed = await call('shipments.setPacked', { id: packed.id, lineId: line.id, packed: line.quantity });
    const shipInput = {
      id: packed.id,
      shipDate: TODAY,
      carrier: 'DPD',
      trackingNumber: `BENCH${i}`,
      parcels: 1,
      weightKg: null,
    };
    const shipped = await timeAsync(() => call('shipments.ship', shipInput));
    if (i < SHIP_WARMUP) continue;
    creates.push(created.ms);
    ships.push(shipped);
  }
  report('shipments.createFromOrder, 10 lines, median', ms(summarize(creates).median));
  report('shipments.ship, 10 lines, median', ms(summarize(ships).median));
}

export async function benchOrderToCash(
  services: Services,
  ctx: CompanyContext,
  report: Report,
  rand: Random,
): Promise<void> {
  const call = typedCall(services);
  const focus = findFocusCustomer(ctx);
  const products = (
    ctx.sqlite
      .prepare('SELECT id FROM products WHERE archived = 0 AND is_stock_tracked = 1 ORDER BY id')
      .all() as { id: number }[]
  ).map((p) => p.id);
  await benchConfirm(call, report, focus, products, rand);
  await benchOrderList(call, ctx, report, focus, rand);
  await benchStockAndShipping(call, report, focus, products, rand);
}
