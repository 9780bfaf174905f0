// The receivables rows of `npm run bench`: posting a 20-line invoice, the allocation proposal for a customer with
// 5k open items, the account of a customer with 10k entries, the trial balance over the whole ledger, the invoice
// list and recording a payment — each through the real dispatcher, as the screens call it.
import type { InputOf } from '../../shared/contract';
import type { CompanyContext } from '../../electron/context';
import { postInvoice } from '../../electron/invoicing/post';
import type { Services } from '../../electron/services';
import type { Random } from './generate';
import { productSample, timeMany, typedCall, type Call, type Report } from './orderBench';
import { findFocusCustomer } from './orderData';
import { findReceivablesCustomers } from './receivablesData';
import { median, summarize, timed, timeSync } from './stats';

const POST_WARMUP = 20;
const POST_SAMPLES = 400;
const SAMPLES = 50;
const SLOW_SAMPLES = 10;
const PAYMENT_SAMPLES = 100;
const TODAY = '2026-03-02';

const ms = (v: number) => `${v < 10 ? v.toFixed(3) : v.toFixed(1)} ms`;
const n = (v: number) => v.toLocaleString('en');
const both = (s: { median: number; p95: number }) => `${ms(s.median)} / ${ms(s.p95)}`;
const under = (limit: number, s: { median: number; p95: number }) => s.median < limit && s.p95 < limit;

/** The floor under any write: a transaction of one tiny row, committed (synchronous=FULL makes that an fsync). */
function commitFloor(ctx: CompanyContext): number {
  ctx.sqlite.exec('CREATE TABLE IF NOT EXISTS bench_commit_floor (n INTEGER)');
  const insert = ctx.sqlite.prepare('INSERT INTO bench_commit_floor (n) VALUES (?)');
  return median(Array.from({ length: 50 }, (_, i) => timeSync(() => ctx.tx(() => insert.run(i)))));
}

async function benchInvoicePost(
  call: Call,
  ctx: CompanyContext,
  report: Report,
  customerId: number,
  products: number[],
  rand: Random,
): Promise<void> {
  const draft = (ref: string) => ({
    customerId,
    invoiceDate: TODAY,
    customerReference: ref,
    lines: productSample(products, rand, 20).map((productId) => ({ productId, quantity: '2' })),
  });
  const creates: number[] = [];
  const posts: number[] = [];
  for (let i = 0; i < POST_WARMUP + POST_SAMPLES; i += 1) {
    const created = await timed(() => call('invoices.create', draft(`BENCH-${i}`)));
    const posted = await timed(() => call('invoices.post', { id: created.value.id }));
    if (i < POST_WARMUP) continue;
    creates.push(created.ms);
    posts.push(posted.ms);
  }
  const p = summarize(posts);
  report(`invoices.post, 20 lines, median (n=${p.n})`, ms(p.median), '< 2 ms', p.median < 2);
  report('  … p99 (p95)', `${ms(p.p99)} (${ms(p.p95)})`, '< 5 ms', p.p99 < 5);
  // Where the time goes: the same posts inside one transaction (so without a commit each), and a commit alone.
  const ids: number[] = [];
  for (let i = 0; i < 100; i += 1) ids.push((await call('invoices.create', draft(`CPU-${i}`))).id);
  const cpu: number[] = [];
  ctx.tx(() => ids.forEach((id) => cpu.push(timeSync(() => postInvoice(ctx, id)))));
  report(
    '  … postInvoice without its commit, median / a one-row commit alone, median',
    `${ms(median(cpu))} / ${ms(commitFloor(ctx))}`,
  );
  report('invoices.create, 20-line draft, median / p95', both(summarize(creates)));
}

interface OpenInvoice {
  id: number;
  number: string;
  open: number;
}

function openInvoicesOf(ctx: CompanyContext, customerId: number): OpenInvoice[] {
  return ctx.sqlite
    .prepare(
      `SELECT i.id, i.number, b.open FROM invoice_balances b JOIN invoices i ON i.id = b.invoice_id
       WHERE b.customer_id = ? AND b.open > 0 ORDER BY b.next_due_date, i.id`,
    )
    .all(customerId) as OpenInvoice[];
}

/** Half the payments name an invoice in their reference, as bank statements often do; half name none. */
async function benchProposal(
  call: Call,
  ctx: CompanyContext,
  report: Report,
  customerId: number,
  rand: Random,
): Promise<void> {
  const open = openInvoicesOf(ctx, customerId);
  const input = (i: number) => ({
    customerId,
    amount: 50_000 + Math.floor(rand() * 2_000_000),
    date: TODAY,
    reference: i % 2 === 0 ? '' : `Payment ${open[Math.floor(rand() * open.length)]!.number} thanks`,
  });
  const first = await call('payments.proposeAllocation', input(0));
  for (let i = 0; i < 5; i += 1) await call('payments.proposeAllocation', input(i));
  const s = summarize(await timeMany(SAMPLES, (i) => call('payments.proposeAllocation', input(i))));
  report(
    `payments.proposeAllocation, ${n(first.openCount)} open items (${n(first.rows.length)} listed), median / p95 (n=${s.n})`,
    both(s),
    '< 10 ms',
    under(10, s),
  );
}

