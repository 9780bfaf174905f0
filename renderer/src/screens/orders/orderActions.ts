// Which actions an order offers in each status, as data; the acting profile's roles then filter them.
import type { Order } from '../../../../shared/contract';
import type { OrderStatus } from '../../../../shared/orders/status';
import { holdReasonText, type HoldReason } from '../../../../shared/credit/decision';
import type { OrderAbilities } from './abilities';

export type OrderAction =
  | 'save'
  | 'confirm'
  | 'convert'
  | 'approve'
  | 'refuse'
  | 'ship'
  | 'invoice'
  | 'deposit'
  | 'cancelLines'
  | 'cancel'
  | 'duplicate';

/** 'new' is an order or quote not saved yet. */
export type EditorStage = OrderStatus | 'new_order' | 'new_quote';

const actionsByStage: Readonly<Record<EditorStage, readonly OrderAction[]>> = {
  new_order: ['save', 'confirm'],
  new_quote: ['save'],
  draft: ['save', 'confirm', 'duplicate', 'cancel'],
  quote: ['save', 'convert', 'duplicate', 'cancel'],
  converted: ['duplicate'],
  on_hold: ['save', 'approve', 'refuse', 'cancel', 'duplicate'],
  rejected: ['save', 'cancel', 'duplicate'],
  confirmed: ['save', 'ship', 'invoice', 'deposit', 'cancelLines', 'cancel', 'duplicate'],
  partially_shipped: ['save', 'ship', 'invoice', 'deposit', 'cancelLines', 'cancel', 'duplicate'],
  shipped: ['invoice', 'duplicate'],
  invoiced: ['duplicate'],
  closed: ['duplicate'],
  cancelled: ['duplicate'],
};

const abilityOf: Readonly<Record<OrderAction, keyof OrderAbilities>> = {
  save: 'sell',
  confirm: 'sell',
  convert: 'sell',
  approve: 'decideCredit',
  refuse: 'decideCredit',
  ship: 'ship',
  invoice: 'sell',
  deposit: 'sell',
  cancelLines: 'sell',
  cancel: 'sell',
  duplicate: 'sell',
};

export function actionsFor(stage: EditorStage, abilities: OrderAbilities): Set<OrderAction> {
  return new Set(actionsByStage[stage].filter((action) => abilities[abilityOf[action]]));
}

/**
 * Whether the order has something to bill that is not on an invoice or a draft yet (main works it out per line:
 * shipped goods, ordered services and fees).
 */
export function hasBillableLines(order: Pick<Order, 'lines'>): boolean {
  return order.lines.some((line) => /[1-9]/.test(line.toInvoice));
}

/** Lines, quantities and prices can change (confirmed orders within their rules). */
export function isEditableStage(stage: EditorStage): boolean {
  return actionsByStage[stage].includes('save');
}

/** The order holds a number and reserves stock: shipped quantities and the customer are fixed. */
export function isConfirmedStage(stage: EditorStage): boolean {
  return ['on_hold', 'rejected', 'confirmed', 'partially_shipped', 'shipped', 'invoiced', 'closed'].includes(
    stage,
  );
}

const knownReasons: readonly string[] = ['over_limit', 'overdue', 'credit_stop'];

/** Main stores hold reasons as codes on the order; the queue already sends words. */
export function holdReasonWords(reasons: readonly string[]): string[] {
  return reasons.map((r) => (knownReasons.includes(r) ? holdReasonText(r as HoldReason) : r));
}
