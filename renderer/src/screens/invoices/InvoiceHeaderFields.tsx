// The invoice's header: customer (currency follows), invoice date, payment terms, prices with or without tax,
// document discount, exchange rate (foreign currency only) and the customer's reference.
import type { CustomerRow, PaymentTerms } from '../../../../shared/contract';
import { CustomerPicker } from '../../components/CustomerPicker';
import { CheckboxField, SelectField, TextField, type Option } from '../../components/Field';
import { decimalInputText } from '../../lib/format';
import type { InvoiceForm } from './invoiceForm';

interface InvoiceHeaderFieldsProps {
  form: InvoiceForm;
  set: <K extends keyof InvoiceForm>(key: K, value: InvoiceForm[K]) => void;
  onCustomer: (customer: CustomerRow | null) => void;
  currency: string | null;
  baseCurrency: string;
  paymentTerms: readonly PaymentTerms[];
  /** The rate main would use on the invoice date (from the preview), shown while none is typed. */
  suggestedRate: string | null;
  locale: string;
  errors: Record<string, string>;
  /** An invoice from an order keeps the order's customer. */
  isCustomerLocked: boolean;
}

function termsOptions(terms: readonly PaymentTerms[], current: string): Option[] {
  const options: Option[] = [
    { value: '', label: 'The customer’s terms' },
    ...terms.map((t) => ({ value: String(t.id), label: t.name })),
  ];
  // Terms archived since the draft was saved stay selectable instead of silently changing.
  if (current !== '' && !terms.some((t) => String(t.id) === current))
    options.push({ value: current, label: 'Archived terms' });
  return options;
}

export function InvoiceHeaderFields(props: InvoiceHeaderFieldsProps) {
  const { form, set, errors, currency, locale } = props;
  const isForeign = currency !== null && currency !== props.baseCurrency;
  return (
    <div className="field-grid invoice-header-fields">
      <CustomerPicker
        label="Customer"
        className="span-2"
        value={form.customer}
        onChange={props.onCustomer}
        error={errors.customerId}
        readOnly={props.isCustomerLocked}
        hint={currency ? `Amounts in ${currency}, the customer’s currency.` : undefined}
      />
      <TextField
        label="Invoice date"
        type="date"
        value={form.invoiceDate}
        onChange={(v) => set('invoiceDate', v)}
        error={errors.invoiceDate}
        required
      />
      <SelectField
        label="Payment terms"
        value={form.paymentTermsId}
        options={termsOptions(props.paymentTerms, form.paymentTermsId)}
        onChange={(v) => set('paymentTermsId', v)}
        error={errors.paymentTermsId}
      />
      <TextField
        label="Customer reference / PO"
        value={form.customerReference}
        onChange={(v) => set('customerReference', v)}
        error={errors.customerReference}
        maxLength={60}
      />
      <TextField
        label="Document discount %"
        inputMode="decimal"
        value={form.discountPercent}
        onChange={(v) => set('discountPercent', v)}
        error={errors.discountPercent}
        placeholder="0"
        hint="On goods and text lines, not on fees."
      />
      {isForeign ? (
        <TextField
          label={`Exchange rate (${props.baseCurrency} per ${currency})`}
          inputMode="decimal"
          value={form.fxRate}
          onChange={(v) => set('fxRate', v)}
          error={errors.fxRate}
          placeholder={props.suggestedRate ? decimalInputText(props.suggestedRate, locale) : undefined}
          hint={
            props.suggestedRate
              ? 'Blank: the company’s rate on the invoice date, shown greyed. Type a rate to use another.'
              : 'Blank: the company’s rate on the invoice date.'
          }
        />
      ) : null}
      <CheckboxField
        label="Prices include tax"
        checked={form.pricesIncludeTax}
        onChange={(v) => set('pricesIncludeTax', v)}
        error={errors.pricesIncludeTax}
      />
    </div>
  );
}
