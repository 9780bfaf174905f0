// Allocation proposals: reference matching rules, oldest-first order, and exact sums for random input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findReferencedInvoices,
  proposeAllocation,
  type OpenInvoice,
} from '../../../shared/payments/proposal';

const open: OpenInvoice[] = [
  { id: 1, number: 'INV-2025-00017', dueDate: '2026-01-15', open: 5000 },
  { id: 2, number: 'INV-2026-00042', dueDate: '2026-03-01', open: 11900 },
  { id: 3, number: 'INV-2026-00043', dueDate: '2026-02-01', open: 8000 },
];
const named = (reference: string, invoices = open) => [...findReferencedInvoices(reference, invoices).keys()];

describe('proposeAllocation', () => {
  it('pays the invoices named in the reference first, in their order, then the oldest due date', () => {
    // 250.00 for "INV-2026-00042 and 43": 42 gets 119.00, 43 (bare counter, unique) gets 80.00,
    // then the oldest remaining, INV-2025-00017, gets its 50.00; 250.00 − 249.00 = 1.00 unapplied.
    expect(proposeAllocation(25000, 'Payment INV-2026-00042 and 43', open)).toEqual({
      allocations: [
        { invoiceId: 2, amount: 11900 },
        { invoiceId: 3, amount: 8000 },
        { invoiceId: 1, amount: 5000 },
      ],
      unapplied: 100,
      matchedInvoiceIds: [2, 3],
    });
    // 150.00: 119.00 to 42, the remaining 31.00 to 43, nothing to the older unnamed invoice.
    expect(proposeAllocation(15000, 'Payment INV-2026-00042 and 43', open).allocations).toEqual([
      { invoiceId: 2, amount: 11900 },
      { invoiceId: 3, amount: 3100 },
    ]);
  });

  it('falls back to oldest due date first, ties by invoice number in natural order', () => {
    const tied: OpenInvoice[] = [
      { id: 10, number: 'INV-2026-10', dueDate: '2026-02-01', open: 100 },
      { id: 9, number: 'INV-2026-9', dueDate: '2026-02-01', open: 100 },
      { id: 8, number: 'INV-2026-00011', dueDate: '2026-01-01', open: 100 },
    ];
    expect(proposeAllocation(250, 'thanks', tied)).toEqual({
      allocations: [
        { invoiceId: 8, amount: 100 },
        { invoiceId: 9, amount: 100 },
        { invoiceId: 10, amount: 50 },
      ],
      unapplied: 0,
      matchedInvoiceIds: [],
    });
  });

  it('keeps a payment with no open invoices as unapplied credit and skips settled invoices', () => {
    expect(proposeAllocation(5000, 'prepayment', [])).toEqual({
      allocations: [],
      unapplied: 5000,
      matchedInvoiceIds: [],
    });
    const settled = [{ ...open[0]!, open: 0 }];
    expect(proposeAllocation(5000, 'INV-2025-00017', settled).allocations).toEqual([]);
  });

  it('refuses negative amounts, negative open amounts and duplicate invoices', () => {
    expect(() => proposeAllocation(-1, '', open)).toThrow(/negative/);
    expect(() => proposeAllocation(1, '', [{ ...open[0]!, open: -1 }])).toThrow(/negative/);
    expect(() => proposeAllocation(1, '', [open[0]!, open[0]!])).toThrow(/listed twice/);
  });

  it('never exceeds the payment or any open amount, and allocated + unapplied = payment', () => {
    const invoices = fc
      .uniqueArray(
        fc.record({
          id: fc.integer({ min: 1, max: 60 }),
          year: fc.constantFrom(2025, 2026),
          day: fc.integer({ min: 0, max: 90 }),
          open: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e9 })),
        }),
        { selector: (r) => r.id, maxLength: 12 },
      )
      .map((rows) =>
        rows.map((r) => ({
          id: r.id,
          number: `INV-${r.year}-${String(r.id).padStart(5, '0')}`,
          dueDate: new Date(Date.UTC(2026, 0, 1 + r.day)).toISOString().slice(0, 10),
          open: r.open,
        })),
      );
    const words = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 70 }).map(String),
        fc.constantFrom('INV-2026-', 'and', '#', ', ', 'inv-2025-0'),
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), invoices, words, (amount, list, parts) => {
        const proposal = proposeAllocation(amount, parts.join(''), list);
        const allocated = proposal.allocations.reduce((s, a) => s + a.amount, 0);
        expect(allocated + proposal.unapplied).toBe(amount);
        expect(proposal.unapplied).toBeGreaterThanOrEqual(0);
        const ids = proposal.allocations.map((a) => a.invoiceId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const a of proposal.allocations) {
          expect(a.amount).toBeGreaterThan(0);
          expect(a.amount).toBeLessThanOrEqual(list.find((i) => i.id === a.invoiceId)?.open ?? 0);
        }
        // Credit is left over only when every open invoice was paid in full.
        if (proposal.unapplied > 0) expect(allocated).toBe(list.reduce((s, i) => s + i.open, 0));
      }),
    );
  });
});

describe('findReferencedInvoices', () => {
  it('matches full numbers case-insensitively, with or without the leading zeros of the counter', () => {
    expect(named('inv-2026-42')).toEqual([2]);
    expect(named('re: INV-2026-000043, INV-2026-00042')).toEqual([3, 2]);
    expect(named('INV-2026-00042/INV-2025-17')).toEqual([2, 1]);
  });

  it('does not match inside longer numbers or words', () => {
    expect(named('INV-2026-420')).toEqual([]);
    expect(named('XINV-2026-42')).toEqual([]);
    expect(named('INV-2026-42a')).toEqual([]);
  });

  it('matches bare counters only when they stand alone and are unambiguous', () => {
    expect(named('43 and #17')).toEqual([3, 1]);
    // Amounts, dates and parts of other numbers are not counters.
    expect(named('paid 43.00 on 2026-02-17, ref 17/43, order A43')).toEqual([]);
    const twin: OpenInvoice = { id: 4, number: 'INV-2025-00043', dueDate: '2026-01-01', open: 100 };
    expect(named('invoice 43', [...open, twin])).toEqual([]);
    expect(named('INV-2025-43', [...open, twin])).toEqual([4]);
    // The year inside a matched full number is never read as a bare counter.
    const counter2026: OpenInvoice = { id: 5, number: 'INV-2024-02026', dueDate: '2026-01-01', open: 100 };
    expect(named('INV-2026-42', [...open, counter2026])).toEqual([2]);
  });
});
