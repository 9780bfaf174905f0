// What happened to a saved order, read-only: credit decisions (who, when, why), messages to the customer
// waiting for the e-mail outbox, and its shipments.
import type { Order, OrderMessage } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { Amount } from '../../components/Amount';
import { StatusChip, type Tone } from '../../components/StatusChip';
import { dateText, dateTimeText } from '../../lib/format';

const messageKind: Record<OrderMessage['kind'], string> = {
  order_received: 'Order received',
  order_shipped: 'Order shipped',
};

const messageStatus: Record<OrderMessage['status'], string> = {
  pending: 'waiting to be sent',
  sent: 'sent',
  failed: 'could not be sent',
};

const shipmentStatus: Record<string, { label: string; tone: Tone }> = {
  open: { label: 'Open', tone: 'open' },
  shipped: { label: 'Shipped', tone: 'done' },
  delivered: { label: 'Delivered', tone: 'done' },
  cancelled: { label: 'Cancelled', tone: 'muted' },
};

export function OrderHistory({ order, locale }: { order: Order; locale: string }) {
  const hasAny = order.decisions.length + order.messages.length + order.shipments.length > 0;
  if (!hasAny) return null;
  return (
    <div className="doc-history">
      {order.shipments.length > 0 ? (
        <section className="section" aria-labelledby="order-shipments">
          <h2 id="order-shipments" className="section-heading">
            Shipments
          </h2>
          <ul className="plain-list">
            {order.shipments.map((s) => {
              const status = shipmentStatus[s.status] ?? { label: s.status, tone: 'muted' as Tone };
              return (
                <li key={s.id}>
                  <a href={hrefOf(`/shipments/${s.id}`)}>
                    {s.number ? `Shipment ${s.number}` : 'Shipment (not shipped yet)'}
                  </a>{' '}
                  <StatusChip tone={status.tone}>{status.label}</StatusChip>
                  {s.shipDate ? (
                    <span className="muted"> · shipped {dateText(s.shipDate, locale)}</span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {order.decisions.length > 0 ? (
        <section className="section" aria-labelledby="order-decisions">
          <h2 id="order-decisions" className="section-heading">
            Credit decisions
          </h2>
          <ul className="plain-list">
            {order.decisions.map((d, index) => (
              <li key={index}>
                <strong>{d.decision === 'approved' ? 'Approved' : 'Refused'}</strong> for{' '}
                <Amount minor={d.amount} currency={order.currency} /> by {d.decidedBy || 'someone'} on{' '}
                {dateTimeText(d.decidedAt, locale)}
                {d.note ? <> — “{d.note}”</> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {order.messages.length > 0 ? (
        <section className="section" aria-labelledby="order-messages">
          <h2 id="order-messages" className="section-heading">
            Messages to the customer
          </h2>
          <ul className="plain-list">
            {order.messages.map((m) => (
              <li key={m.id}>
                {messageKind[m.kind]} — to {m.recipient || <span className="muted">no e-mail address</span>} —{' '}
                {messageStatus[m.status]}
                <span className="muted"> · {dateTimeText(m.createdAt, locale)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
