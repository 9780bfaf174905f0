// Reverses a whole payment (it bounced, or was recorded in error): every allocation is taken back and the money
// leaves the bank account again, by reversing rows and a reversing ledger entry. Asked once, saying all of that.
import { useState } from 'react';
import type { Payment } from '../../../../shared/contract';
import { TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { moneyText } from '../../lib/format';
import { formErrorsOf } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { isLiveAllocation, receivablesAreas } from './paymentWords';

const fields = new Set(['date', 'reason']);

export function ReversePaymentDialog({ payment, onClose }: { payment: Payment; onClose: () => void }) {
  const toast = useToast();
  const { locale } = useCompanyLocale();
  const [date, setDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const reverse = useOrdoMutation('payments.reverse', {
    alsoInvalidates: receivablesAreas,
    onSuccess: () => {
      toast(`Payment ${payment.number} reversed`);
      onClose();
    },
  });
  const errors = formErrorsOf(reverse.error, { isShown: (path) => fields.has(path) });
  const invoices = [
    ...new Set(
      payment.allocations
        .filter(isLiveAllocation)
        .map((row) => row.invoiceNumber ?? `invoice ${row.invoiceId}`),
    ),
  ];
  const amount = moneyText(payment.amount, payment.currency, locale);

  return (
    <FormDialog
      title={`Reverse payment ${payment.number}?`}
      submitLabel="Reverse payment"
      closeLabel="Keep payment"
      isPending={reverse.isPending}
      errors={errors}
      onSubmit={() => reverse.mutate({ id: payment.id, date, reason })}
      onClose={onClose}
    >
      <ul className="consequences">
        <li>
          {invoices.length > 0
            ? `Every allocation is taken back: ${invoices.join(', ')} ${invoices.length === 1 ? 'is' : 'are'} open again for what this payment settled, discounts and write-offs included.`
            : 'Nothing is allocated, so no invoice changes.'}
        </li>
        <li>
          The {amount} is taken back out of {payment.bankAccountName} by a reversing ledger entry on the date
          below, and no credit is left on the customer from it.
        </li>
        <li>The payment keeps its number and stays listed, marked Reversed. This cannot be undone.</li>
      </ul>
      <TextField label="Date" type="date" value={date} onChange={setDate} error={errors.fields.date} />
      <TextAreaField
        label="Reason"
        value={reason}
        onChange={setReason}
        error={errors.fields.reason}
        hint="Kept in the audit trail, e.g. “Cheque bounced”."
        rows={2}
      />
    </FormDialog>
  );
}
