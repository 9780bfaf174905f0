// #/reports/trial-balance — every account's debit or credit balance on a date, with totals.
import { useState } from 'react';
import type { TrialBalanceRow } from '../../../../shared/contract';
import { isIsoDate } from '../../../../shared/dates';
import { hrefOf } from '../../app/router';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/QueryError';
import { dateText, moneyText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { AmountCell } from './AmountCell';

export function TrialBalanceReport() {
  const { locale } = useCompanyLocale();
  const [asOf, setAsOf] = useState(todayIso);
  const isValid = isIsoDate(asOf);
  const report = useOrdoQuery('ledger.trialBalance', { asOf }, { enabled: isValid, keepPrevious: true });
  const data = report.data;

  const columns: Column<TrialBalanceRow>[] = [
    { key: 'code', header: 'Code', cell: (r) => <code>{r.code}</code> },
    {
      key: 'name',
      header: 'Account',
      cell: (r) => <a href={hrefOf(`/reports/ledger/${r.accountId}`)}>{r.name}</a>,
    },
    {
      key: 'debit',
      header: 'Debit',
      numeric: true,
      cell: (r) => <AmountCell minor={r.debit} currency={data?.currency} />,
    },
    {
      key: 'credit',
      header: 'Credit',
      numeric: true,
      cell: (r) => <AmountCell minor={r.credit} currency={data?.currency} />,
    },
  ];

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">Trial balance</h1>
        <div className="screen-actions">
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </header>
      <div className="report-controls">
        <TextField
          label="As of"
          type="date"
          value={asOf}
          onChange={setAsOf}
          error={isValid ? undefined : 'Enter a date'}
        />
      </div>
      {report.error ? <QueryError error={report.error} onRetry={() => void report.refetch()} /> : null}
      {isValid && !data && !report.error ? <Loading /> : null}
      {data && data.rows.length === 0 ? (
        <EmptyState
          text={`Nothing posted up to ${dateText(data.asOf, locale)}`}
          action={<a href={hrefOf('/reports/journal/new')}>Create journal entry</a>}
        />
      ) : null}
      {data && data.rows.length > 0 ? (
        <>
          <p className="muted">
            Balances up to and including {dateText(data.asOf, locale)}, in {data.currency}.
          </p>
          <DataTable
            caption={`Trial balance as of ${data.asOf}`}
            columns={columns}
            rows={data.rows}
            rowKey={(r) => r.accountId}
            footer={
              <tr>
                <th scope="row" colSpan={2}>
                  Total
                </th>
                <td className="num">
                  <span className="amount">{moneyText(data.totalDebit, data.currency, locale)}</span>
                </td>
                <td className="num">
                  <span className="amount">{moneyText(data.totalCredit, data.currency, locale)}</span>
                </td>
              </tr>
            }
          />
          {data.totalDebit !== data.totalCredit ? (
            <p className="field-error" role="alert">
              Debits and credits differ. Run “Verify audit trail” in the audit log and contact support.
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
