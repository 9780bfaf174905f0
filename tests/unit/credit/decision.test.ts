// The credit check at confirmation: reasons in fixed order, limit boundaries, approvals by amount.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCredit, type CreditCheckInput, holdReasonText } from '../../../shared/credit/decision';

const input = (i: Partial<CreditCheckInput> = {}): CreditCheckInput => ({
  exposure: 0,
  orderAmount: 0,
  creditLimit: null,
  creditStop: false,
  oldestOverdueDays: 0,
  overdueToleranceDays: 0,
  approvedAmount: null,
  ...i,
});

describe('checkCredit', () => {
  it('passes without a limit, stop or overdue items', () => {
    expect(checkCredit(input({ exposure: 50_000, orderAmount: 20_000 }))).toEqual({
      hold: false,
      reasons: [],
      exposureAfter: 70_000,
      available: null,
      coveredByApproval: false,
    });
  });

  it('allows reaching the limit exactly and holds one minor unit above it', () => {
    // 8,000.00 exposure + 2,000.00 order = 10,000.00 = limit: fine, 0 left.
    const atLimit = checkCredit(input({ exposure: 800_000, orderAmount: 200_000, creditLimit: 1_000_000 }));
    expect(atLimit).toMatchObject({ hold: false, reasons: [], exposureAfter: 1_000_000, available: 0 });
    // One cent more: over the limit, available −0.01.
    const over = checkCredit(input({ exposure: 800_000, orderAmount: 200_001, creditLimit: 1_000_000 }));
    expect(over).toMatchObject({ hold: true, reasons: ['over_limit'], available: -1 });
  });

  it('treats a zero limit as "no credit at all"', () => {
    expect(checkCredit(input({ orderAmount: 1, creditLimit: 0 })).reasons).toEqual(['over_limit']);
    expect(checkCredit(input({ orderAmount: 0, creditLimit: 0 })).hold).toBe(false);
  });

  it('counts unapplied credit (negative exposure) towards the room left', () => {
    // −300.00 exposure + 1,200.00 order = 900.00 ≤ 1,000.00
    expect(
      checkCredit(input({ exposure: -30_000, orderAmount: 120_000, creditLimit: 100_000 })),
    ).toMatchObject({
      hold: false,
      exposureAfter: 90_000,
      available: 10_000,
    });
  });

  it('holds for invoices overdue beyond the tolerance, not at it', () => {
    expect(checkCredit(input({ oldestOverdueDays: 10, overdueToleranceDays: 10 })).hold).toBe(false);
    expect(checkCredit(input({ oldestOverdueDays: 11, overdueToleranceDays: 10 })).reasons).toEqual([
      'overdue',
    ]);
  });

  it('reports every reason in the order credit stop, over limit, overdue', () => {
    const result = checkCredit(
      input({ creditStop: true, exposure: 10, orderAmount: 10, creditLimit: 5, oldestOverdueDays: 40 }),
    );
    expect(result).toEqual({
      hold: true,
      reasons: ['credit_stop', 'over_limit', 'overdue'],
      exposureAfter: 20,
      available: -15,
      coveredByApproval: false,
    });
  });

  it('lets an approval cover the order up to the approved amount, still listing the reasons', () => {
    const base = input({ creditStop: true, exposure: 900, creditLimit: 1000, approvedAmount: 500 });
    expect(checkCredit({ ...base, orderAmount: 500 })).toEqual({
      hold: false,
      reasons: ['credit_stop', 'over_limit'],
      exposureAfter: 1400,
      available: -400,
      coveredByApproval: true,
    });
    // Raising the order above what was approved needs a new approval.
    expect(checkCredit({ ...base, orderAmount: 501 })).toMatchObject({
      hold: true,
      coveredByApproval: false,
    });
    // Lowering it stays covered.
    expect(checkCredit({ ...base, orderAmount: 100 })).toMatchObject({
      hold: false,
      coveredByApproval: true,
    });
  });

  it('refuses malformed input', () => {
    expect(() => checkCredit(input({ orderAmount: -1 }))).toThrow(/orderAmount/);
    expect(() => checkCredit(input({ creditLimit: -5 }))).toThrow(/creditLimit/);
    expect(() => checkCredit(input({ approvedAmount: 0.5 }))).toThrow(/approvedAmount/);
    expect(() => checkCredit(input({ oldestOverdueDays: -1 }))).toThrow(/oldestOverdueDays/);
    expect(() => checkCredit(input({ overdueToleranceDays: 1.5 }))).toThrow(/overdueToleranceDays/);
    expect(() => checkCredit(input({ exposure: Number.NaN }))).toThrow(/exposure/);
    expect(() => checkCredit(input({ exposure: Number.MAX_SAFE_INTEGER, orderAmount: 1 }))).toThrow(/safe/);
  });

  it('has a plain sentence for every reason', () => {
    expect(holdReasonText('over_limit')).toBe('Over the credit limit');
    expect(holdReasonText('overdue')).toBe('Invoices overdue beyond the allowed days');
    expect(holdReasonText('credit_stop')).toBe('Customer is on credit stop');
  });
});

describe('checkCredit properties', () => {
  const money = fc.integer({ min: 0, max: 10 ** 10 });
  const genInput = fc.record({
    exposure: fc.integer({ min: -(10 ** 10), max: 10 ** 10 }),
    orderAmount: money,
    creditLimit: fc.option(money),
    creditStop: fc.boolean(),
    oldestOverdueDays: fc.integer({ min: 0, max: 400 }),
    overdueToleranceDays: fc.integer({ min: 0, max: 90 }),
    approvedAmount: fc.option(money),
  });

  it('raising the order amount never removes over_limit', () => {
    fc.assert(
      fc.property(genInput, money, (i, extra) => {
        const before = checkCredit(i);
        const after = checkCredit({ ...i, orderAmount: i.orderAmount + extra });
        if (before.reasons.includes('over_limit')) expect(after.reasons).toContain('over_limit');
        expect(after.exposureAfter - before.exposureAfter).toBe(extra);
      }),
      { numRuns: 500 },
    );
  });

  it('an approval covers exactly the amounts up to the approved amount', () => {
    fc.assert(
      fc.property(genInput, money, (i, approved) => {
        const result = checkCredit({ ...i, approvedAmount: approved });
        expect(result.coveredByApproval).toBe(i.orderAmount <= approved);
        const unapproved = checkCredit({ ...i, approvedAmount: null });
        expect(result.reasons).toEqual(unapproved.reasons);
        expect(result.hold).toBe(unapproved.hold && i.orderAmount > approved);
      }),
      { numRuns: 500 },
    );
  });

  it('holds exactly when a reason applies and no approval covers it', () => {
    fc.assert(
      fc.property(genInput, (i) => {
        const result = checkCredit(i);
        expect(result.hold).toBe(result.reasons.length > 0 && !result.coveredByApproval);
        expect(result.available).toBe(i.creditLimit === null ? null : i.creditLimit - result.exposureAfter);
      }),
      { numRuns: 500 },
    );
  });
});
