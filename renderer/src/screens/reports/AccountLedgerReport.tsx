// #/reports/ledger/:accountId — one account's postings between two dates with a running balance.
import { useState } from 'react';
import type { AccountLedgerRow } from '../../../../shared/contract';
import { isIsoDate } from '../../../../shared/dates';
import { hrefOf, navigate } from '../../app/router';
import { Amount } from '../../components/Amount';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { SelectField, TextField } from '../../components/Field';
import { PAGE_SIZE } from '../../components/ListView';
import { Pager } from '../../components/Pager';
import { Loading, QueryError } from '../../components/QueryError';
import { dateText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { AmountCell } from './AmountCell';

/** "1 Jan 2026 to 31 Mar 2026", "from 1 Jan 2026", "up to 31 Mar 2026" or "all dates". */
function periodText(from: string, to: string, locale: string): string {
  if (from && to) return `${dateText(from, locale)} to ${dateText(to, locale)}`;
  if (from) return `from ${dateText(from, locale)}`;
  if (to) return `up to ${dateText(to, locale)}`;
  return 'all dates';
}

export function AccountLedgerReport({ accountId }: { accountId: number | null }) {
  const { locale } = useCompanyLocale();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [offset, setOffset] = useState(0);
  const accounts = useOrdoQuery('accounts.list', { includeArchived: true });
  const datesValid = (from === '' || isIsoDate(from)) && (to === '' || isIsoDate(to));
  const ledger = useOrdoQuery(
    'ledger.accountLedger',
    {
      accountId: accountId ?? 0,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      limit: PAGE_SIZE,
      offset,
    },
    { enabled: accountId !== null && datesValid, keepPrevious: true },
  );
  const data = accountId === null ? undefined : ledger.data;
  const currency = data?.currency;

  const columns: Column<AccountLedgerRow>[] = [
    { key: 'date', header: 'Date', cell: (r) => dateText(r.date, locale) },
    {
      key: 'number',
      header: 'Entry',
      cell: (r) => <a href={hrefOf(`/reports/journal/${r.entryId}`)}>{r.number}</a>,
    },
    { key: 'description', header: 'Description', cell: (r) => r.description },
    {
      key: 'debit',
      header: 'Debit',
      numeric: true,
      cell: (r) => <AmountCell minor={r.debit} currency={currency} />,
    },
    {
      key: 'credit',
      header: 'Credit',
      numeric: true,
      cell: (r) => <AmountCell minor={r.credit} currency={currency} />,
    },
    {
      key: 'balance',
      header: 'Balance',
      numeric: true,
      cell: (r) => <Amount minor={r.balance} currency={currency} />,
    },
  ];

  const accountOptions = [
    { value: '', label: 'Choose an account' },
    ...(accounts.data ?? []).map((a) => ({
      value: String(a.id),
      label: `${a.code} ${a.name}${a.archived ? ' (archived)' : ''}`,
    })),
  ];

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">Account ledger</h1>
        <div className="screen-actions">
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </header>
      <div className="report-controls">
        <SelectField
          label="Account"
          value={accountId === null ? '' : String(accountId)}
          options={accountOptions}
          onChange={(value) => navigate(value ? `/reports/ledger/${value}` : '/reports/ledger')}
        />
        <TextField
          label="From"
          type="date"
          value={from}
          onChange={(value) => {
            setFrom(value);
            setOffset(0);
          }}
        />
        <TextField
          label="To"
          type="date"
          value={to}
          onChange={(value) => {
            setTo(value);
            setOffset(0);
          }}
        />
      </div>
      {accountId === null ? <p className="muted">Choose an account to see its postings.</p> : null}
      {ledger.error ? <QueryError error={ledger.error} onRetry={() => void ledger.refetch()} /> : null}
      {accountId !== null && !data && !ledger.error ? <Loading /> : null}
      {data ? (
        <>
          <p className="muted">
            {`${data.account.code} ${data.account.name}, ${periodText(from, to, locale)}, in ${data.currency}.`}
          </p>
          <dl className="facts facts-amounts">
            <dt>Opening balance</dt>
            <dd>
              <Amount minor={data.openingBalance} currency={currency} />
            </dd>
            <dt>Closing balance</dt>
            <dd>
              <Amount minor={data.closingBalance} currency={currency} />
            </dd>
          </dl>
          {data.rows.length === 0 ? (
            <EmptyState text={`Nothing posted to ${data.account.code} ${data.account.name} in this period`} />
          ) : (
            <DataTable
              caption={`Ledger of ${data.account.code} ${data.account.name}`}
              columns={columns}
              rows={data.rows}
              rowKey={(r, index) => `${offset + index}-${r.entryId}`}
            />
          )}
          <Pager offset={offset} limit={PAGE_SIZE} total={data.total} locale={locale} onChange={setOffset} />
        </>
      ) : null}
    </section>
  );
}
