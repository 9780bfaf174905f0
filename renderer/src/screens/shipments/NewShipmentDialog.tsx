// New shipment: choose a confirmed order; the shipment takes everything that remains to ship on it
// (quantities can be lowered on the shipment before packing).
import { useState } from 'react';
import { navigate } from '../../app/router';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/QueryError';
import { useToast } from '../../components/Toasts';
import { dateText } from '../../lib/format';
import { formErrorsAnyCode } from '../../lib/formErrorsAnyCode';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { useDebounced } from '../../lib/useDebounced';

const shippable = ['confirmed', 'partially_shipped'];

export function NewShipmentDialog({ onClose }: { onClose: () => void }) {
  const { locale } = useCompanyLocale();
  const toast = useToast();
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim());
  const orders = useOrdoQuery(
    'orders.list',
    { kind: 'order', status: shippable, search: term, sort: 'orderDate', dir: 'asc', limit: 20, offset: 0 },
    { keepPrevious: true },
  );
  const create = useOrdoMutation('shipments.createFromOrder', {
    alsoInvalidates: ['orders', 'stock'],
    onSuccess: (shipment) => {
      toast(`Shipment for order ${shipment.order.number ?? ''} created`);
      onClose();
      navigate(`/shipments/${shipment.id}/pick`);
    },
  });
  const errors = formErrorsAnyCode(create.error, () => false);

  return (
    <Dialog
      title="New shipment"
      onClose={onClose}
      wide
      actions={
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <p className="muted">
        Choose the order to ship. The shipment takes what remains to ship; you can lower quantities before
        packing.
      </p>
      <ErrorSummary errors={errors} title="Could not create the shipment" />
      <TextField
        label="Find an order by number, reference or customer"
        type="search"
        value={search}
        onChange={setSearch}
        data-autofocus
      />
      {orders.error ? <QueryError error={orders.error} onRetry={() => void orders.refetch()} /> : null}
      {!orders.data && !orders.error ? <Loading /> : null}
      {orders.data?.rows.length === 0 ? (
        <p className="empty-state">
          {term ? 'No confirmed order matches' : 'No confirmed orders wait to ship'}
        </p>
      ) : null}
      {orders.data && orders.data.rows.length > 0 ? (
        <ul className="pick-orders" aria-label="Orders to ship">
          {orders.data.rows.map((order) => (
            <li key={order.id}>
              <button
                type="button"
                disabled={create.isPending}
                onClick={() => create.mutate({ orderId: order.id })}
              >
                <strong>{order.number}</strong>
                <span>{order.customerName}</span>
                <span className="muted">
                  {dateText(order.orderDate, locale)}
                  {order.status === 'partially_shipped' ? ' · partly shipped' : ''}
                  {order.customerReference ? ` · ref. ${order.customerReference}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </Dialog>
  );
}
