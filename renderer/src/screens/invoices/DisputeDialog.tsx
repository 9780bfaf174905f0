// Marking an invoice disputed (the customer contests it) or clearing the dispute, always with a reason. The
// flag sits beside the status and does not change what is owed.
import { useState } from 'react';
import type { Invoice } from '../../../../shared/contract';
import { TextAreaField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';
import { invoiceKnockOn } from './useInvoiceSaving';

export function DisputeDialog({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const toast = useToast();
  const [reason, setReason] = useState('');
  const [isMissingReason, setMissingReason] = useState(false);
  const isMarking = !invoice.isDisputed;
  const dispute = useOrdoMutation('invoices.setDisputed', {
    alsoInvalidates: invoiceKnockOn,
    onSuccess: () => {
      toast(isMarking ? 'Invoice marked disputed' : 'Dispute cleared');
      onClose();
    },
  });
  const remote = formErrorsOf(dispute.error, { isShown: (path) => path === 'reason' });
  // Main requires a reason too; asking here saves a round trip and says it beside the field.
  const errors = mergeErrors(isMissingReason ? { reason: 'Enter a reason' } : {}, remote);

  function submit() {
    setMissingReason(reason.trim() === '');
    if (reason.trim() !== '') dispute.mutate({ id: invoice.id, disputed: isMarking, reason });
  }

  return (
    <FormDialog
      title={isMarking ? 'Mark invoice disputed?' : 'Clear the dispute?'}
      submitLabel={isMarking ? 'Mark disputed' : 'Clear dispute'}
      isPending={dispute.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <p>
        {isMarking
          ? 'The customer contests this invoice. It stays owed and keeps its status; it is flagged as disputed in lists until the dispute is cleared.'
          : `The customer no longer contests this invoice${invoice.disputeReason ? ` (“${invoice.disputeReason}”)` : ''}. The disputed flag is removed.`}
      </p>
      <TextAreaField
        label="Reason"
        value={reason}
        onChange={setReason}
        error={errors.fields.reason}
        rows={2}
      />
    </FormDialog>
  );
}
