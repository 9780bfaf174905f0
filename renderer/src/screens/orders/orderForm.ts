// The order editor's form (text as typed) and how it reads into the contract's input: the input to save, the
// subset complete enough to preview, and which draft line each sent line came from (errors land on that line).
import type { Address, Order, OrderInput, OrderLineInput } from '../../../../shared/contract';
import type { feeKinds, lineKinds, orderChannels } from '../../../../shared/contract/orders';
import { parseDecimal } from '../../../../shared/money';
import { decimalInputText } from '../../lib/format';
import { withCurrencyDecimals } from '../products/productForm';

export type LineKind = (typeof lineKinds)[number];
export type FeeKind = (typeof feeKinds)[number];
export type Channel = (typeof orderChannels)[number];

export interface DraftLine {
  /** Stable React key; never sent. */
  key: number;
  /** The stored line this row edits (saved orders); undefined for a new row. */
  id?: number;
  kind: LineKind;
  productId: number | null;
  /** What the product cell shows: "SKU name". */
  productText: string;
  description: string;
  /** As typed in the company locale; '' = 1. */
  quantity: string;
  /** As typed; '' = the product's price. */
  unitPrice: string;
  discountPercent: string;
  /** A discount amount set elsewhere (import); kept as it is, the grid edits percentages. */
  discountAmount: number | null;
  /** '' = the product's rate (no tax on text and fee lines), 'none' = no tax, else a tax rate id. */
  taxRate: string;
  feeKind: FeeKind | null;
  unit: string;
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

let nextKey = 1;
export function newLine(kind: LineKind = 'product'): DraftLine {
  return {
    key: nextKey++,
    kind,
    productId: null,
    productText: '',
    description: '',
    quantity: '',
    unitPrice: '',
    discountPercent: '',
    discountAmount: null,
    taxRate: '',
    feeKind: kind === 'fee' ? 'shipping' : null,
    unit: '',
    shipped: '0',
    cancelled: '0',
    remaining: '0',
  };
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
      key: nextKey++,
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
  return (
    line.id === undefined &&
    line.productId === null &&
    line.description.trim() === '' &&
    line.quantity.trim() === '' &&
    line.unitPrice.trim() === '' &&
    line.discountPercent.trim() === ''
  );
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

type Reading = { ok: true; value: string | undefined } | { ok: false; error: string };

function readNumber(text: string, locale: string, scale: number): Reading {
  if (text.trim() === '') return { ok: true, value: undefined };
  const parsed = parseDecimal(text, locale, scale);
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}

function taxRateOf(line: DraftLine): number | null | undefined {
  if (line.taxRate === '') return undefined;
  if (line.taxRate === 'none') return null;
  return Number(line.taxRate);
}

function isComplete(line: DraftLine, input: OrderLineInput): boolean {
  const isPositive = (value: string | undefined) => value === undefined || !value.startsWith('-');
  if (!isPositive(input.quantity) || !isPositive(input.unitPrice) || /^-|^0*\.?0*$/.test(input.quantity))
    return false;
  if (input.discountPercent && (input.discountPercent.startsWith('-') || Number(input.discountPercent) > 100))
    return false;
  if (line.kind === 'product') return line.productId !== null;
  return line.description.trim() !== '' && input.unitPrice !== undefined;
}

export function readOrderForm(form: OrderForm, locale: string): OrderReading {
  const problems: Record<string, string> = {};
  const lines: OrderLineInput[] = [];
  const draftIndexOf: number[] = [];
  const previewLines: OrderLineInput[] = [];
  const previewDraftIndexOf: number[] = [];

  form.lines.forEach((line, index) => {
    if (isBlankLine(line)) return;
    const quantity = readNumber(line.quantity, locale, 4);
    const unitPrice = readNumber(line.unitPrice, locale, 6);
    const discount = readNumber(line.discountPercent, locale, 4);
    const path = (field: string) => `lines.${index}.${field}`;
    if (!quantity.ok) problems[path('quantity')] = quantity.error;
    if (!unitPrice.ok) problems[path('unitPrice')] = unitPrice.error;
    if (!discount.ok) problems[path('discountPercent')] = discount.error;
    if (!quantity.ok || !unitPrice.ok || !discount.ok) return;

    const taxRateId = taxRateOf(line);
    const input: OrderLineInput = {
      ...(line.id === undefined ? {} : { id: line.id }),
      kind: line.kind,
      productId: line.kind === 'product' ? line.productId : null,
      description: line.description,
      quantity: quantity.value ?? '1',
      unit: line.unit,
      ...(unitPrice.value === undefined ? {} : { unitPrice: unitPrice.value }),
      discountPercent: discount.value ?? null,
      discountAmount: discount.value === undefined ? line.discountAmount : null,
      ...(taxRateId === undefined ? {} : { taxRateId }),
      feeKind: line.kind === 'fee' ? line.feeKind : null,
    };
    lines.push(input);
    draftIndexOf.push(index);
    if (isComplete(line, input)) {
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
const cellOfLineField: Readonly<Record<string, string>> = {
  id: 'productId',
  productId: 'productId',
  kind: 'productId',
  description: 'description',
  quantity: 'quantity',
  unit: 'quantity',
  unitPrice: 'unitPrice',
  discountPercent: 'discountPercent',
  discountAmount: 'discountPercent',
  taxRateId: 'taxRateId',
  feeKind: 'feeKind',
};

export function isOrderFieldShown(path: string): boolean {
  if (headerFields.has(path)) return true;
  if (/^(billingAddress|shippingAddress)\.(line1|line2|postalCode|city|region|country)$/.test(path))
    return true;
  return /^lines\.\d+\.(productId|description|quantity|unitPrice|discountPercent|taxRateId|feeKind)$/.test(
    path,
  );
}

/** Main numbers the lines it received; the error goes to the cell of the draft line it came from. */
export function orderFieldOf(path: string, draftIndexOf: readonly number[]): string {
  const match = /^lines\.(\d+)\.([A-Za-z]+)/.exec(path);
  if (!match) return path;
  const draftIndex = draftIndexOf[Number(match[1])];
  const cell = cellOfLineField[match[2] ?? ''];
  if (draftIndex === undefined || cell === undefined) return path;
  return `lines.${draftIndex}.${cell}`;
}
