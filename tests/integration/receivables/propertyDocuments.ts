// Steps of the receivables property test that make documents: orders (confirmed, shipped in part, lines
// cancelled), invoices from orders and direct ones (tax rates, discounts, prices with tax, installments,
// early-payment terms, an entered rate), credit notes (all, lines, amount) and cancellations.
import type { InvoiceLineInput } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { formatQuantity, parseQuantity } from '../../../shared/quantity';
import {
  addInvoice,
  attempt,
  centreRates,
  count,
  sourceKey,
  type Currency,
  type ModelInvoice,
  type World,
} from './propertyWorld';

export interface LineChoice {
  kind: 'product' | 'text' | 'fee';
  product: number;
  /** e4 */
  qty: number;
  /** null: the product's price (product lines only). */
  price: number | null;
  /** An index into the world's tax rates; null: the product's rate. */
  tax: number | null;
  discount: { percent: number } | { amount: number } | null;
}

export type DocumentStep =
  | {
      op: 'order';
      customer: number;
      lines: { product: number; qty: number; discount: LineChoice['discount'] }[];
      fee: boolean;
    }
  | { op: 'ship'; order: number; quarters: number[] }
  | { op: 'cancelLine'; order: number; line: number }
  | { op: 'invoiceOrder'; order: number; shipAll: boolean; postTwice: boolean }
  | { op: 'deposit'; order: number; price: number; tax: number; final: boolean }
  | {
      op: 'invoice';
      customer: number;
      lines: LineChoice[];
      docDiscount: number | null;
      pricesIncludeTax: boolean;
      terms: 'customer' | 'early' | 'endOfMonth' | 'installments';
      shares: number[];
      enteredRate: number | null;
    }
  | { op: 'creditNote'; invoice: number; mode: 'all' | 'lines' | 'amount'; permille: number; lines: number[] }
  | { op: 'cancel'; invoice: number };

const pick = <T>(items: readonly T[], i: number): T | undefined =>
  items.length ? items[i % items.length] : undefined;

const discountOf = (d: LineChoice['discount']) =>
  d === null ? {} : 'percent' in d ? { discountPercent: String(d.percent) } : { discountAmount: d.amount };

