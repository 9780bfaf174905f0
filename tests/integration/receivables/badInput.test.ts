// Bad receivables input through the contract: each gives a typed error on the right field and leaves the
// company file exactly as it was (every row of every table). The period lock and the database triggers that
// keep posted documents immutable are in badInputLocks.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreditNote, Invoice, Payment } from '../../../shared/contract';
import type { ErrorCode } from '../../../shared/errors';
import { fingerprint } from '../../helpers/orderFixtures';
import {
  makeBooks,
  makeCustomer,
  postedInvoice,
  rateAt,
  receivablesSettings,
  textLine,
  type Books,
} from '../../helpers/receivablesFixtures';
import { expectError, type TestServices } from '../../helpers/services';

let b: Books;
let s: TestServices;
/** 119.00 each (100.00 + 19 %), dated 16 March, no early-payment discount. */
let inv: Invoice;
let inv2: Invoice;
/** 119.00 on "2 % 10 days": the window closed on 26 March. */
let discountable: Invoice;
let cashRounded: Invoice;
let othersInvoice: Invoice;
let draftInvoice: Invoice;
let archivedDraft: Invoice;
/** 100.00 received, nothing allocated. */
let unapplied: Payment;
/** 10.00 applied to inv2 and taken back once. */
let unallocated: Payment;
let reversed: Payment;
let postedNote: CreditNote;

beforeAll(async () => {
  b = await makeBooks();
  s = b.s;
  const vat = rateAt(b, 0).id;
  await receivablesSettings(s, {
    writeOffToleranceAmount: '1.00',
    writeOffTolerancePercent: '0',
    cashRounding: [{ currency: 'EUR', increment: '0.05' }],
  });
  const other = await makeCustomer(s, 'Kunde B', 'EUR');
  inv = await postedInvoice(s, b.customer.id, [textLine('100.00', vat)]);
  inv2 = await postedInvoice(s, b.customer.id, [textLine('100.00', vat)]);
  const terms = await s.call('paymentTerms.create', {
    name: '2 % 10 days, net 30',
    kind: 'net',
    days: 30,
    discountPercent: '2',
    discountDays: 10,
  });
  discountable = await postedInvoice(s, b.customer.id, [textLine('100.00', vat)], {
    paymentTermsId: terms.id,
  });
  // 10.01 + 19 % (1.9019 → 1.90) = 11.91, cash-rounded to 11.90.
  cashRounded = await postedInvoice(s, b.customer.id, [textLine('10.01', vat)]);
  othersInvoice = await postedInvoice(s, other.id, [textLine('100.00', vat)]);
  draftInvoice = await s.call('invoices.create', {
    customerId: b.customer.id,
    invoiceDate: '2026-03-16',
    lines: [textLine('5.00', vat)],
  });
  const leaving = await makeCustomer(s, 'Leaving GmbH', 'EUR');
  archivedDraft = await s.call('invoices.create', {
    customerId: leaving.id,
    invoiceDate: '2026-03-16',
    lines: [textLine('5.00', vat)],
  });
  await s.call('customers.archive', { id: leaving.id });
  unapplied = await s.call('payments.record', {
    customerId: b.customer.id,
    date: '2026-03-17',
    amount: 10_000,
  });
  unallocated = await s.call('payments.record', {
    customerId: b.customer.id,
    date: '2026-03-17',
    amount: 1_000,
    allocations: [{ invoiceId: inv2.id, amount: 1_000 }],
  });
  await s.call('payments.unallocate', {
    allocationId: unallocated.allocations[0]!.id,
    date: '2026-03-18',
    reason: 'Wrong invoice',
  });
  reversed = await s.call('payments.record', { customerId: b.customer.id, date: '2026-03-17', amount: 500 });
  await s.call('payments.reverse', { id: reversed.id, date: '2026-03-18', reason: 'Bounced' });
  const noteDraft = await s.call('creditNotes.createFromInvoice', {
    invoiceId: inv2.id,
    date: '2026-03-18',
    mode: 'amount',
    amount: 1_190,
    reason: 'Goodwill',
  });
  postedNote = await s.call('creditNotes.post', { id: noteDraft.id });
}, 30_000);
afterAll(() => s?.dispose());

interface Case {
  label: string;
  call: () => Promise<unknown>;
  code: ErrorCode;
  path: string;
}

