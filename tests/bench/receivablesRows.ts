// Writes planned receivables (receivablesPlan.ts) with raw prepared statements, in date order, many documents per
// transaction — the rows postInvoice and recordPayment would have written: the invoice as a draft with its lines
// and installments, then its number, journal entry and posting; the payment with its entry and allocation rows
// (the services' own settle code prices each piece); then each invoice's cached balance and the number
// counters. No audit rows, as for the generated orders.
import { firstUnpaidDueDate } from '../../shared/invoicing/openAmount';
import { convertToBase } from '../../shared/invoicing/postingLines';
import { minorUnits } from '../../shared/money';
import type { CompanyContext } from '../../electron/context';
import { accountIdByRole } from '../../electron/ledger/accounts';
import { assertBalanced, toBase, type DraftLine } from '../../electron/ledger/balance';
import {
  allocationLines,
  mergeLines,
  takeFromSource,
  type PendingAllocation,
  type SourceState,
} from '../../electron/payments/settle';
import { getCompanySettings } from '../../electron/settings/company';
import { inChunks, Numbering } from './bulkWriting';
import { isoDay, stamp } from './calendar';
import type { InvoiceSpec, PaymentSpec, ReceivablesPlan } from './receivablesPlan';

export interface ReceivablesSummary {
  invoices: number;
  invoiceLines: number;
  payments: number;
  allocations: number;
  journalLines: number;
  customers: number;
}

