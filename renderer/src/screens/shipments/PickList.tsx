// The pick list: who it is for, where it goes, and what to take from the shelves — made to be printed.
import type { Address, Shipment } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { decimalText } from '../../lib/format';
import { useCompanyLocale } from '../../lib/useCompanyLocale';

export function addressLines(address: Address): string[] {
  return [
    address.line1,
    address.line2,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.region,
    address.country,
  ].filter((line) => line.trim() !== '');
}

export function ShipmentParties({ shipment }: { shipment: Shipment }) {
  const address = addressLines(shipment.shippingAddress);
  return (
    <div className="shipment-parties">
      <dl className="facts">
        <dt>Customer</dt>
        <dd>{shipment.customer.name}</dd>
        <dt>Order</dt>
        <dd>
          <a href={hrefOf(`/orders/${shipment.order.id}`)}>{shipment.order.number ?? 'Order'}</a>
        </dd>
        {shipment.order.customerReference ? (
          <>
            <dt>Their reference</dt>
            <dd>{shipment.order.customerReference}</dd>
          </>
        ) : null}
      </dl>
      <div>
        <h2 className="ship-to-label">Ship to</h2>
        <address className="ship-to">
          {shipment.customer.name}
          {address.map((line, index) => (
            <span key={index}>
              <br />
              {line}
            </span>
          ))}
          {address.length === 0 ? <span className="muted"> (no shipping address on the order)</span> : null}
        </address>
      </div>
    </div>
  );
}

export function PickList({ shipment }: { shipment: Shipment }) {
  const { locale } = useCompanyLocale();
  return (
    <section aria-labelledby="pick-title" className="pick-list">
      <h2 id="pick-title">Pick list</h2>
      <ShipmentParties shipment={shipment} />
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Items to pick</caption>
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">Description</th>
              <th scope="col" className="num">
                Quantity
              </th>
              <th scope="col">Unit</th>
              <th scope="col" className="print-only">
                Picked
              </th>
            </tr>
          </thead>
          <tbody>
            {shipment.lines.map((line) => (
              <tr key={line.id}>
                <td>
                  <code>{line.sku ?? '—'}</code>
                </td>
                <td className="cell-wrap">{line.description}</td>
                <td className="num">{decimalText(line.quantity, locale, 4)}</td>
                <td>{line.unit}</td>
                <td className="print-only pick-box" aria-hidden="true">
                  ☐
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
