// Open amount and status derivation: exact, never negative, status rules in their documented order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstUnpaidDueDate,
  invoiceStatus,
  openAmount,
  type StatusInput,
} from '../../../shared/invoicing/openAmount';

const parts = { total: 11900, allocated: 0, credited: 0, writtenOff: 0, discounted: 0 };
const status = (i: Partial<StatusInput> = {}) =>
  invoiceStatus({
    ...parts,
    isPosted: true,
    installments: [{ dueDate: '2026-02-14', amount: 11900 }],
    asOf: '2026-02-01',
    ...i,
  });

describe('openAmount', () => {
  it('subtracts allocations, credits, write-offs and discounts', () => {
    // 119.00 − 50.00 paid − 20.00 credited − 0.05 written off − 2.38 discount = 46.57
    expect(
      openAmount({ total: 11900, allocated: 5000, credited: 2000, writtenOff: 5, discounted: 238 }),
    ).toBe(4657);
    expect(openAmount({ ...parts, allocated: 11662, discounted: 238 })).toBe(0);
  });

  it('throws instead of going below zero or taking negative parts', () => {
    expect(() => openAmount({ ...parts, allocated: 11901 })).toThrow(/beyond its total by 1/);
    expect(() => openAmount({ ...parts, credited: -1 })).toThrow(/credited must be ≥ 0/);
    expect(() => openAmount({ ...parts, allocated: 0.5 })).toThrow(/safe integer/);
  });

  it('is never negative: it either returns a value ≥ 0 that adds back up, or throws', () => {
    const amount = fc.integer({ min: 0, max: 1e9 });
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        amount,
        amount,
        (total, allocated, credited, writtenOff, discounted) => {
          const p = { total, allocated, credited, writtenOff, discounted };
          const settled = allocated + credited + writtenOff + discounted;
          if (settled > total) {
            expect(() => openAmount(p)).toThrow(RangeError);
          } else {
            const open = openAmount(p);
            expect(open).toBeGreaterThanOrEqual(0);
            expect(open + settled).toBe(total);
          }
        },
      ),
    );
  });
});

describe('firstUnpaidDueDate', () => {
  const plan = [
    { dueDate: '2026-02-28', amount: 3000 },
    { dueDate: '2026-03-31', amount: 7001 },
  ];
  it('fills installments in due-date order', () => {
    expect(firstUnpaidDueDate(plan, 0)).toBe('2026-02-28');
    expect(firstUnpaidDueDate(plan, 2999)).toBe('2026-02-28');
    expect(firstUnpaidDueDate(plan, 3000)).toBe('2026-03-31');
    expect(firstUnpaidDueDate(plan, 10001)).toBeNull();
  });
});

describe('invoiceStatus', () => {
  it('derives each status', () => {
    expect(status({ isPosted: false })).toBe('draft');
    expect(status()).toBe('open');
    expect(status({ asOf: '2026-02-14' })).toBe('open'); // the due date itself is not late
    expect(status({ asOf: '2026-02-15' })).toBe('overdue');
    expect(status({ allocated: 100 })).toBe('partially_paid');
    expect(status({ credited: 100 })).toBe('partly_credited');
    expect(status({ allocated: 100, credited: 100 })).toBe('partially_paid');
    expect(status({ allocated: 11662, discounted: 238, asOf: '2026-12-31' })).toBe('paid');
    expect(status({ credited: 11900 })).toBe('credited');
    expect(status({ credited: 5000, allocated: 6900 })).toBe('paid');
    expect(status({ allocated: 100, asOf: '2026-03-01' })).toBe('overdue');
  });

  it('is overdue only once the first unpaid installment is past due', () => {
    const installments = [
      { dueDate: '2026-02-28', amount: 3570 },
      { dueDate: '2026-03-31', amount: 8330 },
    ];
    expect(status({ installments, asOf: '2026-03-01' })).toBe('overdue');
    // First installment paid in full: the next one is not due until 31 March.
    expect(status({ installments, allocated: 3570, asOf: '2026-03-01' })).toBe('partially_paid');
    expect(status({ installments, allocated: 3570, asOf: '2026-04-01' })).toBe('overdue');
  });

  it('refuses installments that do not add up to the total', () => {
    expect(() => status({ installments: [{ dueDate: '2026-02-14', amount: 100 }] })).toThrow(/add up to 100/);
  });
});
