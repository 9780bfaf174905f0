// "Allocate remaining credit": the credit left on a recorded payment applied to the customer's open invoices,
// with the same proposal, grid and live sums as receiving a payment.
import { useState, type FormEvent } from 'react';
import type { Payment } from '../../../../shared/contract';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { allocationFieldOf, isGridField, readAllocations } from './allocationDraft';
import { AllocationPanel } from './AllocationPanel';
import { AllocationSummary } from './AllocationSummary';
import { receivablesAreas } from './paymentWords';
import { useAllocationDraft, useAllocationProposal } from './useAllocationDraft';

export function AllocateCreditDialog({ payment, onClose }: { payment: Payment; onClose: () => void }) {
  const toast = useToast();
  const { locale } = useCompanyLocale();
  const [date, setDate] = useState(todayIso());
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [sentRows, setSentRows] = useState<number[]>([]);
  const allocate = useOrdoMutation('payments.allocate', {
    alsoInvalidates: receivablesAreas,
    onSuccess: () => {
      toast(`Credit of payment ${payment.number} allocated`);
      onClose();
    },
  });
  const { proposal, isUpdating, error } = useAllocationProposal({
    customerId: payment.customerId,
    amount: payment.unapplied,
    date,
    reference: payment.reference,
  });
  const draft = useAllocationDraft(proposal, locale);
  const reading = readAllocations(draft.rows, draft.info, payment.currency, locale);
  const remote = formErrorsOf(allocate.error, {
    isShown: (path) => path === 'date' || isGridField(path),
    normalize: (path) => allocationFieldOf(path, sentRows),
  });
  const merged = mergeErrors(problems, remote);
  const errors = { fields: merged.fields, general: [...general, ...merged.general] };
  const isWaiting = isUpdating && !draft.isEdited;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (allocate.isPending || isWaiting) return;
    if (!reading.isReadable || reading.allocations.length === 0) {
      allocate.reset();
      setProblems(reading.problems);
      setGeneral(reading.allocations.length === 0 ? ['Enter an amount to pay on at least one invoice.'] : []);
      return;
    }
    setProblems({});
    setGeneral([]);
    setSentRows(reading.rowIndexOf);
    allocate.mutate({ paymentId: payment.id, date, allocations: reading.allocations });
  }

  return (
    <Dialog title={`Allocate the credit left on payment ${payment.number}`} onClose={onClose} wide>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} title="Could not allocate" />
        <TextField
          label="Date"
          type="date"
          value={date}
          onChange={setDate}
          error={errors.fields.date}
          hint="The discount window is judged on this date."
        />
        <AllocationPanel
          hasCustomer
          proposal={proposal}
          proposalError={error}
          isUpdating={isUpdating}
          draft={draft}
          currency={payment.currency}
          locale={locale}
          errors={{ ...errors.fields, ...reading.problems }}
          noInvoicesText="The customer has no open invoice: the credit can be refunded from their account."
          date={date}
          datedLaterText="Invoices dated after this date cannot be paid on it: set the date to the invoice’s date or later."
        />
        <AllocationSummary
          available={payment.unapplied}
          availableLabel="Credit available"
          allocated={reading.allocated}
          discount={reading.discount}
          writeOff={reading.writeOff}
          currency={payment.currency}
          locale={locale}
        />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button-primary" disabled={allocate.isPending || isWaiting}>
            {allocate.isPending ? 'Allocating…' : 'Allocate'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
