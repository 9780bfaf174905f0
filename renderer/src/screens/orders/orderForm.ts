// The order editor's form (text as typed) and how it reads into the contract's input: the input to save, the
// subset complete enough to preview, and which draft line each sent line came from (errors land on that line).
import type { Address, Order, OrderInput, OrderLineInput } from '../../../../shared/contract';
import type { lineKinds, orderChannels } from '../../../../shared/contract/orders';
import { decimalInputText } from '../../lib/format';
import {
  emptyDocumentLine,
  isPriceable,
  isUntouched,
  lineCellPattern,
  lineFieldOf,
  lineKey,
  readLineFields,
  type DocumentLine,
  type FeeKind,
} from '../documents/documentLine';
import { withCurrencyDecimals } from '../products/productForm';

export type LineKind = (typeof lineKinds)[number];
export type { FeeKind };
export type Channel = (typeof orderChannels)[number];

/** An order line as typed; saved lines carry their id and what was shipped and cancelled of them. */
export interface DraftLine extends DocumentLine {
  kind: LineKind;
  /** The stored line this row edits (saved orders); undefined for a new row. */
  id?: number;
  /** Stored quantities of a saved line (plain decimals); '0' on new rows. */
  shipped: string;
  cancelled: string;
  remaining: string;
}

export interface OrderForm {
  kind: 'order' | 'quote';
  customer: { id: number; name: string } | null;
  orderDate: string;
  validUntil: string;
  requestedDeliveryDate: string;
  customerReference: string;
  channel: Channel;
  /** null: the customer's address (main fills it in); set once edited or for a saved order. */
  billingAddress: Address | null;
  shippingAddress: Address | null;
  notes: string;
  lines: DraftLine[];
}

export function newLine(kind: LineKind = 'product'): DraftLine {
  return { ...emptyDocumentLine(kind), kind, shipped: '0', cancelled: '0', remaining: '0' };
}

export function emptyOrderForm(kind: 'order' | 'quote', today: string): OrderForm {
  return {
    kind,
    customer: null,
    orderDate: today,
    validUntil: '',
    requestedDeliveryDate: '',
    customerReference: '',
    channel: 'phone',
    billingAddress: null,
    shippingAddress: null,
    notes: '',
    lines: [newLine()],
  };
}

export function formOfOrder(order: Order, locale: string): OrderForm {
  const typed = (value: string) => decimalInputText(value, locale);
  const price = (value: string) => typed(withCurrencyDecimals(value, order.currency));
  return {
    kind: order.kind,
    customer: { id: order.customer.id, name: order.customer.name },
    orderDate: order.orderDate,
    validUntil: order.validUntil ?? '',
    requestedDeliveryDate: order.requestedDeliveryDate ?? '',
    customerReference: order.customerReference,
    channel: order.channel,
    billingAddress: order.billingAddress,
    shippingAddress: order.shippingAddress,
    notes: order.notes,
    lines: order.lines.map((l) => ({
      key: lineKey(),
      id: l.id,
      kind: l.kind,
      productId: l.productId,
      productText: l.sku ? `${l.sku} ${l.description}` : l.description,
      description: l.description,
      quantity: typed(l.quantity),
      unitPrice: price(l.unitPrice),
      discountPercent: l.discountPercent === null ? '' : typed(l.discountPercent),
      discountAmount: l.discountAmount,
      taxRate: l.taxRateId === null ? 'none' : String(l.taxRateId),
      feeKind: l.feeKind,
      unit: l.unit,
      shipped: l.shipped,
      cancelled: l.cancelled,
      remaining: l.remaining,
    })),
  };
}

export function isBlankLine(line: DraftLine): boolean {
  return line.id === undefined && isUntouched(line);
}

export interface OrderReading {
  /** What Save sends; null until a customer is chosen. */
  input: OrderInput | null;
  /** Numbers that do not read, by field path ("lines.<draft index>.quantity"). */
  problems: Record<string, string>;
  /** Sent line index → draft line index. */
  draftIndexOf: number[];
  /** The lines complete enough for main to price, for the totals shown while typing. */
  preview: OrderInput | null;
  /** Previewed line index → draft line index. */
  previewDraftIndexOf: number[];
}

export function readOrderForm(form: OrderForm, locale: string): OrderReading {
  const problems: Record<string, string> = {};
  const lines: OrderLineInput[] = [];
  const draftIndexOf: number[] = [];
  const previewLines: OrderLineInput[] = [];
  const previewDraftIndexOf: number[] = [];

  form.lines.forEach((line, index) => {
    if (isBlankLine(line)) return;
    const fields = readLineFields(line, index, locale, problems);
    if (!fields) return;
    const input: OrderLineInput = {
      ...(line.id === undefined ? {} : { id: line.id }),
      ...fields,
      kind: line.kind,
    };
    lines.push(input);
    draftIndexOf.push(index);
    if (isPriceable(line, fields)) {
      previewLines.push(input);
      previewDraftIndexOf.push(index);
    }
  });

  if (!form.customer) return { input: null, problems, draftIndexOf, preview: null, previewDraftIndexOf };
  const header = {
    kind: form.kind,
    customerId: form.customer.id,
    orderDate: form.orderDate,
    validUntil: form.kind === 'quote' && form.validUntil !== '' ? form.validUntil : null,
    requestedDeliveryDate: form.requestedDeliveryDate === '' ? null : form.requestedDeliveryDate,
    customerReference: form.customerReference,
    channel: form.channel,
    ...(form.billingAddress ? { billingAddress: form.billingAddress } : {}),
    ...(form.shippingAddress ? { shippingAddress: form.shippingAddress } : {}),
    notes: form.notes,
  };
  return {
    input: { ...header, lines },
    problems,
    draftIndexOf,
    preview: { ...header, lines: previewLines },
    previewDraftIndexOf,
  };
}

// Where main's field errors are shown: header fields by name, line errors in their cell.
const headerFields = new Set([
  'customerId',
  'orderDate',
  'validUntil',
  'requestedDeliveryDate',
  'customerReference',
  'channel',
  'notes',
]);

export function isOrderFieldShown(path: string): boolean {
  if (headerFields.has(path)) return true;
  if (/^(billingAddress|shippingAddress)\.(line1|line2|postalCode|city|region|country)$/.test(path))
    return true;
  return lineCellPattern.test(path);
}

/** Main numbers the lines it received; the error goes to the cell of the draft line it came from. */
export function orderFieldOf(path: string, draftIndexOf: readonly number[]): string {
  return lineFieldOf(path, draftIndexOf);
}
