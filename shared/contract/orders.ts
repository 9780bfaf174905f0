// Quotes and sales orders: draft, confirm (number, reservation, credit check), edit, cancel, duplicate, convert.
import { z } from 'zod';
import type { OrderStatus } from '../orders/status';
import { addressInput, type Address } from './customers';
import { method } from './define';
import {
  decimalString,
  id,
  isoDate,
  minorAmount,
  optionalText,
  paging,
  percent,
  sortDir,
  type Page,
} from './fields';

export const orderChannels = ['phone', 'email', 'counter', 'web', 'import'] as const;
export const lineKinds = ['product', 'text', 'fee'] as const;
export const feeKinds = ['shipping', 'handling', 'small_order', 'other'] as const;
export type { OrderStatus };

/** A quantity: a positive decimal with at most 4 decimals, written as text. */
export const quantity = decimalString('Quantity', { scale: 4, max: 999_999_999 }).refine(
  (q) => /[1-9]/.test(q),
  'Quantity must be more than 0',
);

export const orderLineInput = z
  .object({
    /** The stored line this edits (confirmed orders); omitted for a new line. */
    id: id.optional(),
    kind: z.enum(lineKinds).default('product'),
    productId: id.nullable().default(null),
    description: optionalText('Description', 500),
    quantity,
    unit: optionalText('Unit', 20),
    /** Omitted: the product's price. */
    unitPrice: decimalString('Unit price', { scale: 6, max: 999_999_999 }).optional(),
    discountPercent: percent('Discount %').nullable().default(null),
    discountAmount: minorAmount('Discount').nullable().default(null),
    /** Omitted: the product's tax rate; null: no tax. */
    taxRateId: id.nullable().optional(),
    feeKind: z.enum(feeKinds).nullable().default(null),
  })
  .superRefine((l, ctx) => {
    if (l.kind === 'product' && l.productId === null) {
      ctx.addIssue({ code: 'custom', path: ['productId'], message: 'Choose a product' });
    }
    if (l.kind !== 'product' && l.description === '') {
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'Describe the line' });
    }
    if (l.kind !== 'product' && l.unitPrice === undefined) {
      ctx.addIssue({ code: 'custom', path: ['unitPrice'], message: 'Enter a price' });
    }
    if (l.discountPercent !== null && l.discountAmount !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['discountAmount'],
        message: 'Give a discount % or an amount, not both',
      });
    }
    if (l.kind === 'fee' && l.feeKind === null) {
      ctx.addIssue({ code: 'custom', path: ['feeKind'], message: 'Choose the kind of fee' });
    }
  });
export type OrderLineInput = z.input<typeof orderLineInput>;

export const orderInput = z
  .object({
    kind: z.enum(['order', 'quote']).default('order'),
    customerId: id,
    orderDate: isoDate,
    validUntil: isoDate.nullable().default(null),
    requestedDeliveryDate: isoDate.nullable().default(null),
    customerReference: optionalText('Customer reference', 60),
    channel: z.enum(orderChannels, { error: 'Choose how the order came in' }).default('phone'),
    /** Omitted: the customer's addresses. */
    billingAddress: addressInput.optional(),
    shippingAddress: addressInput.optional(),
    notes: optionalText('Notes', 4000),
    lines: z.array(orderLineInput).max(500, 'At most 500 lines'),
  })
  .refine((o) => o.validUntil === null || o.validUntil >= o.orderDate, {
    message: 'A quote is valid until a date on or after its own date',
    path: ['validUntil'],
  });
export type OrderInput = z.input<typeof orderInput>;

export interface Availability {
  onHand: string;
  reserved: string;
  available: string;
}

