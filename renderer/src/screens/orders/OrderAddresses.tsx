// Billing and shipping address of the order: the customer's by default, editable here for this order only.
import { useState } from 'react';
import type { Address } from '../../../../shared/contract';
import { AddressFields } from '../customers/AddressFields';

interface OrderAddressesProps {
  billing: Address | null;
  shipping: Address | null;
  onBilling: (address: Address) => void;
  onShipping: (address: Address) => void;
  errors: Record<string, string>;
  readOnly: boolean;
}

const emptyAddress: Address = { line1: '', line2: '', postalCode: '', city: '', region: '', country: '' };

export function addressLine(address: Address | null): string {
  if (!address) return '';
  const place = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [address.line1, address.line2, place, address.region, address.country].filter(Boolean).join(', ');
}

export function OrderAddresses(props: OrderAddressesProps) {
  const hasError = Object.keys(props.errors).some((path) => /^(billing|shipping)Address\./.test(path));
  const [isOpen, setOpen] = useState(false);
  const summary = props.shipping
    ? `Ship to: ${addressLine(props.shipping) || 'no address yet'}`
    : 'The customer’s addresses';
  return (
    <details
      className="section order-addresses"
      open={isOpen || hasError}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <span className="summary-title">Addresses</span> <span className="muted">{summary}</span>
      </summary>
      {props.readOnly ? (
        <dl className="facts">
          <dt>Billing</dt>
          <dd>{addressLine(props.billing)}</dd>
          <dt>Shipping</dt>
          <dd>{addressLine(props.shipping)}</dd>
        </dl>
      ) : (
        <div className="address-columns">
          <AddressFields
            path="billingAddress"
            labelPrefix="Billing"
            value={props.billing ?? emptyAddress}
            onChange={props.onBilling}
            errors={props.errors}
          />
          <AddressFields
            path="shippingAddress"
            labelPrefix="Shipping"
            value={props.shipping ?? emptyAddress}
            onChange={props.onShipping}
            errors={props.errors}
          />
        </div>
      )}
    </details>
  );
}
