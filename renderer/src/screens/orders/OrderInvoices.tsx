// The invoices of an order (deposit, partial, final), each with its status and what is still open.
import { hrefOf } from '../../app/router';
import { Amount } from '../../components/Amount';
import { dateText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { DisputedBadge, InvoiceStatusChip } from '../invoices/InvoiceStatusChip';

export function OrderInvoices({ orderId, locale }: { orderId: number; locale: string }) {
  const invoices = useOrdoQuery('invoices.list', { orderId, sort: 'invoiceDate', dir: 'asc', limit: 100 });
  const rows = invoices.data?.rows ?? [];
  if (rows.length === 0) return null;
  return (
    <section className="section" aria-labelledby="order-invoices">
      <h2 id="order-invoices" className="section-heading">
        Invoices
      </h2>
      <ul className="plain-list">
        {rows.map((i) => (
          <li key={i.id}>
            <a href={hrefOf(`/invoices/${i.id}`)}>
              {i.number ? `${i.isDeposit ? 'Deposit invoice' : 'Invoice'} ${i.number}` : 'Draft invoice'}
            </a>{' '}
            <InvoiceStatusChip status={i.status} /> <DisputedBadge isDisputed={i.isDisputed} />
            <span className="muted"> · {dateText(i.invoiceDate, locale)} · </span>
            <Amount minor={i.total} currency={i.currency} />
            {i.open > 0 && i.status !== 'draft' ? (
              <span className="muted">
                {' '}
                (open <Amount minor={i.open} currency={i.currency} />)
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
