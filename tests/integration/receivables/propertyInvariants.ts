// What must hold after any sequence of receivables steps, read from the database and through the contract and
// held against the test's own model: balanced entries, control accounts equal to open items and unapplied
// credit (document currency and base), nothing settled beyond its invoice or source, gapless numbers, derived
// values that re-derive to the same, order statuses (closed when shipped, invoiced and settled).
import { expect } from 'vitest';
import { verifyReceivables } from '../../../electron/invoicing/verify';
import { verifyOrder } from '../../../electron/orders/refresh';
import { sourceState } from '../../../electron/payments/sources';
import { addDays } from '../../../shared/dates';
import { Dec, minorUnits } from '../../../shared/money';
import { sqliteOf } from '../../helpers/orderFixtures';
import { count, creditOf, creditTotal, fullDiscount, type World } from './propertyWorld';

const all = <T>(w: World, sql: string, ...params: unknown[]) =>
  sqliteOf(w.s)
    .prepare(sql)
    .all(...params) as T[];

/** Numbers of one series, per year consecutive from 1. */
function expectGapless(w: World, table: string, prefix: string, digits: number) {
  const numbers = all<{ n: string }>(w, `SELECT number AS n FROM ${table} WHERE number IS NOT NULL`).map(
    (r) => r.n,
  );
  const byYear = new Map<string, number[]>();
  for (const n of numbers) {
    const match = new RegExp(`^${prefix}-(\\d{4})-(\\d{${digits}})$`).exec(n);
    expect(match, `${n} follows ${prefix}-YYYY-${'#'.repeat(digits)}`).not.toBeNull();
    const [, year = '', counter = ''] = match ?? [];
    byYear.set(year, [...(byYear.get(year) ?? []), Number(counter)]);
  }
  for (const [year, counters] of byYear) {
    counters.sort((a, b) => a - b);
    expect(counters, `${prefix} ${year} gapless`).toEqual(counters.map((_, i) => i + 1));
    if (year === '2027') count(w, `${prefix}-2027`);
  }
}

function checkLedger(w: World) {
  const unbalanced = all(
    w,
    'SELECT entry_id FROM journal_lines GROUP BY entry_id HAVING sum(amount) <> 0 OR sum(amount_base) <> 0',
  );
  expect(unbalanced, 'entries that do not balance in document or base currency').toEqual([]);
  const roles = new Map(
    all<{ id: number; role: string | null }>(w, 'SELECT id, role FROM accounts').map((a) => [a.role, a.id]),
  );
  const perCustomer = all<{
    customerId: number;
    ar: number;
    arBase: number;
    credits: number;
    creditsBase: number;
  }>(
    w,
    `SELECT customer_id AS customerId,
       coalesce(sum(CASE WHEN account_id = @ar THEN amount END), 0) AS ar,
       coalesce(sum(CASE WHEN account_id = @ar THEN amount_base END), 0) AS arBase,
       coalesce(sum(CASE WHEN account_id = @cr THEN amount END), 0) AS credits,
       coalesce(sum(CASE WHEN account_id = @cr THEN amount_base END), 0) AS creditsBase
     FROM journal_lines WHERE customer_id IS NOT NULL GROUP BY customer_id`,
    { ar: roles.get('ar'), cr: roles.get('customer_credits') },
  );
  const totals = all<{ ar: number; cr: number }>(
    w,
    `SELECT coalesce(sum(CASE WHEN account_id = @ar THEN amount_base END), 0) AS ar,
            coalesce(sum(CASE WHEN account_id = @cr THEN amount_base END), 0) AS cr FROM journal_lines`,
    { ar: roles.get('ar'), cr: roles.get('customer_credits') },
  )[0];
  const ctx = w.s.session.require();
  let arBaseAll = 0;
  let creditsBaseAll = 0;
  w.customers.forEach((c, index) => {
    const ledger = perCustomer.find((r) => r.customerId === c.id) ?? {
      ar: 0,
      arBase: 0,
      credits: 0,
      creditsBase: 0,
    };
    const invoices = [...w.invoices.values()].filter((i) => i.customer === index);
    expect(ledger.ar, `${c.currency} AR = Σ open items`).toBe(invoices.reduce((s, i) => s + i.open, 0));
    const open = all<{ base: number }>(
      w,
      `SELECT coalesce(sum(i.ar_base - b.ar_base_relieved), 0) AS base
       FROM invoices i JOIN invoice_balances b ON b.invoice_id = i.id WHERE i.customer_id = ?`,
      c.id,
    )[0];
    expect(ledger.arBase, `${c.currency} AR base = Σ (ar_base − relieved)`).toBe(open?.base);
    expect(0 - ledger.credits, `${c.currency} credits account = unapplied`).toBe(creditTotal(w, index));
    const sources = [...w.sources.values()].filter((s) => s.customer === index);
    const remainingBase = sources.reduce((s, x) => s + sourceState(ctx, x.type, x.id).remainingBase, 0);
    expect(0 - ledger.creditsBase, `${c.currency} credits base = Σ base left on sources`).toBe(remainingBase);
    arBaseAll += ledger.arBase;
    creditsBaseAll += ledger.creditsBase;
  });
  expect([totals?.ar, totals?.cr], 'control accounts hold only customer lines').toEqual([
    arBaseAll,
    creditsBaseAll,
  ]);
  const fx = all<{ role: string; n: number }>(
    w,
    `SELECT a.role, count(*) AS n FROM journal_lines l JOIN accounts a ON a.id = l.account_id
     WHERE a.role IN ('fx_gain', 'fx_loss') GROUP BY a.role`,
  );
  for (const r of fx) count(w, `${r.role}Posted`, r.n > 0 ? 1 : 0);
  const net = all<{ role: string; base: number }>(
    w,
    `SELECT a.role, sum(l.amount_base) AS base FROM journal_lines l JOIN accounts a ON a.id = l.account_id
     WHERE a.role IN ('fx_gain', 'fx_loss') GROUP BY a.role`,
  );
  for (const r of net)
    expect(r.base * (r.role === 'fx_gain' ? -1 : 1), `${r.role} on its own side`).toBeGreaterThanOrEqual(0);
}

