// The order's header: customer (addresses and currency follow from them), dates, reference, channel.
import type { CustomerRow } from '../../../../shared/contract';
import { CustomerPicker } from '../../components/CustomerPicker';
import { SelectField, TextField, type Option } from '../../components/Field';
import type { Channel, OrderForm } from './orderForm';

export const channelOptions: readonly Option[] = [
  { value: 'phone', label: 'Phone' },
  { value: 'email', label: 'E-mail' },
  { value: 'counter', label: 'Counter' },
  { value: 'web', label: 'Web shop' },
  { value: 'import', label: 'Import' },
];

interface OrderHeaderFieldsProps {
  form: OrderForm;
  set: <K extends keyof OrderForm>(key: K, value: OrderForm[K]) => void;
  onCustomer: (customer: CustomerRow | null) => void;
  currency: string | null;
  errors: Record<string, string>;
  /** A confirmed order keeps its customer. */
  isCustomerLocked: boolean;
  readOnly: boolean;
}

export function OrderHeaderFields(props: OrderHeaderFieldsProps) {
  const { form, set, errors, readOnly } = props;
  const isQuote = form.kind === 'quote';
  return (
    <div className="field-grid order-header-fields">
      <CustomerPicker
        label="Customer"
        className="span-2"
        value={form.customer}
        onChange={props.onCustomer}
        error={errors.customerId}
        readOnly={readOnly || props.isCustomerLocked}
        hint={
          props.currency
            ? `Amounts in ${props.currency}, the customer’s currency.${props.isCustomerLocked && !readOnly ? ' The customer of a confirmed order stays.' : ''}`
            : undefined
        }
      />
      <TextField
        label={isQuote ? 'Quote date' : 'Order date'}
        type="date"
        value={form.orderDate}
        onChange={(v) => set('orderDate', v)}
        error={errors.orderDate}
        readOnly={readOnly}
        required
      />
      {isQuote ? (
        <TextField
          label="Valid until"
          type="date"
          value={form.validUntil}
          onChange={(v) => set('validUntil', v)}
          error={errors.validUntil}
          readOnly={readOnly}
        />
      ) : null}
      <TextField
        label="Requested delivery"
        type="date"
        value={form.requestedDeliveryDate}
        onChange={(v) => set('requestedDeliveryDate', v)}
        error={errors.requestedDeliveryDate}
        readOnly={readOnly}
      />
      <TextField
        label="Customer reference / PO"
        value={form.customerReference}
        onChange={(v) => set('customerReference', v)}
        error={errors.customerReference}
        readOnly={readOnly}
        maxLength={60}
      />
      <SelectField
        label="Came in by"
        value={form.channel}
        options={channelOptions}
        onChange={(v) => set('channel', v as Channel)}
        error={errors.channel}
        disabled={readOnly}
      />
    </div>
  );
}
