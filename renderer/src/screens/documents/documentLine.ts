// A line of a sales document (order or invoice) as typed in its grid, and how it reads into the line fields
// orders and invoices share. Each document adds its own fields (an order line's id, an invoice line's order
// line) around these.
import type { feeKinds, lineKinds } from '../../../../shared/contract/orders';
import { parseDecimal } from '../../../../shared/money';

export type FeeKind = (typeof feeKinds)[number];
/** Deposit lines exist on invoices only: the final invoice deducts a posted deposit invoice. */
export type DocumentLineKind = 'product' | 'text' | 'fee' | 'deposit';
/** The kinds a user adds in the grid (deposit lines come from main). */
export type NewLineKind = (typeof lineKinds)[number];

export interface DocumentLine {
  /** Stable React key; never sent. */
  key: number;
  kind: DocumentLineKind;
  productId: number | null;
  /** What the product cell shows: "SKU name". */
  productText: string;
  description: string;
  /** As typed in the company locale; '' = 1. */
  quantity: string;
  /** As typed; '' = the product's price. */
  unitPrice: string;
  discountPercent: string;
  /** A discount amount set elsewhere (import, an order); kept as it is, the grid edits percentages. */
  discountAmount: number | null;
  /** '' = the product's rate (no tax on text and fee lines), 'none' = no tax, else a tax rate id. */
  taxRate: string;
  feeKind: FeeKind | null;
  unit: string;
}

export const feeKindLabels: Readonly<Record<FeeKind, string>> = {
  shipping: 'Shipping',
  handling: 'Handling',
  small_order: 'Small order fee',
  other: 'Other fee',
};

let nextKey = 1;
/** A fresh key for a line made here or loaded from a saved document. */
export function lineKey(): number {
  return nextKey++;
}

export function emptyDocumentLine(kind: NewLineKind = 'product'): DocumentLine {
  return {
    key: lineKey(),
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
  };
}

/** Nothing typed yet: such a line is neither sent nor checked. */
export function isUntouched(line: DocumentLine): boolean {
  return (
    line.productId === null &&
    line.description.trim() === '' &&
    line.quantity.trim() === '' &&
    line.unitPrice.trim() === '' &&
    line.discountPercent.trim() === ''
  );
}

/** The fields every document line sends, read from what was typed. */
export interface CommonLineFields {
  kind: DocumentLineKind;
  productId: number | null;
  description: string;
  quantity: string;
  unit: string;
  unitPrice?: string;
  discountPercent: string | null;
  discountAmount: number | null;
  taxRateId?: number | null;
  feeKind: FeeKind | null;
}

type Reading = { ok: true; value: string | undefined } | { ok: false; error: string };

function readNumber(text: string, locale: string, scale: number): Reading {
  if (text.trim() === '') return { ok: true, value: undefined };
  const parsed = parseDecimal(text, locale, scale);
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}

function taxRateOf(line: DocumentLine): number | null | undefined {
  if (line.taxRate === '') return undefined;
  if (line.taxRate === 'none') return null;
  return Number(line.taxRate);
}

/**
 * The line's common fields, or null when a number does not read; the reasons are then added to `problems`
 * at "lines.<draft index>.<cell>".
 */
export function readLineFields(
  line: DocumentLine,
  index: number,
  locale: string,
  problems: Record<string, string>,
): CommonLineFields | null {
  const quantity = readNumber(line.quantity, locale, 4);
  const unitPrice = readNumber(line.unitPrice, locale, 6);
  const discount = readNumber(line.discountPercent, locale, 4);
  const path = (field: string) => `lines.${index}.${field}`;
  if (!quantity.ok) problems[path('quantity')] = quantity.error;
  if (!unitPrice.ok) problems[path('unitPrice')] = unitPrice.error;
  if (!discount.ok) problems[path('discountPercent')] = discount.error;
  if (!quantity.ok || !unitPrice.ok || !discount.ok) return null;

  const taxRateId = taxRateOf(line);
  return {
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
}

/** Complete enough for main to price while typing (what Save would refuse is left out of the preview). */
export function isPriceable(line: DocumentLine, fields: CommonLineFields): boolean {
  const isPositive = (value: string | undefined) => value === undefined || !value.startsWith('-');
  if (!isPositive(fields.quantity) || !isPositive(fields.unitPrice) || /^-|^0*\.?0*$/.test(fields.quantity))
    return false;
  if (
    fields.discountPercent &&
    (fields.discountPercent.startsWith('-') || Number(fields.discountPercent) > 100)
  )
    return false;
  if (line.kind === 'product') return line.productId !== null;
  return line.description.trim() !== '' && fields.unitPrice !== undefined;
}

// Which grid cell shows main's error about a line field.
const cellOfLineField: Readonly<Record<string, string>> = {
  id: 'productId',
  productId: 'productId',
  kind: 'productId',
  orderLineId: 'productId',
  depositInvoiceId: 'description',
  description: 'description',
  quantity: 'quantity',
  unit: 'quantity',
  unitPrice: 'unitPrice',
  discountPercent: 'discountPercent',
  discountAmount: 'discountPercent',
  taxRateId: 'taxRateId',
  feeKind: 'feeKind',
  accountId: 'productId',
};

export const lineCellPattern =
  /^lines\.\d+\.(productId|description|quantity|unitPrice|discountPercent|taxRateId|feeKind)$/;

/** Main numbers the lines it received; the error goes to the cell of the draft line it came from. */
export function lineFieldOf(path: string, draftIndexOf: readonly number[]): string {
  const match = /^lines\.(\d+)\.([A-Za-z]+)/.exec(path);
  if (!match) return path;
  const draftIndex = draftIndexOf[Number(match[1])];
  const cell = cellOfLineField[match[2] ?? ''];
  if (draftIndex === undefined || cell === undefined) return path;
  return `lines.${draftIndex}.${cell}`;
}
