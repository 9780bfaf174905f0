// Long random sequences of order-to-cash steps through the contract, in four currencies with moving rates and a
// moving clock: orders shipped in part and invoiced, direct invoices, credit notes and cancellations, payments
// with proposed or edited allocations, write-offs, early-payment discounts, overpayments, allocations taken
// back, reversals, credit applied and refunded. After every few steps the books must tie out (see
// propertyInvariants.ts); refusals must be the ones the model predicts and leave the file unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Edit } from './propertyAllocation';
import { applyCashStep, type CashStep } from './propertyCash';
import { applyDocumentStep, type DocumentStep, type LineChoice } from './propertyDocuments';
import { checkInvariants } from './propertyInvariants';
import { advance, makeWorld } from './propertyWorld';

type Step = DocumentStep | CashStep | { op: 'advance'; days: number };

const index = fc.nat({ max: 40 });
const permille = (min: number, max: number) => fc.integer({ min, max });
const qty = fc.integer({ min: 1, max: 40 }).map((n) => n * 2500);

const discount: fc.Arbitrary<LineChoice['discount']> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.record({ percent: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 1, arbitrary: fc.record({ amount: fc.integer({ min: 1, max: 400 }) }) },
);

const lineChoice: fc.Arbitrary<LineChoice> = fc.record({
  kind: fc.constantFrom('product', 'product', 'text', 'fee'),
  product: fc.nat({ max: 2 }),
  qty,
  price: fc.option(fc.integer({ min: 100, max: 2_000_000 }), { freq: 3 }),
  tax: fc.option(fc.nat({ max: 3 }), { freq: 2 }),
  discount,
});

