// The payment's own fields: who paid, when, how much (in the customer's currency), how, and the reference the
// proposal searches for invoice numbers; the exchange rate only when the customer pays in a foreign currency.
import type { Account } from '../../../../shared/contract';
import { isIsoDate } from '../../../../shared/dates';
import { CustomerPicker } from '../../components/CustomerPicker';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { decimalInputText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { MoneyAccountField } from './MoneyAccountField';
import { isPaymentMethod, methodOptions } from './paymentWords';
import type { ReceiveForm } from './receiveForm';

interface ReceivePaymentFieldsProps {
  form: ReceiveForm;
  set: <K extends keyof ReceiveForm>(key: K, value: ReceiveForm[K]) => void;
  currency: string;
  baseCurrency: string;
  locale: string;
  errors: Record<string, string>;
  /** The bank and cash accounts, and the one the payment goes into (picked, or the method's usual one). */
  accounts: readonly Account[];
  accountId: number | null;
}

export function ReceivePaymentFields({
  form,
  set,
  currency,
  baseCurrency,
  locale,
  errors,
  accounts,
  accountId,
}: ReceivePaymentFieldsProps) {
  const isForeign = form.customer !== null && currency !== baseCurrency;
  const rateOn = useOrdoQuery(
    'exchangeRates.rateOn',
    { currency, date: form.date },
    { enabled: isForeign && isIsoDate(form.date) },
  );
  const companyRate = rateOn.data?.rate;

  return (
    <div className="field-grid payment-fields">
      <CustomerPicker
        label="Customer"
        className="span-2"
        value={form.customer}
        onChange={(row) =>
          set('customer', row ? { id: row.id, name: row.name, currency: row.currency } : null)
        }
        error={errors.customerId}
        hint={form.customer ? `Amounts in ${currency}, the customer’s currency.` : undefined}
      />
      <TextField
        label="Date received"
        type="date"
        value={form.date}
        onChange={(value) => set('date', value)}
        error={errors.date}
        required
      />
      <TextField
        label={form.customer ? `Amount received (${currency})` : 'Amount received'}
        value={form.amount}
        onChange={(value) => set('amount', value)}
        error={errors.amount}
        inputMode="decimal"
        className="field-amount"
        autoComplete="off"
        required
      />
      <SelectField
        label="Method"
        value={form.method}
        options={methodOptions}
        onChange={(value) => {
          if (isPaymentMethod(value)) set('method', value);
        }}
        error={errors.method}
      />
      <MoneyAccountField
        label="Paid into"
        accounts={accounts}
        value={accountId}
        onChange={(id) => set('bankAccountId', id)}
        error={errors.bankAccountId}
      />
      <TextField
        label="Reference"
        value={form.reference}
        onChange={(value) => set('reference', value)}
        error={errors.reference}
        hint="As on the bank statement; invoice numbers in it are settled first."
        maxLength={200}
      />
      {isForeign ? (
        <TextField
          label={`Exchange rate (${baseCurrency} per ${currency})`}
          value={form.fxRate}
          onChange={(value) => set('fxRate', value)}
          error={errors.fxRate}
          inputMode="decimal"
          className="field-amount"
          placeholder={companyRate ? decimalInputText(companyRate, locale) : undefined}
          hint={
            companyRate
              ? 'Leave empty to use the company’s rate on this date (shown greyed).'
              : 'Leave empty to use the company’s rate on this date.'
          }
        />
      ) : null}
      <TextAreaField
        label="Memo"
        value={form.memo}
        onChange={(value) => set('memo', value)}
        error={errors.memo}
        rows={2}
        className="span-2"
      />
    </div>
  );
}
