// Customer notifications (order received, shipped) recorded as pending messages for the mail outbox to send.
import type { CompanyContext } from '../context';
import { stmt } from '../db/statements';

type MessageKind = 'order_received' | 'order_shipped';

const templates: Record<MessageKind, { subject: (o: Facts) => string; body: (o: Facts) => string }> = {
  order_received: {
    subject: (o) => `We received your order ${o.number}`,
    body: (o) =>
      `Dear ${o.customerName},\n\nThank you for your order ${o.number}${o.reference ? ` (your reference ${o.reference})` : ''}. ` +
      `We will let you know when it ships.\n\n${o.companyName}`,
  },
  order_shipped: {
    subject: (o) => `Your order ${o.number} has shipped`,
    body: (o) =>
      `Dear ${o.customerName},\n\nShipment ${o.shipmentNumber} of your order ${o.number} left us on ${o.shipDate}` +
      `${o.carrier ? ` with ${o.carrier}` : ''}${o.tracking ? `, tracking number ${o.tracking}` : ''}.\n\n${o.companyName}`,
  },
};

interface Facts {
  number: string;
  reference: string;
  customerName: string;
  recipient: string;
  companyName: string;
  shipmentNumber?: string | null;
  shipDate?: string | null;
  carrier?: string;
  tracking?: string;
}

export function queueOrderMessage(
  ctx: CompanyContext,
  orderId: number,
  kind: MessageKind,
  shipmentId: number | null = null,
): void {
  const o = stmt(
    ctx.sqlite,
    `SELECT o.number, o.customer_reference AS reference, c.name AS customerName,
       coalesce(nullif(c.email, ''), (SELECT email FROM customer_contacts WHERE customer_id = c.id AND email <> ''
         ORDER BY is_primary DESC, position LIMIT 1), '') AS recipient,
       (SELECT name FROM company WHERE id = 1) AS companyName
     FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?`,
  ).get(orderId) as Facts;
  const shipment = shipmentId
    ? (stmt(
        ctx.sqlite,
        'SELECT number AS shipmentNumber, ship_date AS shipDate, carrier, tracking_number AS tracking FROM shipments WHERE id = ?',
      ).get(shipmentId) as Partial<Facts>)
    : {};
  const facts = { ...o, ...shipment };
  stmt(
    ctx.sqlite,
    `INSERT INTO order_messages (order_id, kind, recipient, subject, body, status, shipment_id, created_at)
     VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)`,
  ).run(
    orderId,
    kind,
    facts.recipient,
    templates[kind].subject(facts),
    templates[kind].body(facts),
    shipmentId,
    ctx.nowIso(),
  );
}
