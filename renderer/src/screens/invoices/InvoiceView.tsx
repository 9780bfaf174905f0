// #/invoices/:id once posted (or a draft for those who may not edit it): number, status and dispute, the facts,
// lines, totals per tax rate with what was paid and what is open, settlements, credit notes and history.
import type { Invoice } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { Amount } from '../../components/Amount';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { DocumentTotals } from '../documents/DocumentTotals';
import { useInvoiceAbilities } from './abilities';
import { InvoiceActions } from './InvoiceActions';
import { InvoiceFacts } from './InvoiceFacts';
import { InvoiceHistory } from './InvoiceHistory';
import { InvoiceLinesTable } from './InvoiceLinesTable';
import { DisputedBadge, InvoiceStatusChip } from './InvoiceStatusChip';
import { SettlementsTable } from './SettlementsTable';

function titleOf(invoice: Invoice): string {
  const noun = invoice.isDeposit ? 'Deposit invoice' : 'Invoice';
  return invoice.number
    ? `${noun} ${invoice.number}`
    : `Draft ${noun.toLowerCase()} for ${invoice.customerName}`;
}

export function InvoiceView({ invoice }: { invoice: Invoice }) {
  const { locale } = useCompanyLocale();
  const abilities = useInvoiceAbilities();
  const currency = invoice.currency;
  const settled = [
    { label: 'Paid', amount: invoice.paid },
    { label: 'Credited', amount: invoice.credited },
    { label: 'Written off', amount: invoice.writtenOff },
    { label: 'Early-payment discount', amount: invoice.discounted },
  ].filter((row) => row.amount !== 0);

  return (
    <section className="screen invoice-view" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <a className="back-link" href={hrefOf('/invoices')}>
            ← Invoices
          </a>
          <h1 id="screen-title">
            {titleOf(invoice)} <InvoiceStatusChip status={invoice.status} />{' '}
            <DisputedBadge isDisputed={invoice.isDisputed} />
          </h1>
        </div>
        <div className="screen-actions">
          <InvoiceActions invoice={invoice} abilities={abilities} locale={locale} />
        </div>
      </header>
      <InvoiceFacts invoice={invoice} locale={locale} />
      <InvoiceLinesTable lines={invoice.lines} currency={currency} locale={locale} />
      <div className="doc-bottom">
        <div>{invoice.notes ? <p className="invoice-notes">{invoice.notes}</p> : null}</div>
        <DocumentTotals totals={invoice.totals} currency={currency} locale={locale} isUpdating={false}>
          {settled.map((row) => (
            <SettledRow key={row.label} label={row.label} amount={row.amount} currency={currency} />
          ))}
          {invoice.status !== 'draft' ? (
            <>
              <dt className="total-row">Open</dt>
              <dd className="total-row">
                <Amount minor={invoice.open} currency={currency} />
              </dd>
            </>
          ) : null}
        </DocumentTotals>
      </div>
      {invoice.status !== 'draft' ? (
        <SettlementsTable settlements={invoice.settlements} currency={currency} locale={locale} />
      ) : null}
      <InvoiceHistory invoice={invoice} locale={locale} canReadAudit={abilities.keepBooks} />
    </section>
  );
}

function SettledRow(props: { label: string; amount: number; currency: string }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>
        <Amount minor={props.amount} currency={props.currency} />
      </dd>
    </>
  );
}
