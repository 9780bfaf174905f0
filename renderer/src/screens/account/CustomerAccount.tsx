// #/customers/:id/account — what one customer owes as of a date: open items, unapplied credit (to apply or refund)
// and the whole account history with a running balance. Prints as a clean statement-like page.
import { useState } from 'react';
import type { CreditSource, CustomerAccount as Account } from '../../../../shared/contract';
import { isIsoDate } from '../../../../shared/dates';
import { hrefOf, navigate } from '../../app/router';
import { Amount } from '../../components/Amount';
import { TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/QueryError';
import { dateText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { useMay } from '../../lib/useActingUser';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { AccountHistory } from './AccountHistory';
import { ApplyCreditDialog } from './ApplyCreditDialog';
import { CreditSourcesTable } from './CreditSourcesTable';
import { OpenItemsTable } from './OpenItemsTable';
import { RefundDialog } from './RefundDialog';
import './account.css';

const PAGE = 50;

type OpenDialog = { kind: 'apply' | 'refund'; source: CreditSource };

export function CustomerAccount({ customerId }: { customerId: number }) {
  const { locale } = useCompanyLocale();
  const today = todayIso();
  const [asOf, setAsOf] = useState(today);
  const [offset, setOffset] = useState(0);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  // Receiving, applying and refunding are the books'; sales reads the account.
  const mayKeepBooks = useMay('keepBooks');
  // A half-typed date keeps the last answer on screen instead of asking main about an impossible day.
  const [shownAsOf, setShownAsOf] = useState(today);
  const account = useOrdoQuery(
    'customers.account',
    { customerId, asOf: shownAsOf, limit: PAGE, offset },
    { keepPrevious: true },
  );

  function changeAsOf(value: string) {
    setAsOf(value);
    if (isIsoDate(value)) {
      setShownAsOf(value);
      setOffset(0);
    }
  }

  if (account.error) return <QueryError error={account.error} onRetry={() => void account.refetch()} />;
  if (!account.data) return <Loading />;
  const a = account.data;
  // Credit is applied and refunded as it stands now; an account as of another day only shows it.
  const isCurrent = a.asOf >= today;
  const mayUseCredit = mayKeepBooks && isCurrent;

  return (
    <section className="screen customer-account" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <a className="back-link" href={hrefOf(`/customers/${customerId}`)}>
            ← {a.customerName}
          </a>
          <h1 id="screen-title">Account of {a.customerName}</h1>
          <p className="account-as-of">
            As of {dateText(a.asOf, locale)} · amounts in {a.currency}
          </p>
        </div>
        <div className="screen-actions">
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          {mayKeepBooks ? (
            <button
              type="button"
              className="button-primary"
              onClick={() => navigate(`/payments/new?customer=${customerId}`)}
            >
              Receive payment
            </button>
          ) : null}
        </div>
      </header>
      <div className="report-controls">
        <TextField label="As of" type="date" value={asOf} onChange={changeAsOf} required />
      </div>
      <AccountSummary account={a} />
      <h2 className="section-heading">Open items</h2>
      <OpenItemsTable account={a} locale={locale} />
      <h2 className="section-heading">Unapplied credit</h2>
      {isCurrent || !mayKeepBooks ? null : (
        <p className="muted no-print">To apply or refund credit, look at the account as of today.</p>
      )}
      <CreditSourcesTable
        account={a}
        locale={locale}
        onApply={
          mayUseCredit && a.openItems.length > 0
            ? (source) => setDialog({ kind: 'apply', source })
            : undefined
        }
        onRefund={mayUseCredit ? (source) => setDialog({ kind: 'refund', source }) : undefined}
      />
      <h2 className="section-heading">Account history</h2>
      <AccountHistory account={a} locale={locale} offset={offset} limit={PAGE} onOffset={setOffset} />
      {dialog?.kind === 'apply' ? (
        <ApplyCreditDialog account={a} source={dialog.source} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'refund' ? (
        <RefundDialog account={a} source={dialog.source} onClose={() => setDialog(null)} />
      ) : null}
    </section>
  );
}

function AccountSummary({ account: a }: { account: Account }) {
  return (
    <section aria-labelledby="account-summary-title">
      <h2 id="account-summary-title" className="visually-hidden">
        Summary
      </h2>
      <dl className="facts facts-amounts account-summary">
        <dt>Open items</dt>
        <dd>
          <Amount minor={a.openTotal} currency={a.currency} />
        </dd>
        <dt>Unapplied credit</dt>
        <dd>
          <Amount minor={a.unappliedTotal} currency={a.currency} />
        </dd>
        <dt className="total-row">
          {a.balance < 0 ? 'Balance (in the customer’s favour)' : 'Balance (what the customer owes)'}
        </dt>
        <dd className="total-row">
          <Amount minor={a.balance} currency={a.currency} />
        </dd>
      </dl>
    </section>
  );
}
