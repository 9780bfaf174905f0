// The customer's credit beside the order: limit, what makes up the exposure, what is still available, credit
// stop, payment record — from credit.exposure — and the warnings main gives for this order.
import type { CreditScore, Exposure } from '../../../../shared/contract';
import { Amount } from '../../components/Amount';
import { StatusChip } from '../../components/StatusChip';
import { Loading, QueryError } from '../../components/QueryError';
import { useOrdoQuery } from '../../lib/queries';

function scoreText(score: CreditScore): string {
  if (score.kind === 'no_history') return 'No payment history yet';
  const parts = [
    score.rating ? `${score.rating.charAt(0).toUpperCase()}${score.rating.slice(1)}` : '',
    score.averageDaysLate !== undefined ? `${score.averageDaysLate} days late on average` : '',
    score.shareLatePercent !== undefined ? `${score.shareLatePercent} % paid late` : '',
    score.paidCount !== undefined ? `${score.paidCount} paid` : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

function Breakdown({ exposure }: { exposure: Exposure }) {
  const money = (minor: number) => <Amount minor={minor} currency={exposure.currency} />;
  return (
    <dl className="facts facts-amounts credit-facts">
      <dt>Credit limit</dt>
      <dd>
        {exposure.creditLimit === null ? (
          <span className="muted">No limit</span>
        ) : (
          money(exposure.creditLimit)
        )}
      </dd>
      <dt>Open invoices</dt>
      <dd>{money(exposure.openReceivables)}</dd>
      <dt>Confirmed, not shipped</dt>
      <dd>{money(exposure.confirmedNotShipped)}</dd>
      <dt>Shipped, not invoiced</dt>
      <dd>{money(exposure.shippedNotInvoiced)}</dd>
      <dt>Unapplied credits</dt>
      <dd>{money(exposure.unappliedCredits)}</dd>
      <dt className="credit-sum">Exposure</dt>
      <dd className="credit-sum">{money(exposure.exposure)}</dd>
      <dt>Available</dt>
      <dd>
        {exposure.available === null ? <span className="muted">No limit</span> : money(exposure.available)}
      </dd>
    </dl>
  );
}

interface CreditPanelProps {
  customerId: number | null;
  /** Main's warnings for this order as it stands ("Over the credit limit"). */
  warnings: readonly string[];
  /** What a warning means at this stage, e.g. that confirming will put the order on hold. */
  advice?: string | undefined;
  /** Said under the figures, e.g. that they include this order. */
  note?: string | undefined;
}

export function CreditPanel({ customerId, warnings, advice, note }: CreditPanelProps) {
  const exposure = useOrdoQuery(
    'credit.exposure',
    { customerId: customerId ?? 0 },
    { enabled: customerId !== null },
  );
  return (
    <section className="credit-panel" aria-labelledby="credit-panel-title">
      <h2 id="credit-panel-title">Credit</h2>
      {customerId === null ? <p className="muted">Choose a customer to see their credit.</p> : null}
      {exposure.error ? <QueryError error={exposure.error} onRetry={() => void exposure.refetch()} /> : null}
      {customerId !== null && exposure.isLoading ? <Loading /> : null}
      {exposure.data && customerId !== null ? (
        <>
          {exposure.data.creditStop ? (
            <p>
              <StatusChip tone="danger">Credit stop</StatusChip> New orders of this customer wait for
              approval.
            </p>
          ) : null}
          <Breakdown exposure={exposure.data} />
          {exposure.data.oldestOverdueDays > 0 ? (
            <p>
              Oldest invoice {exposure.data.oldestOverdueDays} days overdue (allowed:{' '}
              {exposure.data.overdueToleranceDays}).
            </p>
          ) : null}
          <p className="credit-score">
            <span className="muted">Payment record: </span>
            {scoreText(exposure.data.score)}
          </p>
          {note ? <p className="muted">{note}</p> : null}
        </>
      ) : null}
      {warnings.length > 0 ? (
        <div className="credit-warning" role="status">
          <p className="credit-warning-title">⚠ Credit warning</p>
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
          {advice ? <p>{advice}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
