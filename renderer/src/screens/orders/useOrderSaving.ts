// The order editor's calls to main: save (create or update), confirm, convert a quote, duplicate, start a
// shipment, bill it. Confirm and convert save pending changes first; failures come back for the error summary.
import type { Order } from '../../../../shared/contract';
import type { OrdoError } from '../../../../shared/errors';
import { navigate } from '../../app/router';
import { useConfirm } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toasts';
import { toOrdoError } from '../../lib/api';
import { useOrdoMutation } from '../../lib/queries';
import { holdReasonWords } from './orderActions';
import type { OrderReading } from './orderForm';

export interface Failure {
  error: OrdoError;
  /** The sent line index → draft line index of the call that failed. */
  draftIndexOf: number[];
  /** orders.update nests the order under "order." in its error paths. */
  isUpdate: boolean;
  title: string;
}

interface SavingOptions {
  order: Order | null;
  kind: 'order' | 'quote';
  reading: OrderReading;
  isDirty: boolean;
  setFailure: (failure: Failure | null) => void;
  setLocalErrors: (errors: Record<string, string>) => void;
}

export interface OrderSaving {
  save: () => Promise<void>;
  confirmOrder: () => Promise<void>;
  convertQuote: () => Promise<void>;
  duplicateOrder: () => Promise<void>;
  createShipment: () => Promise<void>;
  createInvoice: () => Promise<void>;
  isSaving: boolean;
  isBusy: boolean;
}

const openOrder = (id: number, replace = false) => navigate(`/orders/${id}`, { replace });

export function useOrderSaving(options: SavingOptions): OrderSaving {
  const { order, kind, reading, isDirty, setFailure, setLocalErrors } = options;
  const toast = useToast();
  const ask = useConfirm();
  const create = useOrdoMutation('orders.create', { alsoInvalidates: ['credit'] });
  const update = useOrdoMutation('orders.update', { alsoInvalidates: ['credit', 'stock', 'shipments'] });
  const confirm = useOrdoMutation('orders.confirm', { alsoInvalidates: ['credit', 'stock'] });
  const convert = useOrdoMutation('orders.convertQuote');
  const duplicate = useOrdoMutation('orders.duplicate');
  const ship = useOrdoMutation('shipments.createFromOrder', { alsoInvalidates: ['orders', 'stock'] });
  const bill = useOrdoMutation('invoices.createFromOrder', { alsoInvalidates: ['orders', 'credit'] });

  const fail = (title: string, reason: unknown, extra: Partial<Failure> = {}) =>
    setFailure({ error: toOrdoError(reason), draftIndexOf: [], isUpdate: false, title, ...extra });

  /** Writes the form; null when it could not (the reasons are then beside the fields). */
  async function write(): Promise<Order | null> {
    if (!reading.input) {
      setLocalErrors({ customerId: 'Choose a customer' });
      return null;
    }
    if (Object.keys(reading.problems).length > 0) {
      setLocalErrors({});
      return null;
    }
    setLocalErrors({});
    setFailure(null);
    try {
      return order
        ? await update.mutateAsync({ id: order.id, order: reading.input })
        : await create.mutateAsync(reading.input);
    } catch (reason) {
      fail('Could not save', reason, { draftIndexOf: reading.draftIndexOf, isUpdate: order !== null });
      return null;
    }
  }

  /** The saved order to act on: written first when there are changes. */
  async function current(): Promise<Order | null> {
    return order && !isDirty ? order : write();
  }

  async function save() {
    const saved = await write();
    if (!saved) return;
    if (!order) {
      toast(kind === 'quote' ? 'Quote saved' : 'Draft order saved');
      openOrder(saved.id, true);
    } else if (saved.status === 'on_hold' && order.status !== 'on_hold') {
      toast(`Changes saved. The order is on hold: ${holdReasonWords(saved.holdReasons).join('; ')}`, 'info');
    } else {
      toast('Changes saved');
    }
  }

  async function confirmOrder() {
    const isSure = await ask({
      title: 'Confirm order?',
      message: 'It gets its number, reserves stock and is checked against the credit limit.',
      confirmLabel: 'Confirm order',
    });
    if (!isSure) return;
    const saved = await current();
    if (!saved) return;
    try {
      const done = await confirm.mutateAsync({ id: saved.id });
      if (done.status === 'on_hold') {
        toast(
          `Order ${done.number ?? ''} is on hold: ${holdReasonWords(done.holdReasons).join('; ')}`,
          'info',
        );
      } else {
        toast(`Order ${done.number ?? ''} confirmed`);
      }
      if (!order) openOrder(done.id, true);
    } catch (reason) {
      if (!order) {
        // The draft was saved; show it, with the reason confirming failed.
        toast(toOrdoError(reason).message, 'error');
        openOrder(saved.id, true);
      } else fail('Could not confirm the order', reason);
    }
  }

  async function convertQuote() {
    const saved = await current();
    if (!saved) return;
    try {
      const created = await convert.mutateAsync({ id: saved.id });
      toast('Quote converted to a draft order');
      openOrder(created.id);
    } catch (reason) {
      fail('Could not convert the quote', reason);
    }
  }

  async function duplicateOrder() {
    if (!order) return;
    try {
      const copy = await duplicate.mutateAsync({ id: order.id });
      toast(`Copied to a new ${copy.kind === 'quote' ? 'quote' : 'draft order'}`);
      openOrder(copy.id);
    } catch (reason) {
      fail('Could not duplicate', reason);
    }
  }

  async function createShipment() {
    if (!order) return;
    try {
      const shipment = await ship.mutateAsync({ orderId: order.id });
      toast('Shipment created: pick and pack it');
      navigate(`/shipments/${shipment.id}`);
    } catch (reason) {
      fail('Could not create a shipment', reason);
    }
  }

  async function createInvoice() {
    if (!order) return;
    try {
      const invoice = await bill.mutateAsync({ orderId: order.id });
      toast('Draft invoice created: check it and post it');
      navigate(`/invoices/${invoice.id}`);
    } catch (reason) {
      fail('Could not create an invoice', reason);
    }
  }

  return {
    save,
    confirmOrder,
    convertQuote,
    duplicateOrder,
    createShipment,
    createInvoice,
    isSaving: create.isPending || update.isPending,
    isBusy: [create, update, confirm, convert, duplicate, ship, bill].some((m) => m.isPending),
  };
}
