// The proposal reads open invoices only as far as it needs; what it proposes must equal the proposal over every
// open invoice of the customer (the pure rule in shared/payments/proposal.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { proposeAllocation } from '../../../shared/payments/proposal';
import { makeTrade, type Trade } from '../../helpers/orderFixtures';

let t: Trade;
afterEach(() => t.s.dispose());

describe('allocation proposal for a customer with more open invoices than the grid lists', () => {
  it('proposes exactly what the rule gives over all of them, lists 300 plus the proposed and named ones', async () => {
    t = await makeTrade();
    const { s } = t;
    const ctx = s.session.require();
    for (let i = 0; i < 320; i += 1) {
      // Three invoices a day: ties on the due date are ordered by number.
      const day = String(1 + Math.floor(i / 12)).padStart(2, '0');
      const month = i % 12 < 6 ? '01' : '02';
      const draft = await s.call('invoices.create', {
        customerId: t.customer.id,
        invoiceDate: `2026-${month}-${day}`,
        lines: [{ productId: t.service.id, quantity: String(1 + (i % 3)) }],
      });
      await s.call('invoices.post', { id: draft.id });
    }
    const all = ctx.sqlite
      .prepare(
        `SELECT b.invoice_id AS id, i.number, b.next_due_date AS dueDate, b.open FROM invoice_balances b
         JOIN invoices i ON i.id = b.invoice_id WHERE b.customer_id = ? AND b.next_due_date IS NOT NULL`,
      )
      .all(t.customer.id) as { id: number; number: string; dueDate: string; open: number }[];
    expect(all).toHaveLength(320);
    const named = all.find((r) => r.number.endsWith('00315'))!;
    for (const [amount, reference] of [
      [0, ''],
      [1_000_000, ''],
      [2_500_000, `paying ${named.number} and the oldest`],
      [30_000_000, ''],
    ] as const) {
      const proposal = await s.call('payments.proposeAllocation', {
        customerId: t.customer.id,
        amount,
        date: '2026-12-31',
        reference,
      });
      const expected = proposeAllocation(amount, reference, all);
      const proposed = proposal.rows.filter((r) => r.amount > 0).map((r) => [r.invoiceId, r.amount] as const);
      expect(new Map(proposed)).toEqual(new Map(expected.allocations.map((a) => [a.invoiceId, a.amount])));
      expect(proposal.unapplied).toBe(expected.unapplied);
      expect(proposal).toMatchObject({ openCount: 320, openTotal: all.reduce((sum, r) => sum + r.open, 0) });
      // Listed: the 300 oldest due (ties by id), and every invoice proposed or named.
      const oldest = [...all]
        .sort((a, b) => (a.dueDate === b.dueDate ? a.id - b.id : a.dueDate < b.dueDate ? -1 : 1))
        .slice(0, 300)
        .map((r) => r.id);
      const listed = new Set([
        ...oldest,
        ...expected.allocations.map((a) => a.invoiceId),
        ...(reference.includes(named.number) ? [named.id] : []),
      ]);
      expect(new Set(proposal.rows.map((r) => r.invoiceId))).toEqual(listed);
    }
  }, 60_000);
});
