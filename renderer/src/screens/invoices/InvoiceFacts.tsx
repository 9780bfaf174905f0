// The facts of an invoice at the top of its view: customer and order (links), dates, when it falls due,
// the early-payment discount, reference, currency and rate, the dispute, and where it sits in the ledger.
import type { Invoice } from '../../../../shared/contract';
import { daysBetween } from '../../../../shared/dates';
import { hrefOf } from '../../app/router';
import { Amount } from '../../components/Amount';
import { countText, dateText, dateTimeText, decimalText } from '../../lib/format';
import { todayIso } from '../../lib/today';

export function InvoiceFacts({ invoice, locale }: { invoice: Invoice; locale: string }) {
  const isSplit = invoice.installments.length > 1;
  return (
    <dl className="facts invoice-facts">
      <dt>Customer</dt>
      <dd>
        <a href={hrefOf(`/customers/${invoice.customerId}`)}>{invoice.customerName}</a>
      </dd>
      {invoice.orderId ? (
        <>
          <dt>{invoice.isDeposit ? 'Deposit for order' : 'Order'}</dt>
          <dd>
            <a href={hrefOf(`/orders/${invoice.orderId}`)}>{invoice.orderNumber ?? 'Open the order'}</a>
          </dd>
        </>
      ) : null}
      <dt>Invoice date</dt>
      <dd>{dateText(invoice.invoiceDate, locale)}</dd>
      <dt>{isSplit ? 'Installments' : 'Due date'}</dt>
      <dd>
        {isSplit ? (
          <ul className="plain-list">
            {invoice.installments.map((i, index) => (
              <li key={`${i.dueDate}-${index}`}>
                {dateText(i.dueDate, locale)}: <Amount minor={i.amount} currency={invoice.currency} />
              </li>
            ))}
          </ul>
        ) : (
          <>
            {dateText(invoice.dueDate, locale)}
            <OverdueDays invoice={invoice} locale={locale} />
          </>
        )}
      </dd>
      {invoice.earlyDiscount ? (
        <>
          <dt>Early-payment discount</dt>
          <dd>
            {decimalText(invoice.earlyDiscount.percent, locale, 4)} % if paid by{' '}
            {dateText(invoice.earlyDiscount.deadline, locale)}
          </dd>
        </>
      ) : null}
      {invoice.customerReference ? (
        <>
          <dt>Customer reference</dt>
          <dd>{invoice.customerReference}</dd>
        </>
      ) : null}
      <dt>Currency</dt>
      <dd>
        {invoice.fxRate && invoice.fxRate !== '1'
          ? `${invoice.currency} at rate ${decimalText(invoice.fxRate, locale, 10)}`
          : invoice.currency}
        {invoice.pricesIncludeTax ? ' · prices include tax' : ''}
      </dd>
      {invoice.isDisputed ? (
        <>
          <dt>Disputed</dt>
          <dd>{invoice.disputeReason || 'No reason given'}</dd>
        </>
      ) : null}
      {invoice.postedAt ? (
        <>
          <dt>Posted</dt>
          <dd>
            {dateTimeText(invoice.postedAt, locale)}
            {invoice.journalEntryId ? (
              <>
                {' · '}
                <a href={hrefOf(`/reports/journal/${invoice.journalEntryId}`)}>Ledger entry</a>
              </>
            ) : null}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** " · 30 days overdue": how late an overdue invoice is, today. */
function OverdueDays({ invoice, locale }: { invoice: Invoice; locale: string }) {
  if (invoice.status !== 'overdue') return null;
  const days = daysBetween(invoice.dueDate, todayIso());
  if (days <= 0) return null;
  return (
    <span className="overdue-days">
      {' · '}
      {days === 1 ? '1 day overdue' : `${countText(days, locale)} days overdue`}
    </span>
  );
}
