// The six address fields; errors come by their path under the address (e.g. "billingAddress.city").
import { TextField } from '../../components/Field';
import type { AddressForm } from './customerForm';

interface AddressFieldsProps {
  /** "billingAddress" or "shippingAddress": the prefix of this address's error paths. */
  path: string;
  /** Prefixed to every label so two addresses on one screen stay distinguishable. */
  labelPrefix: string;
  value: AddressForm;
  onChange: (value: AddressForm) => void;
  errors: Record<string, string>;
}

export function AddressFields({ path, labelPrefix, value, onChange, errors }: AddressFieldsProps) {
  const field = (
    key: keyof AddressForm,
    label: string,
    extra: { className?: string; autoComplete?: string } = {},
  ) => (
    <TextField
      label={`${labelPrefix} ${label}`}
      value={value[key]}
      onChange={(next) => onChange({ ...value, [key]: next })}
      error={errors[`${path}.${key}`]}
      {...extra}
    />
  );
  return (
    <div className="field-grid">
      {field('line1', 'address line 1', { className: 'span-2' })}
      {field('line2', 'address line 2', { className: 'span-2' })}
      {field('postalCode', 'postal code')}
      {field('city', 'city')}
      {field('region', 'region')}
      {field('country', 'country (2 letters)', { className: 'field-code' })}
    </div>
  );
}
