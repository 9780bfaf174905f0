// Fulfilment: a shipment from one order, picked and packed (scan or type SKUs), shipped, delivered.
import { z } from 'zod';
import type { Address } from './customers';
import { method } from './define';
import { decimalString, id, isoDate, optionalText, paging, type Page } from './fields';
import { quantity } from './orders';

export type ShipmentStatus = 'open' | 'shipped' | 'delivered' | 'cancelled';

export interface ShipmentLine {
  id: number;
  orderLineId: number;
  productId: number | null;
  sku: string | null;
  barcode: string | null;
  description: string;
  unit: string;
  quantity: string;
  packed: string;
  isPacked: boolean;
}

export interface Shipment {
  id: number;
  number: string | null;
  status: ShipmentStatus;
  order: { id: number; number: string | null; customerReference: string };
  customer: { id: number; name: string };
  shippingAddress: Address;
  shipDate: string | null;
  carrier: string;
  trackingNumber: string;
  parcels: number | null;
  weightKg: string | null;
  deliveredOn: string | null;
  lines: ShipmentLine[];
  isFullyPacked: boolean;
  createdAt: string;
}

export interface ShipmentRow {
  id: number;
  number: string | null;
  status: ShipmentStatus;
  stage: 'to_pick' | 'to_ship' | 'shipped' | 'delivered' | 'cancelled';
  orderId: number;
  orderNumber: string | null;
  customerName: string;
  shipDate: string | null;
  carrier: string;
  trackingNumber: string;
  lineCount: number;
}

export type ScanResult =
  | { result: 'packed'; lineId: number; packed: string; quantity: string; complete: boolean }
  | { result: 'already_complete'; lineId: number; quantity: string }
  | { result: 'not_in_shipment'; productName: string }
  | { result: 'unknown_code' };

export const shipmentsContract = {
  'shipments.createFromOrder': method(
    z.object({
      orderId: id,
      /** Omitted: everything that remains to ship. */
      lines: z
        .array(z.object({ orderLineId: id, quantity }))
        .min(1, 'Ship at least one line')
        .max(500)
        .optional(),
    }),
  ).returns<Shipment>(),
  'shipments.updateLines': method(
    z.object({
      id,
      lines: z
        .array(z.object({ orderLineId: id, quantity }))
        .min(1, 'Ship at least one line')
        .max(500),
    }),
  ).returns<Shipment>(),
  'shipments.scan': method(
    z.object({
      id,
      code: z.string().trim().min(1, 'Scan or type a code').max(64, 'Codes are at most 64 characters'),
    }),
  ).returns<{ shipment: Shipment; scan: ScanResult }>(),
  'shipments.setPacked': method(
    z.object({
      id,
      lineId: id,
      packed: decimalString('Packed', { scale: 4, max: 999_999_999 }),
    }),
  ).returns<Shipment>(),
  'shipments.ship': method(
    z.object({
      id,
      shipDate: isoDate,
      carrier: optionalText('Carrier', 60),
      trackingNumber: optionalText('Tracking number', 80),
      parcels: z
        .number()
        .int('Parcels is a whole number')
        .min(1, 'At least 1 parcel')
        .max(9999)
        .nullable()
        .default(null),
      weightKg: decimalString('Weight', { scale: 3, max: 999_999 }).nullable().default(null),
    }),
  ).returns<Shipment>(),
  'shipments.markDelivered': method(z.object({ id, date: isoDate })).returns<Shipment>(),
  'shipments.cancel': method(z.object({ id })).returns<Shipment>(),
  'shipments.get': method(z.object({ id })).returns<Shipment>(),
  'shipments.list': method(
    z
      .object({
        stage: z
          .enum(['to_pick', 'to_ship', 'open', 'shipped', 'delivered', 'cancelled', 'all'])
          .default('open'),
        orderId: id.optional(),
        search: z.string().trim().max(100).default(''),
        ...paging,
      })
      .default({ stage: 'open', search: '', limit: 50, offset: 0 }),
  ).returns<Page<ShipmentRow>>(),
};
