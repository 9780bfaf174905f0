// The demo company's receivables, made through the real services: invoices in every state (paid, partly paid,
// overdue, disputed, credited), an order billed and closed, payments in pounds and dollars at other rates than
// their invoices, an early-payment discount, an overpayment left as credit.
import { creditNoteInput, invoiceInput } from '../../shared/contract/invoices';
import { paymentInput } from '../../shared/contract/payments';
import { addDays, todayIn } from '../../shared/dates';
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';
import { setRate } from '../fx/rates';
import { createCreditNote } from '../invoicing/creditNoteDraft';
import { postCreditNote } from '../invoicing/creditNotePost';
import { setDisputed } from '../invoicing/disputes';
import { createInvoice } from '../invoicing/drafts';
import { createInvoiceFromOrder } from '../invoicing/fromOrder';
import { postInvoice } from '../invoicing/post';
import { recordPayment } from '../payments/record';

interface DemoInvoice {
  customer: string;
  daysAgo: number;
  /** [index among the tracked products, quantity] */
  lines: [number, string][];
  payments?: { daysAgo: number; share: 'all' | 'half' | 'all_less_discount' | 'over'; rate?: string }[];
  creditDaysAgo?: number;
  dispute?: string;
}

const demoInvoices: DemoInvoice[] = [
  {
    customer: 'Atlantic Provisions Ltd',
    daysAgo: 70,
    lines: [
      [2, '40'],
      [5, '24'],
    ],
    payments: [{ daysAgo: 40, share: 'all' }],
  },
  {
    customer: 'Harrow & Finch Grocers',
    daysAgo: 50,
    lines: [
      [1, '30'],
      [4, '12'],
    ],
    payments: [{ daysAgo: 20, share: 'all', rate: '1.1580' }],
  },
  {
    customer: 'Dunmore Golf Club',
    daysAgo: 60,
    lines: [
      [3, '18'],
      [6, '10'],
    ],
  },
  {
    customer: 'The Hungry Heron Café',
    daysAgo: 45,
    lines: [
      [0, '12'],
      [8, '6'],
    ],
    payments: [{ daysAgo: 15, share: 'half' }],
  },
  {
    customer: 'Müller Feinkost GmbH',
    daysAgo: 20,
    lines: [[7, '16']],
    dispute: 'Two cases arrived damaged; waiting for photos',
  },
  {
    customer: 'Pantry & Pour Inc.',
    daysAgo: 25,
    lines: [[9, '20']],
    payments: [{ daysAgo: 5, share: 'over', rate: '0.9240' }],
  },
  {
    customer: 'Brewed Awakening Coffee Co.',
    daysAgo: 35,
    lines: [[10, '30']],
    creditDaysAgo: 30,
    payments: [{ daysAgo: 8, share: 'all' }],
  },
  {
    customer: 'Van der Berg Groothandel B.V.',
    daysAgo: 9,
    lines: [
      [2, '60'],
      [3, '48'],
    ],
    payments: [{ daysAgo: 2, share: 'all_less_discount' }],
  },
  { customer: 'Kaffeehaus Schwarz KG', daysAgo: 4, lines: [[11, '10']] },
];

export function buildDemoReceivables(ctx: CompanyContext): void {
  const today = todayIn(ctx.clock);
  const start = `${today.slice(0, 4)}-01-02`;
  const dated = (daysAgo: number) => {
    const d = addDays(today, -daysAgo);
    return d < start ? start : d;
  };
  setRate(ctx, { currency: 'GBP', date: start, rate: '1.1650' });
  setRate(ctx, { currency: 'USD', date: start, rate: '0.9180' });
  setRate(ctx, { currency: 'GBP', date: dated(30), rate: '1.1612' });
  setRate(ctx, { currency: 'USD', date: dated(30), rate: '0.9205' });
  const tracked = stmt(
    ctx.sqlite,
    'SELECT id FROM products WHERE is_stock_tracked = 1 AND archived = 0 ORDER BY id LIMIT 40',
  ).all() as { id: number }[];
  const customerId = (name: string) =>
    (stmt(ctx.sqlite, 'SELECT id FROM customers WHERE name = ?').get(name) as { id: number }).id;

  for (const d of demoInvoices) {
    const id = customerId(d.customer);
    const draft = createInvoice(
      ctx,
      invoiceInput.parse({
        customerId: id,
        invoiceDate: dated(d.daysAgo),
        lines: d.lines.map(([index, quantity]) => ({ productId: tracked[index]?.id ?? null, quantity })),
      }),
    );
    const invoice = postInvoice(ctx, draft.id);
    if (d.creditDaysAgo !== undefined) {
      const note = createCreditNote(
        ctx,
        creditNoteInput.parse({
          invoiceId: invoice.id,
          date: dated(d.creditDaysAgo),
          mode: 'amount',
          amount: Math.round(invoice.total / 10),
          reason: 'Late delivery: 10 % off as agreed on the phone',
        }),
      );
      postCreditNote(ctx, note.id);
    }
    if (d.dispute) setDisputed(ctx, { id: invoice.id, disputed: true, reason: d.dispute });
    for (const p of d.payments ?? []) {
      const open = (
        stmt(ctx.sqlite, 'SELECT open FROM invoice_balances WHERE invoice_id = ?').get(invoice.id) as {
          open: number;
        }
      ).open;
      const discount = p.share === 'all_less_discount' ? Math.round(invoice.total * 0.02) : 0;
      const pay = p.share === 'half' ? Math.floor(open / 2) : open - discount;
      recordPayment(
        ctx,
        paymentInput.parse({
          customerId: id,
          date: dated(p.daysAgo),
          amount: p.share === 'over' ? pay + 5_000 : pay,
          ...(p.rate ? { fxRate: p.rate } : {}),
          reference: `${invoice.number ?? ''} thank you`,
          allocations: [{ invoiceId: invoice.id, amount: pay, discount }],
        }),
      );
    }
  }

  // The delivered order is billed and paid (closed); the half-shipped one is billed for what went out.
  const order = (reference: string) =>
    stmt(ctx.sqlite, 'SELECT id, customer_id AS customerId FROM orders WHERE customer_reference = ?').get(
      reference,
    ) as {
      id: number;
      customerId: number;
    };
  const delivered = order('KFF-2231');
  const billed = postInvoice(ctx, createInvoiceFromOrder(ctx, delivered.id, dated(9)).id);
  recordPayment(
    ctx,
    paymentInput.parse({
      customerId: delivered.customerId,
      date: dated(1),
      amount: billed.total,
      reference: billed.number ?? '',
      allocations: [{ invoiceId: billed.id, amount: billed.total }],
    }),
  );
  const halfShipped = order('GBH/PO/884');
  postInvoice(ctx, createInvoiceFromOrder(ctx, halfShipped.id, dated(4)).id);
}
