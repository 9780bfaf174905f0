// The credit check at order confirmation: which hold reasons apply and whether an earlier approval of the
// same order still covers it.
import { addMinor } from '../money';

export type HoldReason = 'over_limit' | 'overdue' | 'credit_stop';

export interface CreditCheckInput {
  /** Current exposure in minor units, NOT including this order. */
  exposure: number;
  /** This order's open value in minor units. */
  orderAmount: number;
  /** null = no limit. */
  creditLimit: number | null;
  creditStop: boolean;
  /** 0 when nothing is overdue. */
  oldestOverdueDays: number;
  overdueToleranceDays: number;
  /** An earlier approval of THIS order covers order amounts up to this. */
  approvedAmount: number | null;
}

export interface CreditCheckResult {
  hold: boolean;
  /** Always every reason that applies, also when an approval covers them, so the UI can show them. */
  reasons: HoldReason[];
  exposureAfter: number;
  /** creditLimit − exposureAfter, negative when over; null without a limit. */
  available: number | null;
  coveredByApproval: boolean;
}

// Rules as data, in the order reasons are reported.
const holdRules: readonly {
  reason: HoldReason;
  applies: (input: CreditCheckInput, after: number) => boolean;
}[] = [
  { reason: 'credit_stop', applies: (input) => input.creditStop },
  {
    reason: 'over_limit',
    applies: (input, after) => input.creditLimit !== null && after > input.creditLimit,
  },
  { reason: 'overdue', applies: (input) => input.oldestOverdueDays > input.overdueToleranceDays },
];

const holdReasonTexts: Readonly<Record<HoldReason, string>> = {
  credit_stop: 'Customer is on credit stop',
  over_limit: 'Over the credit limit',
  overdue: 'Invoices overdue beyond the allowed days',
};

function assertWhole(value: number, label: string, allowNegative = false): void {
  if (!Number.isSafeInteger(value) || (!allowNegative && value < 0)) {
    const range = allowNegative ? 'a whole number' : 'a whole number ≥ 0';
    throw new RangeError(`${label} must be ${range}, got ${String(value)}`);
  }
}

function validate(input: CreditCheckInput): void {
  assertWhole(input.exposure, 'exposure', true);
  assertWhole(input.orderAmount, 'orderAmount');
  if (input.creditLimit !== null) assertWhole(input.creditLimit, 'creditLimit');
  if (input.approvedAmount !== null) assertWhole(input.approvedAmount, 'approvedAmount');
  assertWhole(input.oldestOverdueDays, 'oldestOverdueDays');
  assertWhole(input.overdueToleranceDays, 'overdueToleranceDays');
}

export function checkCredit(input: CreditCheckInput): CreditCheckResult {
  validate(input);
  const exposureAfter = addMinor(input.exposure, input.orderAmount);
  const reasons = holdRules.filter((rule) => rule.applies(input, exposureAfter)).map((rule) => rule.reason);
  // An approval is for an amount: it stays valid while the order does not grow beyond what was approved.
  const coveredByApproval = input.approvedAmount !== null && input.orderAmount <= input.approvedAmount;
  return {
    hold: reasons.length > 0 && !coveredByApproval,
    reasons,
    exposureAfter,
    available: input.creditLimit === null ? null : addMinor(input.creditLimit, -exposureAfter),
    coveredByApproval,
  };
}

export function holdReasonText(reason: HoldReason): string {
  return holdReasonTexts[reason];
}
