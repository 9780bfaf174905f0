// "Refund": pays unapplied credit back to the customer. Main records a numbered refund and takes the money out
// of the bank (or cash) account; the credit source shrinks by the amount.
import { useState } from 'react';
import type { CreditSource, CustomerAccount, PaymentMethod } from '../../../../shared/contract';
import { SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { moneyText } from '../../lib/format';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { defaultMoneyAccount } from '../payments/moneyAccounts';
import { MoneyAccountField, useMoneyAccounts } from '../payments/MoneyAccountField';
import { moneyInputText, readMoney } from '../payments/moneyInput';
import { isPaymentMethod, methodOptions, receivablesAreas } from '../payments/paymentWords';
import { sourceWords } from './CreditSourcesTable';

interface RefundDialogProps {
  account: CustomerAccount;
  source: CreditSource;
  onClose: () => void;
}

const fields = new Set(['amount', 'date', 'method', 'bankAccountId', 'reference']);

export function RefundDialog({ account, source, onClose }: RefundDialogProps) {
  const toast = useToast();
  const { locale } = useCompanyLocale();
  const { currency } = account;
  const [amount, setAmount] = useState(() => moneyInputText(source.unapplied, currency, locale));
  const [date, setDate] = useState(todayIso());
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer');
  const [reference, setReference] = useState('');
  /** Null until someone picks an account: it then follows the method (bank, or cash for cash). */
  const [picked, setPicked] = useState<number | null>(null);
  const accounts = useMoneyAccounts();
  const accountId = picked ?? defaultMoneyAccount(accounts, method);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const refund = useOrdoMutation('credits.refund', {
    alsoInvalidates: receivablesAreas,
    onSuccess: (done) => {
      toast(`Refund ${done.number} recorded`);
      onClose();
    },
  });
  const errors = mergeErrors(problems, formErrorsOf(refund.error, { isShown: (path) => fields.has(path) }));

  function submit() {
    const parsed = readMoney(amount, currency, locale);
    if (!parsed.ok || parsed.minor === 0) {
      refund.reset();
      setProblems({ amount: parsed.ok ? 'Enter the amount to refund' : parsed.error });
      return;
    }
    setProblems({});
    refund.mutate({
      customerId: account.customerId,
      amount: parsed.minor,
      date,
      method,
      ...(accountId === null ? {} : { bankAccountId: accountId }),
      reference,
      source: { sourceType: source.sourceType, sourceId: source.sourceId },
    });
  }

  return (
    <FormDialog
      title={`Refund credit from ${sourceWords[source.sourceType].toLowerCase()} ${source.number}`}
      submitLabel="Record refund"
      isPending={refund.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <p>
        {account.customerName} can be paid back up to {moneyText(source.unapplied, currency, locale)}. The
        refund gets its own number and leaves the account it is paid from on its date.
      </p>
      <TextField
        label={`Amount (${currency})`}
        value={amount}
        onChange={setAmount}
        error={errors.fields.amount}
        inputMode="decimal"
        className="field-amount"
      />
      <TextField label="Date" type="date" value={date} onChange={setDate} error={errors.fields.date} />
      <SelectField
        label="Method"
        value={method}
        options={methodOptions}
        onChange={(value) => {
          if (isPaymentMethod(value)) setMethod(value);
        }}
        error={errors.fields.method}
      />
      <MoneyAccountField
        label="Paid from"
        accounts={accounts}
        value={accountId}
        onChange={setPicked}
        error={errors.fields.bankAccountId}
      />
      <TextField
        label="Reference"
        value={reference}
        onChange={setReference}
        error={errors.fields.reference}
        maxLength={200}
      />
    </FormDialog>
  );
}
