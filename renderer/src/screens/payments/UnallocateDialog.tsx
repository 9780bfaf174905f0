// Takes one allocation back: main adds a reversing row (history is never edited), the invoice is open again for
// the amount, and a payment amount returns to the payment's unapplied credit.
import { useState } from 'react';
import type { AllocationRow, Payment } from '../../../../shared/contract';
import { TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { dateText, moneyText } from '../../lib/format';
import { formErrorsOf } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { allocationNoun, receivablesAreas } from './paymentWords';

interface UnallocateDialogProps {
  payment: Payment;
  row: AllocationRow;
  onClose: () => void;
}

const fields = new Set(['date', 'reason']);

export function UnallocateDialog({ payment, row, onClose }: UnallocateDialogProps) {
  const toast = useToast();
  const { locale } = useCompanyLocale();
  const [date, setDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const unallocate = useOrdoMutation('payments.unallocate', {
    alsoInvalidates: receivablesAreas,
    onSuccess: () => {
      toast(`The ${allocationNoun[row.kind]} on ${row.invoiceNumber ?? 'the invoice'} was taken back`);
      onClose();
    },
  });
  const errors = formErrorsOf(unallocate.error, { isShown: (path) => fields.has(path) });
  const amount = moneyText(row.amount, payment.currency, locale);
  const invoice = row.invoiceNumber ?? 'the invoice';
  const effect =
    row.kind === 'apply'
      ? `${invoice} is open again for ${amount}, and the ${amount} goes back to this payment's unapplied credit.`
      : `${invoice} is open again for the ${amount} ${allocationNoun[row.kind]}.`;

  return (
    <FormDialog
      title={`Unallocate ${amount} from ${invoice}?`}
      submitLabel="Unallocate"
      isPending={unallocate.isPending}
      errors={errors}
      onSubmit={() => unallocate.mutate({ allocationId: row.id, date, reason })}
      onClose={onClose}
    >
      <p>
        {effect} A reversing row dated {date ? dateText(date, locale) : 'as chosen below'} is added; the
        original stays in the history.
      </p>
      <TextField label="Date" type="date" value={date} onChange={setDate} error={errors.fields.date} />
      <TextAreaField
        label="Reason"
        value={reason}
        onChange={setReason}
        error={errors.fields.reason}
        hint="Kept in the audit trail, e.g. “Allocated to the wrong invoice”."
        rows={2}
      />
    </FormDialog>
  );
}
