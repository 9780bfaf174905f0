// "Apply to invoice": uses credit from one source (a payment or a credit note) on one of the customer's open
// invoices. The amount starts as the most that fits (the smaller of the credit and the invoice's open amount).
import { useState } from 'react';
import type { CreditSource, CustomerAccount } from '../../../../shared/contract';
import { SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { moneyText } from '../../lib/format';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { moneyInputText, readMoney } from '../payments/moneyInput';
import { receivablesAreas } from '../payments/paymentWords';
import { sourceWords } from './CreditSourcesTable';

interface ApplyCreditDialogProps {
  account: CustomerAccount;
  source: CreditSource;
  onClose: () => void;
}

const fields = new Set(['invoiceId', 'amount', 'date']);

export function ApplyCreditDialog({ account, source, onClose }: ApplyCreditDialogProps) {
  const toast = useToast();
  const { locale } = useCompanyLocale();
  const { currency, openItems } = account;
  const fitting = (invoiceId: string) => {
    const item = openItems.find((i) => String(i.invoiceId) === invoiceId);
    return item ? moneyInputText(Math.min(item.open, source.unapplied), currency, locale) : '';
  };
  const [invoiceId, setInvoiceId] = useState(String(openItems[0]?.invoiceId ?? ''));
  const [amount, setAmount] = useState(() => fitting(invoiceId));
  const [isAmountTyped, setAmountTyped] = useState(false);
  const [date, setDate] = useState(todayIso());
  const [problems, setProblems] = useState<Record<string, string>>({});
  const apply = useOrdoMutation('credits.apply', {
    alsoInvalidates: receivablesAreas,
    onSuccess: () => {
      const number = openItems.find((i) => String(i.invoiceId) === invoiceId)?.number ?? 'the invoice';
      toast(`Credit applied to ${number}`);
      onClose();
    },
  });
  const errors = mergeErrors(problems, formErrorsOf(apply.error, { isShown: (path) => fields.has(path) }));

  function chooseInvoice(value: string) {
    setInvoiceId(value);
    // Until the user types an amount, it follows the invoice chosen.
    if (!isAmountTyped) setAmount(fitting(value));
  }

  function submit() {
    const parsed = readMoney(amount, currency, locale);
    const local: Record<string, string> = {};
    if (!parsed.ok) local.amount = parsed.error;
    else if (parsed.minor === 0) local.amount = 'Enter the amount to apply';
    if (invoiceId === '') local.invoiceId = 'Choose an invoice';
    if (!parsed.ok || Object.keys(local).length > 0) {
      apply.reset();
      setProblems(local);
      return;
    }
    setProblems({});
    apply.mutate({
      customerId: account.customerId,
      invoiceId: Number(invoiceId),
      amount: parsed.minor,
      date,
      source: { sourceType: source.sourceType, sourceId: source.sourceId },
    });
  }

  return (
    <FormDialog
      title={`Apply credit from ${sourceWords[source.sourceType].toLowerCase()} ${source.number}`}
      submitLabel="Apply credit"
      isPending={apply.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <p>
        {moneyText(source.unapplied, currency, locale)} of it is unapplied. The invoice&apos;s open amount
        goes down by what you apply here.
      </p>
      <SelectField
        label="Invoice"
        value={invoiceId}
        options={openItems.map((item) => ({
          value: String(item.invoiceId),
          label: `${item.number} — ${moneyText(item.open, currency, locale)} open`,
        }))}
        onChange={chooseInvoice}
        error={errors.fields.invoiceId}
      />
      <TextField
        label={`Amount (${currency})`}
        value={amount}
        onChange={(value) => {
          setAmount(value);
          setAmountTyped(true);
        }}
        error={errors.fields.amount}
        inputMode="decimal"
        className="field-amount"
      />
      <TextField label="Date" type="date" value={date} onChange={setDate} error={errors.fields.date} />
    </FormDialog>
  );
}