/** Base of a document amount at a rate (EUR cents), rounded half-up. */
const baseAt = (amount: number, currency: string, rate: string) =>
  new Dec(amount)
    .times(rate)
    .times(new Dec(10).pow(2 - minorUnits(currency)))
    .toDecimalPlaces(0, Dec.ROUND_HALF_UP)
    .toNumber();

/**
 * Every settlement relieves AR at its invoice's rate and takes from its source at the source's rate; only
 * the piece that closes an invoice or empties a source absorbs the earlier pieces' rounding (a unit each).
 */
function checkSettlementRates(w: World) {
  const rows = all<{
    id: number;
    kind: string;
    amount: number;
    arBase: number;
    sourceBase: number;
    currency: string;
    invoiceRate: string | null;
    sourceRate: string;
    invoicePieces: number;
    sourcePieces: number;
  }>(
    w,
    `SELECT a.id, a.kind, a.amount, a.ar_base AS arBase, a.source_base AS sourceBase,
       coalesce(p.currency, n.currency) AS currency, i.fx_rate AS invoiceRate,
       coalesce(p.fx_rate, n.fx_rate) AS sourceRate,
       (SELECT count(*) FROM allocations x WHERE x.invoice_id = a.invoice_id) AS invoicePieces,
       (SELECT count(*) FROM allocations x WHERE x.source_type = a.source_type AND x.source_id = a.source_id)
         AS sourcePieces
     FROM allocations a LEFT JOIN invoices i ON i.id = a.invoice_id
       LEFT JOIN payments p ON a.source_type = 'payment' AND p.id = a.source_id
       LEFT JOIN credit_notes n ON a.source_type = 'credit_note' AND n.id = a.source_id`,
  );
  for (const r of rows) {
    if (r.invoiceRate !== null) {
      const off = Math.abs(r.arBase - baseAt(r.amount, r.currency, r.invoiceRate));
      expect(off, `allocation ${r.id} relieves AR at the invoice rate`).toBeLessThanOrEqual(r.invoicePieces);
    }
    if (r.kind === 'apply') {
      const off = Math.abs(r.sourceBase - baseAt(r.amount, r.currency, r.sourceRate));
      expect(off, `allocation ${r.id} takes from its source at its rate`).toBeLessThanOrEqual(r.sourcePieces);
    } else expect(r.sourceBase, `allocation ${r.id} takes nothing from the source`).toBe(0);
  }
}

