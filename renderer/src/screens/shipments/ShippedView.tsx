// A shipment that left (or was cancelled): read-only — what, when, how — with "Mark delivered" once it arrived.
import { useState } from 'react';
import type { Shipment } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { StatusChip } from '../../components/StatusChip';
import { countText, dateText, decimalText } from '../../lib/format';
import { useMay } from '../../lib/useActingUser';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { ShipmentParties } from './PickList';
import { DeliveredDialog } from './ShipDialog';
import { stageOf, stageWords } from './shipmentStage';

export function ShippedView({ shipment, title }: { shipment: Shipment; title: string }) {
  const { locale } = useCompanyLocale();
  const mayFulfil = useMay('fulfil');
  const [isDelivering, setDelivering] = useState(false);
  const stage = stageWords[stageOf(shipment)];
  const dash = <span className="muted">—</span>;

  return (
    <>
      <header className="screen-header">
        <div>
          <a className="back-link" href={hrefOf('/shipments')}>
            ← Shipments
          </a>
          <h1 id="screen-title">
            {title} <StatusChip tone={stage.tone}>{stage.label}</StatusChip>
          </h1>
        </div>
        <div className="screen-actions">
          <a className="button-like" href={hrefOf(`/orders/${shipment.order.id}`)}>
            Open order {shipment.order.number}
          </a>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          {mayFulfil && shipment.status === 'shipped' ? (
            <button type="button" className="button-primary" onClick={() => setDelivering(true)}>
              Mark delivered
            </button>
          ) : null}
        </div>
      </header>
      {shipment.status === 'cancelled' ? (
        <p className="explain">This shipment was cancelled before it left; nothing was taken from stock.</p>
      ) : null}
      <div className="shipment-summary">
        <ShipmentParties shipment={shipment} />
        {shipment.status !== 'cancelled' ? (
          <dl className="facts">
            <dt>Ship date</dt>
            <dd>{shipment.shipDate ? dateText(shipment.shipDate, locale) : dash}</dd>
            <dt>Carrier</dt>
            <dd>{shipment.carrier || dash}</dd>
            <dt>Tracking number</dt>
            <dd>{shipment.trackingNumber ? <code>{shipment.trackingNumber}</code> : dash}</dd>
            <dt>Parcels</dt>
            <dd>{shipment.parcels === null ? dash : countText(shipment.parcels, locale)}</dd>
            <dt>Weight</dt>
            <dd>{shipment.weightKg === null ? dash : `${decimalText(shipment.weightKg, locale, 3)} kg`}</dd>
            <dt>Delivered</dt>
            <dd>{shipment.deliveredOn ? dateText(shipment.deliveredOn, locale) : 'Not yet'}</dd>
          </dl>
        ) : null}
      </div>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Shipped items</caption>
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">Description</th>
              <th scope="col" className="num">
                Quantity
              </th>
              <th scope="col">Unit</th>
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
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isDelivering ? <DeliveredDialog shipment={shipment} onClose={() => setDelivering(false)} /> : null}
    </>
  );
}
