// Credit control: a customer's exposure against the limit, the queue of orders on hold, approve or reject.
import { z } from 'zod';
import { method } from './define';
import { id, requiredText } from './fields';
import type { Order, OrderRow } from './orders';

export interface CreditScore {
  kind: 'no_history' | 'scored';
  paidCount?: number;
  averageDaysLate?: string;
  shareLatePercent?: number;
  rating?: 'good' | 'fair' | 'poor';
}

export interface Exposure {
  customerId: number;
  currency: string;
  creditLimit: number | null;
  creditStop: boolean;
  overdueToleranceDays: number;
  oldestOverdueDays: number;
  openReceivables: number;
  confirmedNotShipped: number;
  shippedNotInvoiced: number;
  unappliedCredits: number;
  exposure: number;
  /** limit − exposure; null without a limit. */
  available: number | null;
  score: CreditScore;
}

export interface HoldItem {
  order: OrderRow;
  reasons: string[];
  exposure: Exposure;
}

export const creditContract = {
  'credit.exposure': method(z.object({ customerId: id })).returns<Exposure>(),
  'credit.queue': method(z.object({}).default({})).returns<HoldItem[]>(),
  'credit.approve': method(z.object({ orderId: id, reason: requiredText('Reason', 500) })).returns<Order>(),
  'credit.reject': method(z.object({ orderId: id, reason: requiredText('Reason', 500) })).returns<Order>(),
};