async function checkDocuments(w: World, isFinal: boolean) {
  const balances = new Map(
    all<{ id: number; open: number; arBase: number; relieved: number; discounted: number }>(
      w,
      `SELECT b.invoice_id AS id, b.open, i.ar_base AS arBase, b.ar_base_relieved AS relieved, b.discounted
       FROM invoice_balances b JOIN invoices i ON i.id = b.invoice_id`,
    ).map((r) => [r.id, r]),
  );
  expect(balances.size, 'every posted invoice, and only those, has a balance').toBe(w.invoices.size);
  const invoices = [...w.invoices.values()];
  // every invoice at the end; between, the most recent ones (cheaper, and they are the ones that move)
  for (const inv of isFinal ? invoices : invoices.slice(-6)) {
    const first = await w.s.call('invoices.get', { id: inv.id });
    expect(await w.s.call('invoices.get', { id: inv.id }), 'invoices.get again').toEqual(first);
    expect([first.number, first.open], `${inv.number} as the model has it`).toEqual([inv.number, inv.open]);
    if (inv.open === 0) expect(['paid', 'credited']).toContain(first.status);
  }
  for (const inv of invoices) {
    const b = balances.get(inv.id);
    expect(b?.open, `${inv.number} cached open`).toBe(inv.open);
    expect(inv.open, `${inv.number} open ≥ 0`).toBeGreaterThanOrEqual(0);
    if (inv.open === 0) expect(b?.arBase, `${inv.number} settled leaves no base on AR`).toBe(b?.relieved);
    expect(b?.discounted, `${inv.number} early-payment discount taken once`).toBeLessThanOrEqual(
      fullDiscount(inv),
    );
  }
  for (const s of w.sources.values()) {
    const state = sourceState(w.s.session.require(), s.type, s.id);
    expect(state.remaining, `${s.key} remaining`).toBe(s.remaining);
    expect(state.remaining, `${s.key} never gave more than it had`).toBeGreaterThanOrEqual(0);
    if (state.remaining === 0) expect(state.remainingBase, `${s.key} empty leaves no base`).toBe(0);
  }
  const overdrawn = all(
    w,
    `SELECT source_type, source_id FROM allocations WHERE kind = 'apply' GROUP BY source_type, source_id
     HAVING sum(amount) < 0`,
  );
  expect(overdrawn, 'no source gave back more than it gave').toEqual([]);
  for (const [table, prefix, digits] of [
    ['invoices', 'INV', 5],
    ['credit_notes', 'CN', 5],
    ['payments', 'PAY', 5],
    ['refunds', 'RF', 5],
    ['journal_entries', 'JE', 6],
  ] as const)
    expectGapless(w, table, prefix, digits);
  const unnumbered = all(
    w,
    `SELECT id FROM invoices WHERE (posted_at IS NULL) <> (number IS NULL)
     UNION ALL SELECT id FROM credit_notes WHERE (posted_at IS NULL) <> (number IS NULL)`,
  );
  expect(unnumbered, 'a number exactly when posted').toEqual([]);
}

async function checkAccounts(w: World) {
  for (const [index, c] of w.customers.entries()) {
    const query = { customerId: c.id, asOf: w.today, limit: 5, offset: 0 };
    const account = await w.s.call('customers.account', query);
    expect(await w.s.call('customers.account', query), 'customers.account again').toEqual(account);
    const owed = [...w.invoices.values()].filter((i) => i.customer === index && i.open > 0);
    expect([account.openTotal, account.openCount, account.unappliedTotal]).toEqual([
      owed.reduce((s, i) => s + i.open, 0),
      owed.length,
      creditTotal(w, index),
    ]);
    expect(account.balance).toBe(account.openTotal - account.unappliedTotal);
    expect(account.history.rows[0]?.balance ?? 0, 'history ends at the balance').toBe(account.balance);
    const credits = await w.s.call('credits.list', { customerId: c.id });
    expect(credits.total).toBe(creditTotal(w, index));
    expect(
      credits.sources.map((x) => [x.sourceType, x.sourceId, x.unapplied]),
      'credit by source, oldest first',
    ).toEqual(creditOf(w, index).map((x) => [x.type, x.id, x.remaining]));
    const listed = await w.s.call('invoices.list', { customerId: c.id, limit: 500 });
    const model = [...w.invoices.values()].filter((i) => i.customer === index);
    expect(
      Object.fromEntries(listed.rows.filter((r) => r.number !== null).map((r) => [r.id, r.open])),
      'invoices.list: every posted invoice with its open amount',
    ).toEqual(Object.fromEntries(model.map((i) => [i.id, i.open])));
    await checkAccountAsOf(w, c.id, addDays(w.today, -((w.invoices.size + index) % 9)));
  }
}