export interface OrderLine {
  id: number;
  position: number;
  kind: (typeof lineKinds)[number];
  productId: number | null;
  sku: string | null;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discountPercent: string | null;
  discountAmount: number | null;
  taxRateId: number | null;
  taxPercent: string;
  feeKind: (typeof feeKinds)[number] | null;
  net: number;
  tax: number;
  gross: number;
  shipped: string;
  cancelled: string;
  remaining: string;
  /** Billed by posted invoices. */
  invoiced: string;
  /** Still to bill and not on a draft invoice yet: shipped goods, ordered services and fees. */
  toInvoice: string;
  availability: Availability | null;
}

export interface TaxLine {
  taxRateId: number | null;
  name: string;
  taxPercent: string;
  base: number;
  tax: number;
}

export interface OrderTotals {
  net: number;
  discount: number;
  fees: number;
  taxes: TaxLine[];
  tax: number;
  total: number;
}

export interface OrderMessage {
  id: number;
  kind: 'order_received' | 'order_shipped';
  recipient: string;
  subject: string;
  status: 'pending' | 'sent' | 'failed';
  createdAt: string;
}

export interface CreditDecision {
  decision: 'approved' | 'rejected';
  amount: number;
  note: string;
  decidedBy: string;
  decidedAt: string;
}

export interface Order {
  id: number;
  kind: 'order' | 'quote';
  number: string | null;
  status: OrderStatus;
  customer: { id: number; number: string; name: string; email: string; archived: boolean };
  quoteId: number | null;
  orderDate: string;
  validUntil: string | null;
  requestedDeliveryDate: string | null;
  customerReference: string;
  channel: (typeof orderChannels)[number];
  billingAddress: Address;
  shippingAddress: Address;
  currency: string;
  notes: string;
  lines: OrderLine[];
  totals: OrderTotals;
  holdReasons: string[];
  approvedAmount: number | null;
  decisions: CreditDecision[];
  messages: OrderMessage[];
  shipments: { id: number; number: string | null; status: string; shipDate: string | null }[];
  /** A quote's or draft's advisory credit warning (never blocks). */
  creditWarning: string[];
  createdAt: string;
  updatedAt: string;
}

export interface OrderRow {
  id: number;
  kind: 'order' | 'quote';
  number: string | null;
  status: OrderStatus;
  customerId: number;
  customerName: string;
  orderDate: string;
  customerReference: string;
  currency: string;
  total: number;
}

export interface OrderPreview {
  currency: string;
  lines: {
    net: number;
    tax: number;
    gross: number;
    unitPrice: string;
    taxRateId: number | null;
    availability: Availability | null;
  }[];
  totals: OrderTotals;
  creditWarning: string[];
}

export const orderSortFields = ['orderDate', 'number', 'customer', 'total'] as const;

export const ordersContract = {
  'orders.create': method(orderInput).returns<Order>(),
  'orders.update': method(z.object({ id, order: orderInput })).returns<Order>(),
  'orders.preview': method(orderInput).returns<OrderPreview>(),
  'orders.confirm': method(z.object({ id })).returns<Order>(),
  'orders.cancel': method(
    z.object({
      id,
      /** Omitted: cancel the whole order; else cancel what remains of these lines. */
      lineIds: z.array(id).min(1).max(500).optional(),
      reason: optionalText('Reason', 500),
    }),
  ).returns<Order>(),
  'orders.duplicate': method(z.object({ id })).returns<Order>(),
  'orders.convertQuote': method(z.object({ id })).returns<Order>(),
  'orders.get': method(z.object({ id })).returns<Order>(),
  'orders.list': method(
    z
      .object({
        kind: z.enum(['order', 'quote']).default('order'),
        status: z.array(z.string().max(30)).max(12).optional(),
        customerId: id.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        search: z.string().trim().max(100).default(''),
        sort: z.enum(orderSortFields).default('orderDate'),
        dir: sortDir.default('desc'),
        ...paging,
      })
      .default({ kind: 'order', search: '', sort: 'orderDate', dir: 'desc', limit: 50, offset: 0 }),
  ).returns<Page<OrderRow>>(),
  'orders.counts': method(z.object({}).default({})).returns<{
    onHold: number;
    toShip: number;
    drafts: number;
  }>(),
};