const pay = (
  amount: number,
  allocations: { invoiceId: number; amount: number; writeOff?: number; discount?: number }[],
) => s.call('payments.record', { customerId: b.customer.id, date: '2026-03-27', amount, allocations });
const noteFrom = (input: { mode: 'lines' | 'amount'; amount?: number; quantity?: string }) =>
  s.call('creditNotes.createFromInvoice', {
    invoiceId: inv.id,
    date: '2026-03-20',
    reason: 'Returned',
    mode: input.mode,
    ...(input.amount !== undefined ? { amount: input.amount } : {}),
    lines: input.quantity ? [{ invoiceLineId: inv.lines[0]!.id, quantity: input.quantity }] : [],
  });

const cases: Case[] = [
  {
    label: 'paying 119.01 onto an invoice with 119.00 open',
    call: () => pay(20_000, [{ invoiceId: inv.id, amount: 11_901 }]),
    code: 'VALIDATION',
    path: 'allocations.0.amount',
  },
  {
    label: 'allocating 100.01 of a payment with 100.00 unapplied',
    call: () =>
      s.call('payments.allocate', {
        paymentId: unapplied.id,
        date: '2026-03-20',
        allocations: [{ invoiceId: inv.id, amount: 10_001 }],
      }),
    code: 'VALIDATION',
    path: 'allocations.0.amount',
  },
  {
    label: 'allocations of 60.00 + 60.00 from a payment of 100.00',
    call: () =>
      pay(10_000, [
        { invoiceId: inv.id, amount: 6_000 },
        { invoiceId: inv2.id, amount: 6_000 },
      ]),
    code: 'VALIDATION',
    path: 'amount',
  },
  {
    label: "allocating to another customer's invoice",
    call: () => pay(1_000, [{ invoiceId: othersInvoice.id, amount: 1_000 }]),
    code: 'VALIDATION',
    path: 'allocations.0.invoiceId',
  },
  {
    label: "applying credit to another customer's invoice",
    call: () =>
      s.call('credits.apply', {
        customerId: b.customer.id,
        invoiceId: othersInvoice.id,
        amount: 1_000,
        date: '2026-03-20',
      }),
    code: 'VALIDATION',
    path: 'invoiceId',
  },
  {
    label: 'paying an invoice of 16 March from a payment of 10 March',
    call: () =>
      s.call('payments.record', {
        customerId: b.customer.id,
        date: '2026-03-10',
        amount: 1_000,
        allocations: [{ invoiceId: inv.id, amount: 1_000 }],
      }),
    code: 'VALIDATION',
    path: 'allocations.0.invoiceId',
  },
  {
    label: 'applying credit received 17 March on 16 March',
    call: () =>
      s.call('credits.apply', {
        customerId: b.customer.id,
        invoiceId: inv.id,
        amount: 1_000,
        date: '2026-03-16',
      }),
    code: 'VALIDATION',
    path: 'date',
  },
  {
    label: 'applying a named payment of 17 March on 16 March',
    call: () =>
      s.call('credits.apply', {
        customerId: b.customer.id,
        invoiceId: inv.id,
        amount: 1_000,
        date: '2026-03-16',
        source: { sourceType: 'payment', sourceId: unapplied.id },
      }),
    code: 'VALIDATION',
    path: 'date',
  },
  {
    label: 'refunding credit received 17 March on 16 March',
    call: () => s.call('credits.refund', { customerId: b.customer.id, amount: 1_000, date: '2026-03-16' }),
    code: 'VALIDATION',
    path: 'date',
  },
  {
    label: 'allocating to a draft invoice',
    call: () => pay(500, [{ invoiceId: draftInvoice.id, amount: 500 }]),
    code: 'VALIDATION',
    path: 'allocations.0.invoiceId',
  },
  {
    label: 'posting an invoice twice',
    call: () => s.call('invoices.post', { id: inv.id }),
    code: 'CONFLICT',
    path: 'id',
  },
  {
    label: 'posting a credit note twice',
    call: () => s.call('creditNotes.post', { id: postedNote.id }),
    code: 'CONFLICT',
    path: 'id',
  },
  {
    label: 'posting an invoice of an archived customer',
    call: () => s.call('invoices.post', { id: archivedDraft.id }),
    code: 'VALIDATION',
    path: 'customerId',
  },
  {
    label: 'crediting 2 of a line invoiced once',
    call: () => noteFrom({ mode: 'lines', quantity: '2' }),
    code: 'VALIDATION',
    path: 'lines.0.quantity',
  },
  {
    label: 'crediting 119.01 of an invoice of 119.00',
    call: () => noteFrom({ mode: 'amount', amount: 11_901 }),
    code: 'VALIDATION',
    path: 'amount',
  },
  {
    label: 'crediting 11.91, its line, of a cash-rounded invoice of 11.90',
    call: () =>
      s.call('creditNotes.createFromInvoice', {
        invoiceId: cashRounded.id,
        date: '2026-03-20',
        reason: 'Goodwill',
        mode: 'amount',
        amount: 1_191,
      }),
    code: 'VALIDATION',
    path: 'amount',
  },
  {
    label: 'a payment of 0',
    call: () => pay(0, []),
    code: 'VALIDATION',
    path: 'amount',
  },
  {
    label: 'a payment of −1.00',
    call: () => pay(-100, []),
    code: 'VALIDATION',
    path: 'amount',
  },
  {
    label: 'an exchange rate of 0',
    call: () => s.call('exchangeRates.set', { currency: 'USD', date: '2026-03-01', rate: '0.0000' }),
    code: 'VALIDATION',
    path: 'rate',
  },
  {
    label: 'an invoice at a rate of 0',
    call: () =>
      s.call('invoices.create', {
        customerId: b.customer.id,
        invoiceDate: '2026-03-16',
        fxRate: '0',
        lines: [textLine('5.00', null)],
      }),
    code: 'VALIDATION',
    path: 'fxRate',
  },
  {
    label: 'a payment at a rate of 0',
    call: () =>
      s.call('payments.record', { customerId: b.customer.id, date: '2026-03-20', amount: 100, fxRate: '0' }),
    code: 'VALIDATION',
    path: 'fxRate',
  },
  {
    label: 'writing off 2.00 with a tolerance of 1.00',
    call: () => pay(11_700, [{ invoiceId: inv.id, amount: 11_700, writeOff: 200 }]),
    code: 'VALIDATION',
    path: 'allocations.0.writeOff',
  },
  {
    label: 'a discount on an invoice without one',
    call: () => pay(11_662, [{ invoiceId: inv.id, amount: 11_662, discount: 238 }]),
    code: 'VALIDATION',
    path: 'allocations.0.discount',
  },
  {
    label: 'a discount the day after its window closed',
    call: () => pay(11_662, [{ invoiceId: discountable.id, amount: 11_662, discount: 238 }]),
    code: 'VALIDATION',
    path: 'allocations.0.discount',
  },
  {
    label: 'unallocating the same row twice',
    call: () =>
      s.call('payments.unallocate', {
        allocationId: unallocated.allocations[0]!.id,
        date: '2026-03-20',
        reason: 'Again',
      }),
    code: 'VALIDATION',
    path: 'allocationId',
  },
  {
    label: 'reversing a reversed payment',
    call: () => s.call('payments.reverse', { id: reversed.id, date: '2026-03-20', reason: 'Again' }),
    code: 'VALIDATION',
    path: 'id',
  },
  {
    label: 'editing a posted invoice',
    call: () =>
      s.call('invoices.update', {
        id: inv.id,
        invoice: { customerId: b.customer.id, invoiceDate: '2026-03-16', lines: [textLine('1.00', null)] },
      }),
    code: 'CONFLICT',
    path: 'id',
  },
  {
    label: 'deleting a posted invoice as a draft',
    call: () => s.call('invoices.deleteDraft', { id: inv.id }),
    code: 'CONFLICT',
    path: 'id',
  },
  {
    label: 'deleting a posted credit note as a draft',
    call: () => s.call('creditNotes.deleteDraft', { id: postedNote.id }),
    code: 'CONFLICT',
    path: 'id',
  },
];