async function benchAccount(call: Call, report: Report, customerId: number, focusId: number): Promise<void> {
  const page = { limit: 50, offset: 0 };
  const first = await call('customers.account', { customerId, ...page });
  const s = summarize(await timeMany(SAMPLES, () => call('customers.account', { customerId, ...page })));
  report(
    `customers.account, first page (${n(first.history.total)} entries, ${n(first.openCount)} open), median / p95`,
    both(s),
    '< 30 ms',
    under(30, s),
  );
  const focus = await call('customers.account', { customerId: focusId, ...page });
  const f = summarize(
    await timeMany(SLOW_SAMPLES, () => call('customers.account', { customerId: focusId, ...page })),
  );
  report(`  … of the order focus customer (${n(focus.openCount)} open items), median`, ms(f.median));
}

async function benchTrialBalance(call: Call, ctx: CompanyContext, report: Report): Promise<void> {
  const lines = (ctx.sqlite.prepare('SELECT count(*) AS n FROM journal_lines').get() as { n: number }).n;
  for (const asOf of ['2025-12-31', TODAY]) {
    await call('ledger.trialBalance', { asOf });
    const s = summarize(await timeMany(SLOW_SAMPLES, () => call('ledger.trialBalance', { asOf })));
    report(
      `ledger.trialBalance as of ${asOf} (${n(lines)} journal lines in all), median / p95`,
      both(s),
      '< 150 ms',
      under(150, s),
    );
  }
}

async function benchInvoiceList(call: Call, ctx: CompanyContext, report: Report): Promise<void> {
  const row = async (label: string, q: InputOf<'invoices.list'>) => {
    const page = await call('invoices.list', q);
    const s = summarize(await timeMany(SLOW_SAMPLES, () => call('invoices.list', q)));
    report(`invoices.list ${label} (${n(page.total)} hits), median / p95`, both(s));
  };
  await row('status overdue, first page', { status: 'overdue' });
  const sample = ctx.sqlite
    .prepare(
      `SELECT i.number, c.name FROM invoices i JOIN customers c ON c.id = i.customer_id
       WHERE i.id % 997 = 0 AND c.id % 5 = 1 ORDER BY i.id LIMIT 1`,
    )
    .get() as { number: string; name: string };
  await row(`search "${sample.number}" (a number)`, { search: sample.number });
  const name = sample.name.split(' ').slice(0, 2).join(' ');
  await row(`search "${name}" (a customer name)`, { search: name });
  await row('without filter, first page', {});
}

async function benchRecordPayment(
  call: Call,
  ctx: CompanyContext,
  report: Report,
  customerId: number,
): Promise<void> {
  const open = openInvoicesOf(ctx, customerId);
  const record = (i: number) => {
    const three = open.slice(i * 3, i * 3 + 3);
    return call('payments.record', {
      customerId,
      date: TODAY,
      amount: three.reduce((sum, inv) => sum + inv.open, 0),
      reference: three.map((inv) => inv.number).join(' '),
      allocations: three.map((inv) => ({ invoiceId: inv.id, amount: inv.open })),
    });
  };
  for (let i = 0; i < 5; i += 1) await record(i);
  const s = summarize(await timeMany(PAYMENT_SAMPLES, (i) => record(5 + i)));
  report(`payments.record, 3 allocations, median / p95 (n=${s.n})`, both(s));
}

export async function benchReceivables(
  services: Services,
  ctx: CompanyContext,
  report: Report,
  rand: Random,
): Promise<void> {
  const call = typedCall(services);
  const { proposal, account } = findReceivablesCustomers(ctx);
  const ordinary = (
    ctx.sqlite
      .prepare(
        "SELECT id FROM customers WHERE archived = 0 AND currency = 'EUR' AND id % 5 = 1 ORDER BY id LIMIT 1",
      )
      .get() as { id: number }
  ).id;
  const products = (
    ctx.sqlite.prepare('SELECT id FROM products WHERE archived = 0 ORDER BY id').all() as { id: number }[]
  ).map((p) => p.id);
  await benchInvoicePost(call, ctx, report, ordinary, products, rand);
  await benchProposal(call, ctx, report, proposal, rand);
  await benchAccount(call, report, account, findFocusCustomer(ctx));
  await benchTrialBalance(call, ctx, report);
  await benchInvoiceList(call, ctx, report);
  await benchRecordPayment(call, ctx, report, proposal);
}
