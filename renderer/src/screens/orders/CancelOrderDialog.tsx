// Cancelling a whole order or some of its lines, with an optional reason; says exactly what will happen.
import { useState } from 'react';
import type { Order } from '../../../../shared/contract';
import { TextAreaField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { formErrorsOf } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';

interface CancelOrderDialogProps {
  order: Order;
  /** Stored line ids to cancel; undefined cancels the whole order. */
  lineIds?: number[] | undefined;
  onClose: () => void;
  onDone?: () => void;
}

export function CancelOrderDialog({ order, lineIds, onClose, onDone }: CancelOrderDialogProps) {
  const toast = useToast();
  const [reason, setReason] = useState('');
  const noun = order.kind === 'quote' ? 'quote' : 'order';
  const cancel = useOrdoMutation('orders.cancel', {
    alsoInvalidates: ['stock', 'shipments', 'credit'],
    onSuccess: () => {
      toast(
        lineIds
          ? `${lineIds.length === 1 ? 'Line' : 'Lines'} cancelled`
          : `${noun === 'quote' ? 'Quote' : 'Order'} cancelled`,
      );
      onClose();
      onDone?.();
    },
  });
  const errors = formErrorsOf(cancel.error, { isShown: (path) => path === 'reason' });
  const isLines = lineIds !== undefined;
  const explanation = isLines
    ? `What remains to ship of the ${lineIds.length === 1 ? 'selected line' : `${lineIds.length} selected lines`} is cancelled and its reserved stock released. What was shipped stays. This cannot be undone.`
    : order.kind === 'quote'
      ? 'The quote can no longer be converted to an order. This cannot be undone.'
      : 'Everything not shipped yet is cancelled, reserved stock is released and open shipments of it are cancelled. This cannot be undone.';
  const title = isLines
    ? `Cancel ${lineIds.length === 1 ? 'the selected line' : `${lineIds.length} selected lines`}?`
    : `Cancel ${noun}${order.number ? ` ${order.number}` : ''}?`;

  return (
    <FormDialog
      title={title}
      submitLabel={isLines ? 'Cancel lines' : `Cancel ${noun}`}
      isPending={cancel.isPending}
      errors={errors}
      onSubmit={() => cancel.mutate({ id: order.id, ...(lineIds ? { lineIds } : {}), reason })}
      onClose={onClose}
      closeLabel={isLines ? 'Keep lines' : `Keep ${noun}`}
    >
      <p>{explanation}</p>
      <TextAreaField
        label="Reason (optional)"
        value={reason}
        onChange={setReason}
        error={errors.fields.reason}
        rows={2}
      />
    </FormDialog>
  );
}
