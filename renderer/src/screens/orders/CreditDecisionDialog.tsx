// Approve or refuse credit for an order on hold, with the reason that goes into its history (who, when, why).
import { useState } from 'react';
import type { Order } from '../../../../shared/contract';
import { TextAreaField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';

export type CreditDecision = 'approve' | 'refuse';

interface CreditDecisionDialogProps {
  orderId: number;
  /** "order SO-1042 for Hungry Heron": said in the title and the toast. */
  orderLabel: string;
  decision: CreditDecision;
  onClose: () => void;
  onDone?: (order: Order) => void;
}

const words: Record<CreditDecision, { title: string; submit: string; done: string; hint: string }> = {
  approve: {
    title: 'Approve credit',
    submit: 'Approve credit',
    done: 'Credit approved',
    hint: 'The order is released for shipping. The approval covers this order amount; raising it checks again.',
  },
  refuse: {
    title: 'Refuse credit',
    submit: 'Refuse credit',
    done: 'Credit refused',
    hint: 'The order will not ship and its reserved stock is released. Changing and saving it asks again.',
  },
};

export function CreditDecisionDialog(props: CreditDecisionDialogProps) {
  const { decision, orderId, orderLabel, onClose, onDone } = props;
  const toast = useToast();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const onSuccess = (order: Order) => {
    toast(`${words[decision].done}: ${orderLabel}`);
    onClose();
    onDone?.(order);
  };
  const approve = useOrdoMutation('credit.approve', { alsoInvalidates: ['orders', 'stock'], onSuccess });
  const refuse = useOrdoMutation('credit.reject', { alsoInvalidates: ['orders', 'stock'], onSuccess });
  const sending = decision === 'approve' ? approve : refuse;
  const errors = mergeErrors(
    missing ? { reason: missing } : {},
    formErrorsOf(sending.error, { isShown: (path) => path === 'reason' }),
  );

  function submit() {
    if (reason.trim() === '') {
      sending.reset();
      setMissing('Say why, e.g. “Paid a deposit by phone”.');
      return;
    }
    setMissing(null);
    sending.mutate({ orderId, reason });
  }

  return (
    <FormDialog
      title={`${words[decision].title}: ${orderLabel}`}
      submitLabel={words[decision].submit}
      isPending={sending.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
      closeLabel="Keep on hold"
    >
      <p className="muted">{words[decision].hint}</p>
      <TextAreaField
        label="Reason"
        value={reason}
        onChange={setReason}
        error={errors.fields.reason}
        rows={3}
      />
    </FormDialog>
  );
}
