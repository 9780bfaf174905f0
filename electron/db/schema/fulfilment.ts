// Orders, credit decisions, stock and fulfilment. Quantities are INTEGER ten-thousandths ("e4": 1.5 pcs = 15000)
// so stock and order sums stay exact in SQL.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, updatedAt } from './columns';
import { customers, products } from './parties';
import { taxRates, users } from './settings';

/** Every change of on-hand stock, append-only: on hand = Σ qty. */
export const stockMovements = sqliteTable(
  'stock_movements',
  {
    id: integer('id').primaryKey(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    date: text('date').notNull(),
    kind: text('kind', { enum: ['receipt', 'adjustment', 'count', 'shipment', 'return'] }).notNull(),
    qty: integer('qty').notNull(),
    reason: text('reason').notNull().default(''),
    shipmentId: integer('shipment_id'),
    createdAt,
    createdBy: integer('created_by').references(() => users.id),
  },
  // qty at the end: on hand (Σ qty per product) is read from the index alone.
  (t) => [index('stock_movements_product_idx').on(t.productId, t.id, t.qty)],
);

/** Reservations by confirmed order lines, append-only: reserved = Σ qty (+ on confirm, − on ship or cancel). */
export const stockReservations = sqliteTable(
  'stock_reservations',
  {
    id: integer('id').primaryKey(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    orderLineId: integer('order_line_id').notNull(),
    qty: integer('qty').notNull(),
    reason: text('reason', { enum: ['confirm', 'ship', 'cancel', 'edit', 'hold_released'] }).notNull(),
    createdAt,
  },
  (t) => [
    // qty at the end: reserved (Σ qty per product) is read from the index alone.
    index('stock_reservations_product_idx').on(t.productId, t.qty),
    index('stock_reservations_line_idx').on(t.orderLineId),
  ],
);

export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: ['order', 'quote'] }).notNull(),
    number: text('number'),
    /** Cached derived status (see shared/orders/status.ts); verifyOrder re-derives it from the rows. */
    status: text('status').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    quoteId: integer('quote_id'),
    orderDate: text('order_date').notNull(),
    validUntil: text('valid_until'),
    requestedDeliveryDate: text('requested_delivery_date'),
    customerReference: text('customer_reference').notNull().default(''),
    channel: text('channel').notNull(),
    billingAddress: text('billing_address', { mode: 'json' }).notNull(),
    shippingAddress: text('shipping_address', { mode: 'json' }).notNull(),
    currency: text('currency').notNull(),
    notes: text('notes').notNull().default(''),
    net: integer('net').notNull().default(0),
    tax: integer('tax').notNull().default(0),
    total: integer('total').notNull().default(0),
    discount: integer('discount').notNull().default(0),
    fees: integer('fees').notNull().default(0),
    /** Value of what is still to ship and of what was shipped (minor units), kept for credit exposure. */
    openValue: integer('open_value').notNull().default(0),
    shippedValue: integer('shipped_value').notNull().default(0),
    isConfirmed: integer('is_confirmed', { mode: 'boolean' }).notNull().default(false),
    isOnHold: integer('is_on_hold', { mode: 'boolean' }).notNull().default(false),
    isRejected: integer('is_rejected', { mode: 'boolean' }).notNull().default(false),
    isCancelled: integer('is_cancelled', { mode: 'boolean' }).notNull().default(false),
    isConverted: integer('is_converted', { mode: 'boolean' }).notNull().default(false),
    holdReasons: text('hold_reasons', { mode: 'json' }).$type<string[]>().notNull(),
    approvedAmount: integer('approved_amount'),
    confirmedAt: text('confirmed_at'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt,
    updatedAt,
  },
  (t) => [
    uniqueIndex('orders_number_unique').on(t.number),
    index('orders_status_date_idx').on(t.kind, t.status, t.orderDate, t.id),
    index('orders_kind_date_idx').on(t.kind, t.orderDate, t.id),
    // Covers the credit-exposure sum of a customer's live orders (open and shipped value).
    index('orders_customer_idx').on(
      t.customerId,
      t.isConfirmed,
      t.isCancelled,
      t.isRejected,
      t.kind,
      t.openValue,
      t.shippedValue,
    ),
    // NOCASE: the list's case-insensitive prefix search (LIKE 'term%') seeks these instead of scanning; with kind,
    // counting the hits needs no row reads.
    index('orders_reference_idx').on(sql`${t.customerReference} COLLATE NOCASE`, t.kind),
    index('orders_number_nocase_idx').on(sql`${t.number} COLLATE NOCASE`, t.kind),
  ],
);

