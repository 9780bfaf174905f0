// Cancelling a posted invoice: main posts a credit note for all of it at once; the invoice keeps its number.
// Asks once, saying exactly that, with the date and a required reason.
import { useState } from 'react';
import type { Invoice } from '../../../../shared/contract';
import { TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { invoiceKnockOn } from './useInvoiceSaving';

export function CancelInvoiceDialog({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const toast = useToast();
  const [date, setDate] = useState(todayIso);
  const [reason, setReason] = useState('');
  const [isMissingReason, setMissingReason] = useState(false);
  const cancel = useOrdoMutation('invoices.cancel', {
    alsoInvalidates: ['creditNotes', 'ledger', ...invoiceKnockOn],
    onSuccess: (note) => {
      toast(`Invoice ${invoice.number ?? ''} cancelled by credit note ${note.number ?? ''}`);
      onClose();
    },
  });
  const remote = formErrorsOf(cancel.error, { isShown: (path) => path === 'reason' || path === 'date' });
  // Main requires a reason too; asking here saves a round trip and says it beside the field.
  const errors = mergeErrors(isMissingReason ? { reason: 'Enter a reason' } : {}, remote);

  function submit() {
    setMissingReason(reason.trim() === '');
    if (reason.trim() !== '') cancel.mutate({ id: invoice.id, date, reason });
  }

  return (
    <FormDialog
      title={`Cancel invoice ${invoice.number ?? ''}?`}
      submitLabel="Cancel invoice"
      isPending={cancel.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
      closeLabel="Keep invoice"
    >
      <p>
        A credit note for the whole invoice is posted at once, on the date below: it reverses the invoice in
        the ledger and anything already paid becomes customer credit. The invoice keeps its number and shows
        as credited. This cannot be undone.
      </p>
      <TextField
        label="Cancellation date"
        type="date"
        value={date}
        onChange={setDate}
        error={errors.fields.date}
        required
      />
      <TextAreaField
        label="Reason"
        value={reason}
        onChange={setReason}
        error={errors.fields.reason}
        hint="Printed on the credit note."
        rows={2}
      />
    </FormDialog>
  );
}
