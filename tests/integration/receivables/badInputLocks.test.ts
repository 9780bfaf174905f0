// Receivables against the period lock and the database: a date on or before the lock is refused by every
// posting call (PERIOD_LOCKED on its date field), and the triggers refuse any UPDATE or DELETE of posted
// invoices, their lines, payments, allocations and credit notes — the company file stays exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreditNote, Invoice, Payment } from '../../../shared/contract';
import { fingerprint } from '../../helpers/orderFixtures';
import { makeBooks, postedInvoice, rateAt, textLine, type Books } from '../../helpers/receivablesFixtures';
import { expectError, type TestServices } from '../../helpers/services';

let b: Books;
let s: TestServices;
/** 119.00, 50.00 of it paid by `paid`. */
let inv: Invoice;
let draftInvoice: Invoice;
let draftNote: CreditNote;
let postedNote: CreditNote;
let paid: Payment;
/** 30.00 received and not allocated: customer credit. */
let credit: Payment;

beforeAll(async () => {
  b = await makeBooks();
  s = b.s;
  const vat = rateAt(b, 0).id;
  inv = await postedInvoice(s, b.customer.id, [textLine('100.00', vat)]);
  paid = await s.call('payments.record', {
    customerId: b.customer.id,
    date: '2026-03-17',
    amount: 5_000,
    allocations: [{ invoiceId: inv.id, amount: 5_000 }],
  });
  credit = await s.call('payments.record', { customerId: b.customer.id, date: '2026-03-17', amount: 3_000 });
  postedNote = await s.call('creditNotes.post', {
    id: (
      await s.call('creditNotes.createFromInvoice', {
        invoiceId: inv.id,
        date: '2026-03-18',
        mode: 'amount',
        amount: 1_190,
        reason: 'Goodwill',
      })
    ).id,
  });
  draftInvoice = await s.call('invoices.create', {
    customerId: b.customer.id,
    invoiceDate: '2026-03-20',
    lines: [textLine('5.00', vat)],
  });
  draftNote = await s.call('creditNotes.createFromInvoice', {
    invoiceId: inv.id,
    date: '2026-03-20',
    mode: 'amount',
    amount: 100,
    reason: 'Scratch',
  });
  await s.call('settings.setPeriodLock', { date: '2026-03-31' });
}, 30_000);
afterAll(() => s?.dispose());

const locked: { label: string; call: () => Promise<unknown>; path: string }[] = [
  {
    label: 'posting an invoice dated 20 March',
    call: () => s.call('invoices.post', { id: draftInvoice.id }),
    path: 'invoiceDate',
  },
  {
    label: 'recording a payment on 25 March',
    call: () => s.call('payments.record', { customerId: b.customer.id, date: '2026-03-25', amount: 1_000 }),
    path: 'date',
  },
  {
    label: 'posting a credit note dated 20 March',
    call: () => s.call('creditNotes.post', { id: draftNote.id }),
    path: 'date',
  },
  {
    label: 'applying customer credit on 25 March',
    call: () =>
      s.call('credits.apply', {
        customerId: b.customer.id,
        invoiceId: inv.id,
        amount: 1_000,
        date: '2026-03-25',
      }),
    path: 'date',
  },
  {
    label: 'refunding customer credit on 31 March, the lock date itself',
    call: () => s.call('credits.refund', { customerId: b.customer.id, amount: 1_000, date: '2026-03-31' }),
    path: 'date',
  },
  {
    label: 'allocating a payment on 25 March',
    call: () =>
      s.call('payments.allocate', {
        paymentId: credit.id,
        date: '2026-03-25',
        allocations: [{ invoiceId: inv.id, amount: 1_000 }],
      }),
    path: 'date',
  },
  {
    label: 'unallocating on 25 March',
    call: () =>
      s.call('payments.unallocate', {
        allocationId: paid.allocations[0]!.id,
        date: '2026-03-25',
        reason: 'Wrong invoice',
      }),
    path: 'date',
  },
  {
    label: 'reversing a payment on 25 March',
    call: () => s.call('payments.reverse', { id: paid.id, date: '2026-03-25', reason: 'Bounced' }),
    path: 'date',
  },
  {
    label: 'cancelling an invoice on 25 March',
    call: () => s.call('invoices.cancel', { id: inv.id, date: '2026-03-25', reason: 'Wrong customer' }),
    path: 'date',
  },
];