export const orderLines = sqliteTable(
  'order_lines',
  {
    id: integer('id').primaryKey(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    position: integer('position').notNull(),
    kind: text('kind', { enum: ['product', 'text', 'fee'] }).notNull(),
    productId: integer('product_id').references(() => products.id),
    description: text('description').notNull().default(''),
    qty: integer('qty').notNull(),
    unit: text('unit').notNull().default(''),
    unitPrice: text('unit_price').notNull(),
    discountPercent: text('discount_percent'),
    discountAmount: integer('discount_amount'),
    taxRateId: integer('tax_rate_id').references(() => taxRates.id),
    taxPercent: text('tax_percent').notNull().default('0'),
    feeKind: text('fee_kind'),
    net: integer('net').notNull(),
    tax: integer('tax').notNull(),
    /** Cached sums of shipped and cancelled quantity; verifyOrder re-derives them from shipment lines. */
    shippedQty: integer('shipped_qty').notNull().default(0),
    cancelledQty: integer('cancelled_qty').notNull().default(0),
  },
  (t) => [
    index('order_lines_order_idx').on(t.orderId, t.position),
    index('order_lines_product_idx').on(t.productId),
  ],
);

/** Credit approvals and rejections, append-only: who decided, when, why, for which amount. */
export const creditDecisions = sqliteTable(
  'credit_decisions',
  {
    id: integer('id').primaryKey(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    decision: text('decision', { enum: ['approved', 'rejected'] }).notNull(),
    amount: integer('amount').notNull(),
    exposure: integer('exposure').notNull(),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull(),
    note: text('note').notNull(),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: text('decided_at').notNull(),
  },
  (t) => [index('credit_decisions_order_idx').on(t.orderId)],
);

export const shipments = sqliteTable(
  'shipments',
  {
    id: integer('id').primaryKey(),
    number: text('number'),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    status: text('status', { enum: ['open', 'shipped', 'delivered', 'cancelled'] }).notNull(),
    shipDate: text('ship_date'),
    carrier: text('carrier').notNull().default(''),
    trackingNumber: text('tracking_number').notNull().default(''),
    parcels: integer('parcels'),
    weightKg: text('weight_kg'),
    deliveredOn: text('delivered_on'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt,
    updatedAt,
  },
  (t) => [
    uniqueIndex('shipments_number_unique').on(t.number),
    index('shipments_status_idx').on(t.status, t.id),
    index('shipments_order_idx').on(t.orderId),
  ],
);

export const shipmentLines = sqliteTable(
  'shipment_lines',
  {
    id: integer('id').primaryKey(),
    shipmentId: integer('shipment_id')
      .notNull()
      .references(() => shipments.id),
    orderLineId: integer('order_line_id')
      .notNull()
      .references(() => orderLines.id),
    productId: integer('product_id').references(() => products.id),
    qty: integer('qty').notNull(),
    packedQty: integer('packed_qty').notNull().default(0),
  },
  (t) => [
    index('shipment_lines_shipment_idx').on(t.shipmentId),
    index('shipment_lines_order_line_idx').on(t.orderLineId),
  ],
);

/** Customer notifications waiting for the mail outbox (a later issue sends them). */
export const orderMessages = sqliteTable(
  'order_messages',
  {
    id: integer('id').primaryKey(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    kind: text('kind', { enum: ['order_received', 'order_shipped'] }).notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    shipmentId: integer('shipment_id'),
    createdAt,
  },
  (t) => [index('order_messages_order_idx').on(t.orderId), index('order_messages_status_idx').on(t.status)],
);