/** A price in the customer's currency from a random integer: cents-like with up to 4 decimals in all. */
export function priceText(currency: Currency, n: number): string {
  const places = { EUR: 4, USD: 4, JPY: 2, KWD: 5 }[currency];
  const digits = String(n).padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** A rate near the centre: permille 850–1150 of it, written with at most 10 decimals. */
export function rateNear(currency: Exclude<Currency, 'EUR'>, permille: number): string {
  const [whole = '0', fraction = ''] = centreRates[currency].split('.');
  const scaled = BigInt(whole + fraction) * BigInt(permille);
  const places = fraction.length + 3;
  const digits = scaled.toString().padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

async function orderAt(w: World, i: number) {
  const id = pick(w.orders, i);
  return id === undefined ? undefined : w.s.call('orders.get', { id });
}

/** The i-th posted invoice the model knows (optionally only those still open). */
export function invoiceAt(w: World, i: number, isOpen = false): ModelInvoice | undefined {
  return pick(
    [...w.invoices.values()].filter((inv) => !isOpen || inv.open > 0),
    i,
  );
}

/** A credit note posted: it settles its invoice's open amount first, the excess becomes customer credit. */
function creditNotePosted(
  w: World,
  inv: ModelInvoice,
  note: { id: number; total: number; appliedToInvoice: number; toCredit: number; date: string },
  allocationId: number | undefined,
) {
  const applied = Math.min(note.total, inv.open);
  if (note.appliedToInvoice !== applied || note.toCredit !== note.total - applied)
    throw new Error(
      `credit note ${note.id}: applied ${note.appliedToInvoice}/${note.toCredit}, the model says ${applied}`,
    );
  const key = sourceKey('credit_note', note.id);
  w.sources.set(key, {
    key,
    type: 'credit_note',
    id: note.id,
    customer: inv.customer,
    date: note.date,
    remaining: note.total - applied,
    isLive: true,
    isRefunded: false,
  });
  inv.open -= applied;
  inv.credited += note.total;
  if (applied > 0 && allocationId !== undefined)
    w.allocations.set(allocationId, {
      id: allocationId,
      source: key,
      invoiceId: inv.id,
      kind: 'apply',
      amount: applied,
      isReversed: false,
    });
  count(w, applied < note.total ? 'creditNoteExcess' : 'creditNoteWithin');
}

/** The allocation row a credit note wrote on its invoice when posted. */
async function noteAllocation(w: World, invoiceId: number, noteNumber: string | null) {
  const inv = await w.s.call('invoices.get', { id: invoiceId });
  return inv.settlements.find((s) => s.kind === 'credit_note' && s.sourceNumber === noteNumber)?.allocationId;
}

/** Ships quarters of what remains on each goods line of the i-th order (all of it with quarters of 4). */
async function ship(w: World, i: number, quarters: number[]) {
  const order = await orderAt(w, i);
  if (!order || !['confirmed', 'partially_shipped'].includes(order.status)) return;
  const lines = order.lines
    .filter((l) => l.kind === 'product')
    .map((l, n) => ({
      orderLineId: l.id,
      qty: Math.floor((parseQuantity(l.remaining) * (quarters[n % quarters.length] ?? 4)) / 4),
    }))
    .filter((l) => l.qty > 0)
    .map((l) => ({ orderLineId: l.orderLineId, quantity: formatQuantity(l.qty) }));
  if (lines.length === 0) return;
  await attempt(w, 'ship', async () => {
    const shipment = await w.s.call('shipments.createFromOrder', { orderId: order.id, lines });
    for (const line of shipment.lines)
      await w.s.call('shipments.setPacked', { id: shipment.id, lineId: line.id, packed: line.quantity });
    await w.s.call('shipments.ship', { id: shipment.id, shipDate: w.today, carrier: 'DHL' });
  });
}

async function postInvoice(w: World, customer: number, draftId: number, expectOk: boolean | undefined) {
  const posted = await attempt(w, 'post', () => w.s.call('invoices.post', { id: draftId }), { expectOk });
  if (!posted) await w.s.call('invoices.deleteDraft', { id: draftId });
  else addInvoice(w, customer, posted);
  if (posted?.totals.cashRounding) count(w, 'cashRoundedInvoice');
  return posted;
}

export async function applyDocumentStep(w: World, st: DocumentStep): Promise<void> {
  const { s } = w;
  switch (st.op) {
    case 'order': {
      const customer = w.customers[st.customer % w.customers.length]!;
      const lines = st.lines.map((l) => ({
        productId: w.products[l.product % w.products.length]!.id,
        quantity: formatQuantity(l.qty),
        ...discountOf(l.discount),
      }));
      const fee = { kind: 'fee' as const, feeKind: 'shipping' as const, description: 'Freight' };
      const all = st.fee ? [...lines, { ...fee, quantity: '1', unitPrice: '4.5' }] : lines;
      await attempt(w, 'order', async () => {
        const draft = await s.call('orders.create', {
          customerId: customer.id,
          orderDate: w.today,
          lines: all,
        });
        w.orders.push(draft.id);
        await s.call('orders.confirm', { id: draft.id });
      });
      return;
    }
    case 'ship':
      return ship(w, st.order, st.quarters);
    case 'cancelLine': {
      const order = await orderAt(w, st.order);
      const line = order && pick(order.lines, st.line);
      if (order && line)
        await attempt(w, 'cancelLine', () =>
          s.call('orders.cancel', { id: order.id, lineIds: [line.id], reason: 'Out of range' }),
        );
      return;
    }
    case 'invoiceOrder': {
      // shipping the rest first lets orders be billed in full, and then close once paid
      if (st.shipAll) await ship(w, st.order, [4]);
      const order = await orderAt(w, st.order);
      if (!order) return;
      const customer = w.customers.findIndex((c) => c.id === order.customer.id);
      const draft = await attempt(w, 'invoiceFromOrder', () =>
        s.call('invoices.createFromOrder', { orderId: order.id, invoiceDate: w.today }),
      );
      if (!draft) return;
      // posted deposits are deducted: what is left to bill may be nothing or less
      const posted = await postInvoice(w, customer, draft.id, draft.total > 0);
      if (posted?.lines.some((l) => l.kind === 'deposit')) count(w, 'depositDeducted');
      if (posted && st.postTwice)
        await attempt(w, 'postAgain', () => s.call('invoices.post', { id: posted.id }), {
          expectOk: false,
          fingerprint: true,
        });
      return;
    }
    case 'deposit': {
      const order = await orderAt(w, st.order);
      if (!order) return;
      const customer = w.customers.findIndex((c) => c.id === order.customer.id);
      const currency = w.customers[customer]!.currency;
      const draft = await attempt(w, 'depositDraft', () =>
        s.call('invoices.create', {
          customerId: order.customer.id,
          orderId: order.id,
          isDeposit: true,
          invoiceDate: w.today,
          lines: [
            {
              kind: 'text',
              description: 'Deposit',
              quantity: '1',
              unitPrice: priceText(currency, st.price),
              taxRateId: w.taxRates[st.tax % w.taxRates.length] ?? null,
            },
          ],
        }),
      );
      // a cent of deposit may round to nothing in cash (EUR in steps of 0.05): such a draft cannot be posted
      if (!draft || !(await postInvoice(w, customer, draft.id, draft.total > 0))) return;
      count(w, 'deposit:ok');
      // and at once the final invoice, which deducts it
      if (st.final)
        await applyDocumentStep(w, { op: 'invoiceOrder', order: st.order, shipAll: true, postTwice: false });
      return;
    }
    case 'invoice': {
      const index = st.customer % w.customers.length;
      const customer = w.customers[index]!;
      const lines: InvoiceLineInput[] = st.lines.map((l) => {
        const product = w.products[l.product % w.products.length]!;
        const taxRateId = l.tax === null ? undefined : w.taxRates[l.tax % w.taxRates.length];
        const discount = discountOf(l.discount);
        const price = l.price === null ? {} : { unitPrice: priceText(customer.currency, l.price) };
        const common = { quantity: formatQuantity(l.qty), ...discount, ...price };
        if (l.kind === 'product' || l.price === null)
          return {
            kind: 'product',
            productId: product.id,
            ...common,
            ...(taxRateId === undefined ? {} : { taxRateId }),
          };
        return {
          kind: l.kind,
          description: l.kind === 'fee' ? 'Handling' : 'Consulting',
          feeKind: l.kind === 'fee' ? 'handling' : null,
          taxRateId: taxRateId ?? null,
          ...common,
        };
      });
      const sum = st.shares.reduce((a, b) => a + b, 0);
      // percents that add up to exactly 100 (the last takes the rest), due 15, 45, 75… days out
      const installments =
        st.terms === 'installments'
          ? st.shares.map((share, i) => ({
              dueDate: addDays(w.today, 15 + 30 * i),
              percent:
                i === st.shares.length - 1
                  ? String(100 - st.shares.slice(0, -1).reduce((a, b) => a + Math.floor((b * 100) / sum), 0))
                  : String(Math.floor((share * 100) / sum)),
            }))
          : [];
      const terms =
        st.terms === 'early'
          ? { paymentTermsId: w.terms.early }
          : st.terms === 'endOfMonth'
            ? { paymentTermsId: w.terms.endOfMonth }
            : {};
      const rate =
        st.enteredRate !== null && customer.currency !== 'EUR'
          ? { fxRate: rateNear(customer.currency, st.enteredRate) }
          : {};
      const draft = await attempt(w, 'invoiceDraft', () =>
        s.call('invoices.create', {
          customerId: customer.id,
          invoiceDate: w.today,
          lines,
          installments,
          pricesIncludeTax: st.pricesIncludeTax,
          discountPercent: st.docDiscount === null ? null : String(st.docDiscount),
          ...terms,
          ...rate,
        }),
      );
      if (!draft) return;
      const posted = await postInvoice(w, index, draft.id, draft.total > 0);
      if (posted) {
        if (installments.length > 0) count(w, 'installmentInvoice');
        if (posted.earlyDiscount) count(w, 'earlyDiscountInvoice');
        if (st.pricesIncludeTax) count(w, 'taxInclusiveInvoice');
      }
      return;
    }
    case 'creditNote': {
      const inv = invoiceAt(w, st.invoice);
      if (!inv) return;
      const full = await s.call('invoices.get', { id: inv.id });
      const amount = Math.max(1, Math.floor((inv.total * st.permille) / 1000));
      const lines = full.lines
        .filter((_, i) => st.lines.includes(i % 4))
        .map((l) => ({
          invoiceLineId: l.id,
          quantity: formatQuantity(Math.max(1, Math.floor((parseQuantity(l.quantity) * st.permille) / 1000))),
        }));
      if (st.mode === 'lines' && lines.length === 0) return;
      const draft = await attempt(
        w,
        `creditNote_${st.mode}`,
        () =>
          s.call('creditNotes.createFromInvoice', {
            invoiceId: inv.id,
            date: w.today,
            mode: st.mode,
            reason: 'Returned',
            ...(st.mode === 'lines' ? { lines } : st.mode === 'amount' ? { amount } : {}),
          }),
        // a deposit deducted on a later invoice is credited there, not on the deposit
        {
          expectOk:
            st.mode === 'amount' && !inv.isDeposit && amount <= inv.total - inv.credited ? true : undefined,
        },
      );
      if (!draft) return;
      const note = await attempt(w, 'creditNotePost', () => s.call('creditNotes.post', { id: draft.id }), {
        expectOk: true,
      });
      if (note) creditNotePosted(w, inv, note, await noteAllocation(w, inv.id, note.number));
      return;
    }
    case 'cancel': {
      const inv = invoiceAt(w, st.invoice);
      if (!inv) return;
      const note = await attempt(
        w,
        'cancel',
        () => s.call('invoices.cancel', { id: inv.id, date: w.today, reason: 'Ordered by mistake' }),
        {
          expectOk: inv.isDeposit ? undefined : inv.credited < inv.total,
          fingerprint: inv.isDeposit || inv.credited >= inv.total,
        },
      );
      if (note) creditNotePosted(w, inv, note, await noteAllocation(w, inv.id, note.number));
    }
  }
}
