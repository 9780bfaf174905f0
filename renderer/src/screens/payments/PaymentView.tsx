// #/payments/:id — one recorded payment: its details, where it went (allocations, reversed rows struck through),
// and the actions left: allocate the credit that remains, take one allocation back, reverse the whole payment.
import { useState } from 'react';
import type { AllocationRow, Payment } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { Amount } from '../../components/Amount';
import { Loading, QueryError } from '../../components/QueryError';
import { StatusChip } from '../../components/StatusChip';
import { dateText, dateTimeText, decimalText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { useMay } from '../../lib/useActingUser';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { AllocateCreditDialog } from './AllocateCreditDialog';
import { PaymentAllocations } from './PaymentAllocations';
import { methodLabels } from './paymentWords';
import { ReversePaymentDialog } from './ReversePaymentDialog';
import { UnallocateDialog } from './UnallocateDialog';

type OpenDialog = { kind: 'allocate' } | { kind: 'reverse' } | { kind: 'unallocate'; row: AllocationRow };

export function PaymentView({ id }: { id: number }) {
  const { locale, baseCurrency } = useCompanyLocale();
  const payment = useOrdoQuery('payments.get', { id });
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  // Allocating, taking back and reversing are the books'; sales sees where the money went.
  const mayKeepBooks = useMay('keepBooks');
  if (payment.error) return <QueryError error={payment.error} onRetry={() => void payment.refetch()} />;
  if (!payment.data) return <Loading />;
  const p = payment.data;
  const close = () => setDialog(null);
  const canChange = mayKeepBooks && !p.isReversed;

  return (
    <section className="screen payment-view" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <a className="back-link" href={hrefOf('/payments')}>
            ← Payments
          </a>
          <h1 id="screen-title">
            Payment {p.number} {p.isReversed ? <StatusChip tone="muted">Reversed</StatusChip> : null}
          </h1>
        </div>
        <div className="screen-actions">
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          {canChange && p.unapplied > 0 ? (
            <button type="button" onClick={() => setDialog({ kind: 'allocate' })}>
              Allocate remaining credit
            </button>
          ) : null}
          {canChange ? (
            <button type="button" onClick={() => setDialog({ kind: 'reverse' })}>
              Reverse payment
            </button>
          ) : null}
        </div>
      </header>
      {p.reversal ? (
        <div className="notice" role="status">
          <p className="notice-title">Reversed on {dateText(p.reversal.date, locale)}</p>
          <p>{p.reversal.reason}</p>
        </div>
      ) : null}
      <PaymentFacts payment={p} locale={locale} baseCurrency={baseCurrency} />
      <h2 className="section-heading">Allocations</h2>
      <PaymentAllocations
        payment={p}
        locale={locale}
        onUnallocate={canChange ? (row) => setDialog({ kind: 'unallocate', row }) : undefined}
      />
      {dialog?.kind === 'allocate' ? <AllocateCreditDialog payment={p} onClose={close} /> : null}
      {dialog?.kind === 'reverse' ? <ReversePaymentDialog payment={p} onClose={close} /> : null}
      {dialog?.kind === 'unallocate' ? (
        <UnallocateDialog payment={p} row={dialog.row} onClose={close} />
      ) : null}
    </section>
  );
}

function PaymentFacts({
  payment: p,
  locale,
  baseCurrency,
}: {
  payment: Payment;
  locale: string;
  baseCurrency: string;
}) {
  return (
    <dl className="facts">
      <dt>Customer</dt>
      <dd>
        <a href={hrefOf(`/customers/${p.customerId}/account`)}>{p.customerName}</a>
      </dd>
      <dt>Date received</dt>
      <dd>{dateText(p.date, locale)}</dd>
      <dt>Amount</dt>
      <dd>
        <Amount minor={p.amount} currency={p.currency} />
      </dd>
      <dt>Method</dt>
      <dd>{methodLabels[p.method]}</dd>
      <dt>Paid into</dt>
      <dd>{p.bankAccountName}</dd>
      {p.reference ? (
        <>
          <dt>Reference</dt>
          <dd>{p.reference}</dd>
        </>
      ) : null}
      {p.memo ? (
        <>
          <dt>Memo</dt>
          <dd className="cell-wrap">{p.memo}</dd>
        </>
      ) : null}
      {p.currency !== baseCurrency ? (
        <>
          <dt>Exchange rate</dt>
          <dd>
            1 {p.currency} = {decimalText(p.fxRate, locale, 10)} {baseCurrency}
          </dd>
        </>
      ) : null}
      <dt>Applied</dt>
      <dd>
        <Amount minor={p.applied} currency={p.currency} />
      </dd>
      <dt>Unapplied credit</dt>
      <dd>
        <Amount minor={p.unapplied} currency={p.currency} />
      </dd>
      <dt>Recorded</dt>
      <dd>{dateTimeText(p.createdAt, locale)}</dd>
      {p.journalEntries.length > 0 ? (
        <>
          <dt>In the books</dt>
          <dd>
            <ul className="inline-list">
              {p.journalEntries.map((entry) => (
                <li key={entry.id}>
                  <a href={hrefOf(`/reports/journal/${entry.id}`)}>
                    {entry.id === p.reversal?.journalEntryId ? `${entry.number} (reversal)` : entry.number}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