describe('the period lock (books locked up to 31 March)', () => {
  it.each(locked.map((c) => [c.label, c] as const))('%s: PERIOD_LOCKED and nothing changed', async (_, c) => {
    const before = fingerprint(s);
    const error = await expectError(c.call());
    expect(error.code).toBe('PERIOD_LOCKED');
    expect(error.details.fields?.map((f) => f.path)).toEqual([c.path]);
    expect(error.details.lockDate).toBe('2026-03-31');
    expect(fingerprint(s)).toBe(before);
  });
});

const sql = () => s.session.require().sqlite;
const immutable: { label: string; run: () => unknown }[] = [
  {
    label: 'UPDATE a posted invoice',
    run: () => sql().prepare('UPDATE invoices SET total = 1 WHERE id = ?').run(inv.id),
  },
  {
    label: 'DELETE a posted invoice',
    run: () => sql().prepare('DELETE FROM invoices WHERE id = ?').run(inv.id),
  },
  {
    label: 'UPDATE a line of a posted invoice',
    run: () => sql().prepare('UPDATE invoice_lines SET net = 1 WHERE invoice_id = ?').run(inv.id),
  },
  {
    label: 'DELETE a line of a posted invoice',
    run: () => sql().prepare('DELETE FROM invoice_lines WHERE invoice_id = ?').run(inv.id),
  },
  {
    label: 'UPDATE a payment',
    run: () => sql().prepare('UPDATE payments SET amount = 1 WHERE id = ?').run(paid.id),
  },
  { label: 'DELETE a payment', run: () => sql().prepare('DELETE FROM payments WHERE id = ?').run(paid.id) },
  {
    label: 'UPDATE an allocation',
    run: () => sql().prepare('UPDATE allocations SET amount = 1 WHERE source_id = ?').run(paid.id),
  },
  {
    label: 'DELETE an allocation',
    run: () => sql().prepare('DELETE FROM allocations WHERE source_id = ?').run(paid.id),
  },
  {
    label: 'UPDATE a posted credit note',
    run: () => sql().prepare('UPDATE credit_notes SET total = 1 WHERE id = ?').run(postedNote.id),
  },
  {
    label: 'DELETE a posted credit note',
    run: () => sql().prepare('DELETE FROM credit_notes WHERE id = ?').run(postedNote.id),
  },
  {
    label: 'UPDATE a line of a posted credit note',
    run: () =>
      sql().prepare('UPDATE credit_note_lines SET net = 1 WHERE credit_note_id = ?').run(postedNote.id),
  },
];

describe('the database keeps posted documents as they were', () => {
  it.each(immutable.map((c) => [c.label, c] as const))('%s: IMMUTABLE', (_, c) => {
    const before = fingerprint(s);
    expect(c.run).toThrow(/^IMMUTABLE: /);
    expect(fingerprint(s)).toBe(before);
  });

  it('a draft stays editable: the triggers name posted documents only', () => {
    const row = () =>
      sql().prepare('SELECT count(*) AS n FROM invoice_lines WHERE invoice_id = ?').get(draftInvoice.id);
    expect(row()).toEqual({ n: 1 });
    // Deleted inside a transaction that is then rolled back, so the file stays as the other cases expect.
    expect(() =>
      sql().transaction(() => {
        sql().prepare('DELETE FROM invoice_lines WHERE invoice_id = ?').run(draftInvoice.id);
        expect(row()).toEqual({ n: 0 });
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(row()).toEqual({ n: 1 });
  });
});