describe('bad receivables input', () => {
  it.each(cases.map((c) => [c.label, c] as const))('%s: a typed error and nothing changed', async (_, c) => {
    const before = fingerprint(s);
    const error = await expectError(c.call());
    // One message per field: a negative amount is refused once, as not above 0.
    const paths = error.details.fields?.map((f) => f.path);
    expect({ code: error.code, paths }).toEqual({
      code: c.code,
      paths: [c.path],
    });
    expect(fingerprint(s)).toBe(before);
  });

  it('a payment dated before an invoice is not proposed for it', async () => {
    const proposal = await s.call('payments.proposeAllocation', {
      customerId: b.customer.id,
      amount: 1_000,
      date: '2026-03-10',
      reference: '',
    });
    expect(proposal.rows.filter((r) => r.amount > 0)).toEqual([]);
    expect(proposal.unapplied).toBe(1_000);
  });

  it('the setup left what the cases rely on', async () => {
    expect((await s.call('invoices.get', { id: inv2.id })).open).toBe(11_900 - 1_190);
    expect((await s.call('payments.get', { id: unapplied.id })).unapplied).toBe(10_000);
    expect((await s.call('payments.get', { id: reversed.id })).isReversed).toBe(true);
    expect(cashRounded.totals).toMatchObject({ net: 1_001, tax: 190, cashRounding: -1, total: 1_190 });
    expect(discountable.earlyDiscount).toEqual({ percent: '2', deadline: '2026-03-26' });
  });
});
