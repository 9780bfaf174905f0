// The actions of the order's status beside Save: confirm, convert, approve or refuse credit, ship, invoice, bill a
// deposit, cancel, duplicate — only those the acting profile may take. Dialogs for the ones that need a reason.
import { useState } from 'react';
import type { Order } from '../../../../shared/contract';
import { CancelOrderDialog } from './CancelOrderDialog';
import { CreditDecisionDialog, type CreditDecision } from './CreditDecisionDialog';
import { DepositInvoiceDialog } from './DepositInvoiceDialog';
import { hasBillableLines, type OrderAction } from './orderActions';
import type { OrderSaving } from './useOrderSaving';

interface OrderActionButtonsProps {
  order: Order | null;
  actions: ReadonlySet<OrderAction>;
  isDirty: boolean;
  selectedLines: number[];
  onSelectedLinesDone: () => void;
  saving: OrderSaving;
  locale: string;
}

type Open =
  | { kind: 'credit'; decision: CreditDecision }
  | { kind: 'cancel'; lineIds?: number[] }
  | { kind: 'deposit' }
  | null;

export function OrderActionButtons(props: OrderActionButtonsProps) {
  const { order, actions, isDirty, selectedLines, saving } = props;
  const [open, setOpen] = useState<Open>(null);
  const busy = saving.isBusy;
  // These act on the order as saved; unsaved changes would be lost or misleading.
  const needsSaved = isDirty || busy;
  const label = order
    ? `${order.number ? `order ${order.number}` : 'this order'} for ${order.customer.name}`
    : '';

  const button = (action: OrderAction, text: string, onClick: () => void, disabled = false) =>
    actions.has(action) ? (
      <button type="button" onClick={onClick} disabled={disabled}>
        {text}
      </button>
    ) : null;

  return (
    <>
      {button('duplicate', 'Duplicate', () => void saving.duplicateOrder(), needsSaved)}
      {button(
        'cancel',
        order?.kind === 'quote' ? 'Cancel quote' : 'Cancel order',
        () => setOpen({ kind: 'cancel' }),
        needsSaved,
      )}
      {actions.has('cancelLines') && selectedLines.length > 0
        ? button(
            'cancelLines',
            `Cancel selected lines (${selectedLines.length})`,
            () => setOpen({ kind: 'cancel', lineIds: selectedLines }),
            needsSaved,
          )
        : null}
      {button('refuse', 'Refuse credit', () => setOpen({ kind: 'credit', decision: 'refuse' }), needsSaved)}
      {button(
        'approve',
        'Approve credit',
        () => setOpen({ kind: 'credit', decision: 'approve' }),
        needsSaved,
      )}
      {button('ship', 'Create shipment', () => void saving.createShipment(), needsSaved)}
      {order && hasBillableLines(order)
        ? button('invoice', 'Create invoice', () => void saving.createInvoice(), needsSaved)
        : null}
      {button('deposit', 'Create deposit invoice', () => setOpen({ kind: 'deposit' }), needsSaved)}
      {button('convert', 'Convert to order', () => void saving.convertQuote(), busy)}
      {button('confirm', 'Confirm order', () => void saving.confirmOrder(), busy)}
      {open?.kind === 'credit' && order ? (
        <CreditDecisionDialog
          orderId={order.id}
          orderLabel={label}
          decision={open.decision}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'deposit' && order ? (
        <DepositInvoiceDialog order={order} locale={props.locale} onClose={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'cancel' && order ? (
        <CancelOrderDialog
          order={order}
          lineIds={open.lineIds}
          onClose={() => setOpen(null)}
          onDone={open.lineIds ? props.onSelectedLinesDone : undefined}
        />
      ) : null}
    </>
  );
}