function statements(ctx: CompanyContext) {
  const q = (sql: string) => ctx.sqlite.prepare(sql);
  return {
    draft: q(
      `INSERT INTO invoices (customer_id, order_id, is_deposit, invoice_date, due_date, payment_terms_id, installment_plan,
         early_discount_percent, early_discount_deadline, currency, fx_rate, prices_include_tax, discount_percent,
         customer_reference, notes, billing_address, net, tax, discount, fees, cash_rounding, total, created_by,
         created_at, updated_at)
       VALUES (?, NULL, 0, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, '', ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
    ),
    line: q(
      `INSERT INTO invoice_lines (invoice_id, position, kind, product_id, order_line_id, deposit_invoice_id, description,
         qty, unit, unit_price, discount_percent, discount_amount, tax_rate_id, tax_percent, fee_kind, account_id, net, tax)
       VALUES (?, ?, 'product', ?, NULL, NULL, ?, ?, ?, ?, NULL, NULL, ?, ?, NULL, ?, ?, ?)`,
    ),
    installment: q('INSERT INTO invoice_installments (invoice_id, due_date, amount) VALUES (?, ?, ?)'),
    post: q(
      `UPDATE invoices SET number = ?, ar_base = ?, journal_entry_id = ?, posted_at = ?, posted_by = ?, updated_at = ?
       WHERE id = ?`,
    ),
    entry: q(
      `INSERT INTO journal_entries (number, date, description, currency, fx_rate, source_type, source_id, posted_at, posted_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    entryLine: q(
      `INSERT INTO journal_lines (entry_id, line_no, account_id, description, amount, amount_base, customer_id, date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    payment: q(
      `INSERT INTO payments (number, customer_id, date, amount, currency, fx_rate, method, bank_account_id, reference, memo,
         journal_entry_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)`,
    ),
    allocation: q(
      `INSERT INTO allocations (customer_id, kind, source_type, source_id, invoice_id, refund_id, date, amount, ar_base,
         source_base, tax_corrected, reverses_id, reason, journal_entry_id, created_by, created_at)
       VALUES (?, 'apply', 'payment', ?, ?, NULL, ?, ?, ?, ?, 0, NULL, '', ?, ?, ?)`,
    ),
    balance: q(
      `INSERT INTO invoice_balances (invoice_id, customer_id, total, paid, credited, written_off, discounted, open,
         next_due_date, ar_base_relieved) VALUES (?, ?, ?, ?, 0, 0, 0, ?, ?, ?)`,
    ),
  };
}

export function writeReceivables(ctx: CompanyContext, plan: ReceivablesPlan): ReceivablesSummary {
  const sql = statements(ctx);
  const { baseCurrency, roundingMode } = getCompanySettings(ctx);
  const role = (r: Parameters<typeof accountIdByRole>[1]) => accountIdByRole(ctx, r);
  const [ar, credits, revenue, rounding, bank, cash] = [
    role('ar'),
    role('customer_credits'),
    role('revenue'),
    role('rounding'),
    role('bank'),
    role('cash'),
  ];
  const numbers = {
    invoice: new Numbering(ctx, 'invoice'),
    payment: new Numbering(ctx, 'payment'),
    journal: new Numbering(ctx, 'journal'),
  };
  const user = ctx.user.id;
  // settle.ts baseOf without a settings query per call; the base currency converts to itself.
  const baseOf = (amount: number, currency: string, rate: string) =>
    currency === baseCurrency
      ? amount
      : convertToBase(amount, { currency, baseCurrency, fxRate: rate }, roundingMode);
  const counts: ReceivablesSummary = {
    invoices: 0,
    invoiceLines: 0,
    payments: 0,
    allocations: 0,
    journalLines: 0,
    customers: 0,
  };

  /** postEntry's rows: converted to base at the entry's rate, the base rounding to its own line. */
  const writeEntry = (
    day: number,
    description: string,
    currency: string,
    fxRate: string,
    source: [type: string, id: number | null],
    draft: DraftLine[],
  ) => {
    assertBalanced(draft);
    const rate = currency === baseCurrency ? '1' : fxRate;
    // At rate 1 toBase is the identity on amounts: its decimal arithmetic is skipped for the base currency.
    const converted =
      currency === baseCurrency && draft.every((l) => l.amountBase === undefined)
        ? { lines: draft.map((l) => ({ ...l, amountBase: l.amount })), roundingDifference: 0 }
        : toBase(
            draft,
            rate,
            { docMinorUnits: minorUnits(currency), baseMinorUnits: minorUnits(baseCurrency) },
            roundingMode,
          );
    const lines = [...converted.lines];
    if (converted.roundingDifference !== 0) {
      lines.push({
        accountId: rounding,
        amount: 0,
        amountBase: converted.roundingDifference,
        description: 'Currency rounding',
      });
    }
    const date = isoDay(day);
    const id = Number(
      sql.entry.run(
        numbers.journal.next(day),
        date,
        description,
        currency,
        rate,
        source[0],
        source[1],
        stamp(day, '12:00:00.000Z'),
        user,
      ).lastInsertRowid,
    );
    lines.forEach((l, i) =>
      sql.entryLine.run(
        id,
        i + 1,
        l.accountId,
        l.description ?? '',
        l.amount,
        l.amountBase,
        l.customerId ?? null,
        date,
      ),
    );
    counts.journalLines += lines.length;
    return { id, lines };
  };

  const writeInvoice = (inv: InvoiceSpec) => {
    const c = inv.customer;
    const date = isoDay(inv.day);
    const t = inv.totals;
    const created = stamp(inv.day, '09:00:00.000Z');
    const id = Number(
      sql.draft.run(
        c.id,
        date,
        inv.dueDate,
        inv.termsId,
        inv.plan ? JSON.stringify(inv.plan) : null,
        inv.earlyDiscount?.percent ?? null,
        inv.earlyDiscount?.deadline ?? null,
        c.currency,
        inv.fxRate,
        inv.customerReference,
        c.address,
        t.net,
        t.tax,
        t.discount,
        t.fees,
        t.total,
        user,
        created,
        created,
      ).lastInsertRowid,
    );
    inv.lines.forEach((l, i) => {
      const p = l.product;
      sql.line.run(
        id,
        i + 1,
        p.id,
        p.name,
        l.qty,
        p.unit,
        p.price,
        p.taxRateId,
        p.taxPercent,
        revenue,
        l.net,
        l.tax,
      );
    });
    for (const i of inv.installments) sql.installment.run(id, i.dueDate, i.amount);
    const number = numbers.invoice.next(inv.day);
    // As post.ts journalLines: Dr AR the gross for the customer, Cr revenue and each tax account.
    const byAccount = new Map<number, number>();
    const add = (accountId: number, amount: number) =>
      byAccount.set(accountId, (byAccount.get(accountId) ?? 0) + amount);
    for (const l of inv.lines) {
      add(revenue, -l.net);
      if (l.tax !== 0) add(l.product.taxAccountId!, -l.tax);
    }
    const draft: DraftLine[] = [{ accountId: ar, amount: t.total, customerId: c.id }];
    for (const [accountId, amount] of byAccount) if (amount !== 0) draft.push({ accountId, amount });
    const entry = writeEntry(
      inv.day,
      `Invoice ${number} — ${c.name}`,
      c.currency,
      inv.fxRate,
      ['invoice', id],
      draft,
    );
    const arBase = entry.lines[0]!.amountBase;
    const postedAt = stamp(inv.day, '12:00:00.000Z');
    sql.post.run(number, arBase, entry.id, postedAt, user, postedAt, id);
    inv.state = {
      id,
      number,
      customerId: c.id,
      currency: c.currency,
      fxRate: inv.fxRate,
      total: t.total,
      open: t.total,
      arBase,
      arBaseRelieved: 0,
      earlyDiscountPercent: inv.earlyDiscount?.percent ?? null,
      earlyDiscountDeadline: inv.earlyDiscount?.deadline ?? null,
      orderId: null,
      paid: 0,
    };
    counts.invoices += 1;
    counts.invoiceLines += inv.lines.length;
  };

  const writePayment = (p: PaymentSpec) => {
    const c = p.customer;
    const date = isoDay(p.day);
    const number = numbers.payment.next(p.day);
    const base = baseOf(p.amount, c.currency, p.fxRate);
    const source: SourceState = {
      type: 'payment',
      id: 0,
      customerId: c.id,
      currency: c.currency,
      rate: p.fxRate,
      remaining: p.amount,
      remainingBase: base,
    };
    // As settle.ts settleRows for 'apply' pieces: AR relieved at the invoice's base (all that is left when the
    // piece closes it), the source's credit at its own.
    const pending: PendingAllocation[] = [];
    const settled: DraftLine[] = [];
    for (const a of p.allocations) {
      const inv = a.invoice.state!;
      const arBase =
        a.amount === inv.open ? inv.arBase - inv.arBaseRelieved : baseOf(a.amount, inv.currency, inv.fxRate);
      inv.open -= a.amount;
      inv.arBaseRelieved += arBase;
      inv.paid += a.amount;
      const piece: PendingAllocation = {
        kind: 'apply',
        invoiceId: inv.id,
        refundId: null,
        amount: a.amount,
        arBase,
        sourceBase: takeFromSource(ctx, source, a.amount),
        taxCorrected: false,
      };
      pending.push(piece);
      settled.push(...allocationLines(ctx, piece, inv, source));
    }
    const reference = p.namesInvoices
      ? p.allocations.map((a) => a.invoice.state!.number).join(', ')
      : p.method === 'bank_transfer'
        ? `TRF${String(p.seq).padStart(8, '0')}`
        : '';
    const moneyAccount = p.method === 'cash' ? cash : bank;
    const entry = writeEntry(
      p.day,
      `Payment ${number} — ${c.name}${reference ? ` (${reference})` : ''}`,
      c.currency,
      p.fxRate,
      ['payment', null],
      mergeLines([
        { accountId: moneyAccount, amount: p.amount, amountBase: base },
        { accountId: credits, amount: -p.amount, amountBase: -base, customerId: c.id },
        ...settled,
      ]),
    );
    const at = stamp(p.day, '12:00:00.000Z');
    const id = sql.payment.run(
      number,
      c.id,
      date,
      p.amount,
      c.currency,
      p.fxRate,
      p.method,
      moneyAccount,
      reference,
      entry.id,
      user,
      at,
    ).lastInsertRowid;
    for (const a of pending)
      sql.allocation.run(c.id, id, a.invoiceId, date, a.amount, a.arBase, a.sourceBase, entry.id, user, at);
    counts.payments += 1;
    counts.allocations += pending.length;
  };

  // Date order, invoices before the payments of their day: numbers and entry ids rise with the dates.
  const events = [
    ...plan.invoices.map((invoice) => ({ day: invoice.day, kind: 0, seq: invoice.seq, invoice })),
    ...plan.payments.map((payment) => ({ day: payment.day, kind: 1, seq: payment.seq, payment })),
  ].sort((a, b) => a.day - b.day || a.kind - b.kind || a.seq - b.seq);
  inChunks(ctx, events, (e) => ('invoice' in e ? writeInvoice(e.invoice) : writePayment(e.payment)));
  inChunks(ctx, plan.invoices, (inv) => {
    const s = inv.state!;
    const next = firstUnpaidDueDate(inv.installments, s.total - s.open);
    sql.balance.run(s.id, s.customerId, s.total, s.paid, s.open, next, s.arBaseRelieved);
  });
  for (const n of Object.values(numbers)) n.commit();
  counts.customers = new Set(plan.invoices.map((i) => i.customer.id)).size;
  return counts;
}