/** The account as of an earlier day ties to the customer's ledger lines up to that day, page by page. */
async function checkAccountAsOf(w: World, customerId: number, asOf: string) {
  const query = { customerId, asOf, limit: 6, offset: 0 };
  const account = await w.s.call('customers.account', query);
  const ledger = all<{ ar: number; credits: number }>(
    w,
    `SELECT coalesce(sum(CASE WHEN a.role = 'ar' THEN l.amount END), 0) AS ar,
            coalesce(sum(CASE WHEN a.role = 'customer_credits' THEN -l.amount END), 0) AS credits
     FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE l.customer_id = ? AND l.date <= ?`,
    customerId,
    asOf,
  )[0];
  expect([account.openTotal, account.unappliedTotal], `account as of ${asOf} = ledger`).toEqual([
    ledger?.ar,
    ledger?.credits,
  ]);
  const rows = account.history.rows;
  expect(rows[0]?.balance ?? 0, `history as of ${asOf} ends at the balance`).toBe(account.balance);
  rows
    .slice(1)
    .forEach((r, i) => expect(r.balance, 'running balance').toBe(rows[i]!.balance - rows[i]!.amount));
  const later = await w.s.call('customers.account', { ...query, limit: 3, offset: 2 });
  expect(later.history.rows, 'the next page continues the first').toEqual(rows.slice(2, 5));
}

function checkOrders(w: World) {
  const ctx = w.s.session.require();
  for (const id of w.orders) expect(verifyOrder(ctx, id), `order ${id}`).toEqual([]);
  const facts = all<{ id: number; status: string; undone: number; unbilled: number; billing: number }>(
    w,
    `SELECT o.id, o.status,
       (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id AND l.kind = 'product'
          AND l.qty > l.shipped_qty + l.cancelled_qty) AS undone,
       (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id AND
          (SELECT coalesce(sum(il.qty), 0) FROM invoice_lines il JOIN invoices i ON i.id = il.invoice_id
           WHERE il.order_line_id = l.id AND il.kind <> 'deposit' AND i.posted_at IS NOT NULL)
          < CASE WHEN l.kind = 'product' THEN l.shipped_qty ELSE l.qty - l.cancelled_qty END) AS unbilled,
       (SELECT count(*) FROM invoices i WHERE i.order_id = o.id AND i.posted_at IS NOT NULL AND i.is_deposit = 0)
         AS billing
     FROM orders o WHERE o.is_confirmed = 1 AND o.is_cancelled = 0`,
  );
  for (const o of facts) {
    const invoices = [...w.invoices.values()].filter((i) => i.orderId === o.id);
    const isClosed =
      o.undone === 0 && o.unbilled === 0 && o.billing > 0 && invoices.every((i) => i.open === 0);
    if (o.status !== 'cancelled')
      expect(o.status === 'closed', `order ${o.id} is ${o.status}`).toBe(isClosed);
    if (o.status === 'closed') count(w, 'orderClosed');
  }
  // a discount amount belongs to the whole ordered quantity: billed in parts it adds up to itself, no more
  const discounts = all<{ id: number; qty: number; discount: number; invoiced: number; taken: number }>(
    w,
    `SELECT l.id, l.qty, l.discount_amount AS discount,
       coalesce(sum(il.qty), 0) AS invoiced, coalesce(sum(il.discount_amount), 0) AS taken
     FROM order_lines l LEFT JOIN invoice_lines il ON il.order_line_id = l.id
       AND il.invoice_id IN (SELECT id FROM invoices WHERE posted_at IS NOT NULL)
     WHERE l.discount_amount IS NOT NULL GROUP BY l.id`,
  );
  for (const d of discounts) {
    expect(d.taken, `order line ${d.id} discount billed`).toBeLessThanOrEqual(d.discount);
    if (d.invoiced === d.qty) {
      expect(d.taken, `order line ${d.id} billed in full takes its whole discount`).toBe(d.discount);
      count(w, 'orderDiscountBilled');
    }
  }
}

export async function checkInvariants(w: World, isFinal: boolean): Promise<void> {
  expect(verifyReceivables(w.s.session.require())).toEqual([]);
  checkLedger(w);
  checkSettlementRates(w);
  await checkDocuments(w, isFinal);
  await checkAccounts(w);
  checkOrders(w);
  const tb = await w.s.call('ledger.trialBalance', { asOf: '2099-12-31' });
  expect(tb.totalDebit, 'trial balance').toBe(tb.totalCredit);
  if (isFinal) expect((await w.s.call('audit.verify', {})).ok).toBe(true);
}