const edits: Edit[] = [
  'asProposed',
  'asProposed',
  'asProposed',
  'partial',
  'writeOff',
  'writeOff',
  'writeOff',
  'discount',
  'discount',
  'partialDiscount',
  'overOpen',
  'overAmount',
  'bigWriteOff',
  'partialWriteOff',
  'anyDiscount',
  'foreignInvoice',
  'wrongCurrency',
];

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ op: fc.constant('advance' as const), days: fc.integer({ min: 1, max: 4 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('rate' as const),
      currency: fc.nat({ max: 2 }),
      permille: permille(850, 1150),
      shift: fc.integer({ min: -2, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('tolerance' as const),
      amount: fc.constantFrom('0', '0.05', '0.50', '2'),
      percent: fc.constantFrom('0', '0.5', '1', '3'),
      taxCorrection: fc.boolean(),
      cashRounding: fc.nat({ max: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('dispute' as const), invoice: index }) },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('order' as const),
      customer: fc.nat({ max: 3 }),
      lines: fc.array(fc.record({ product: fc.nat({ max: 2 }), qty, discount }), {
        minLength: 1,
        maxLength: 3,
      }),
      fee: fc.boolean(),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('ship' as const),
      order: index,
      quarters: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cancelLine' as const), order: index, line: index }) },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('invoiceOrder' as const),
      order: index,
      shipAll: fc.boolean(),
      postTwice: fc.boolean(),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('invoice' as const),
      customer: fc.nat({ max: 3 }),
      lines: fc.array(lineChoice, { minLength: 1, maxLength: 4 }),
      docDiscount: fc.option(fc.integer({ min: 1, max: 15 }), { freq: 3 }),
      pricesIncludeTax: fc.boolean(),
      terms: fc.constantFrom('customer', 'early', 'early', 'endOfMonth', 'installments'),
      shares: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 3 }),
      enteredRate: fc.option(permille(850, 1150), { freq: 3 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('creditNote' as const),
      invoice: index,
      mode: fc.constantFrom('all', 'lines', 'lines', 'amount', 'amount'),
      permille: permille(100, 1300),
      lines: fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cancel' as const), invoice: index }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('deposit' as const),
      order: index,
      price: fc.integer({ min: 100, max: 400_000 }),
      tax: fc.nat({ max: 3 }),
      final: fc.boolean(),
    }),
  },
  {
    weight: 9,
    arbitrary: fc.record({
      op: fc.constant('pay' as const),
      customer: fc.nat({ max: 3 }),
      amount: fc.oneof(
        { weight: 4, arbitrary: fc.record({ permille: permille(200, 1300) }) },
        { weight: 2, arbitrary: fc.record({ short: fc.integer({ min: 1, max: 60 }) }) },
        { weight: 1, arbitrary: fc.record({ prepay: fc.integer({ min: 1, max: 200 }) }) },
      ),
      edit: fc.constantFrom(...edits),
      reference: fc.option(index, { freq: 2 }),
      cut: fc.integer({ min: 1, max: 80 }),
      rate: fc.option(permille(850, 1150), { freq: 3 }),
      method: fc.constantFrom('bank_transfer' as const, 'cash' as const, 'card' as const),
      check: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('allocate' as const),
      payment: index,
      permille: permille(300, 1000),
      anyPayment: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('unallocate' as const),
      allocation: index,
      liveOnly: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reverse' as const), payment: index }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('applyCredit' as const),
      customer: fc.nat({ max: 3 }),
      invoice: index,
      permille: permille(300, 1200),
      named: fc.option(index, { freq: 2 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('refund' as const),
      customer: fc.nat({ max: 3 }),
      permille: permille(200, 1200),
      named: fc.option(index, { freq: 2 }),
      rate: fc.option(permille(850, 1150), { freq: 2 }),
    }),
  },
);

const documentOps = new Set([
  'order',
  'ship',
  'cancelLine',
  'invoiceOrder',
  'deposit',
  'invoice',
  'creditNote',
  'cancel',
]);
const isDocumentStep = (st: Step): st is DocumentStep => documentOps.has(st.op);

/** Successes each kind of call must reach over the fixed-seed run, so the property cannot hold vacuously. */
const coverage: Record<string, number> = {
  'order:ok': 30,
  'ship:ok': 30,
  'post:ok': 60,
  'invoiceFromOrder:ok': 15,
  'postAgain:CONFLICT': 5,
  'creditNote_all:ok': 3,
  'creditNote_lines:ok': 5,
  'creditNote_amount:ok': 5,
  'creditNotePost:ok': 10,
  'cancel:ok': 5,
  'pay:ok': 60,
  'pay:VALIDATION': 10,
  pay_writeOff: 5,
  pay_discount: 3,
  pay_partial: 5,
  writtenOff: 5,
  discountTaken: 5,
  overpaid: 20,
  'allocate:ok': 10,
  'unallocate:ok': 10,
  'unallocate:VALIDATION': 3,
  'reverse:ok': 5,
  'applyCredit:ok': 10,
  'refund:ok': 5,
  'rate:ok': 20,
  installmentInvoice: 5,
  earlyDiscountInvoice: 10,
  taxInclusiveInvoice: 10,
  creditNoteExcess: 3,
  fx_gainPosted: 3,
  fx_lossPosted: 3,
  orderClosed: 5,
  'INV-2027': 3,
  refusalLeftFileUnchanged: 30,
  'dispute:ok': 5,
  orderDiscountBilled: 3,
  cashRoundedInvoice: 3,
  'deposit:ok': 3,
  depositDeducted: 2,
  paidInEUR: 10,
  paidInUSD: 10,
  paidInJPY: 10,
  paidInKWD: 10,
};

const runs = Number(process.env.ORDO_PROPERTY_RUNS ?? 20);

describe('receivables under random use', () => {
  it(
    'keep the ledger, open items, credits, numbers and order statuses consistent',
    async () => {
      const seen: Record<string, number> = {};
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 40, maxLength: 80 }), async (steps) => {
          const w = await makeWorld();
          try {
            for (const [i, st] of steps.entries()) {
              try {
                if (st.op === 'advance') advance(w, st.days);
                else if (isDocumentStep(st)) await applyDocumentStep(w, st);
                else await applyCashStep(w, st);
                if (i % 8 === 7) await checkInvariants(w, false);
              } catch (error) {
                // name the step: a long sequence is hard to read back from the counterexample alone
                throw new Error(`step ${i} ${JSON.stringify(st)} on ${w.today}`, { cause: error });
              }
            }
            await checkInvariants(w, true);
            for (const [k, v] of Object.entries(w.outcomes)) seen[k] = (seen[k] ?? 0) + v;
          } finally {
            w.s.dispose();
          }
        }),
        // A fixed seed by default, so the coverage check below does not depend on luck in CI; set
        // ORDO_PROPERTY_SEED (and ORDO_PROPERTY_RUNS) to explore other sequences.
        {
          numRuns: runs,
          seed: Number(process.env.ORDO_PROPERTY_SEED ?? 20261123),
          // Shrinking sequences this long takes minutes; the seed and path reproduce a failure without it.
          endOnFailure: process.env.ORDO_PROPERTY_SHRINK === undefined,
        },
      );
      const short = Object.entries(coverage)
        .filter(([k, n]) => (seen[k] ?? 0) < n)
        .map(([k, n]) => `${k}: ${seen[k] ?? 0} < ${n}`);
      // the thresholds belong to the fixed seed; another seed draws other sequences
      if (process.env.ORDO_PROPERTY_SEED === undefined) expect(short, JSON.stringify(seen)).toEqual([]);
    },
    Math.max(120_000, runs * 5_000),
  );
});
