// #/settings/exchange-rates — the company's own rates to the base currency, entered or imported from CSV.
// Documents copy the rate in force on their date, so changing this table never moves anything already posted.
import { useState } from 'react';
import type { ExchangeRate } from '../../../../shared/contract';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { SelectField } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { Loading, QueryError } from '../../components/QueryError';
import { useConfirm } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toasts';
import { commonCurrencies } from '../../lib/choices';
import { dateText, decimalText } from '../../lib/format';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { ExchangeRateDialog, ImportRatesDialog } from './ExchangeRateDialogs';

const PAGE = 50;

export function ExchangeRatesSettings() {
  const { locale, baseCurrency } = useCompanyLocale();
  const [currency, setCurrency] = useState('');
  const [offset, setOffset] = useState(0);
  const [dialog, setDialog] = useState<'add' | 'import' | null>(null);
  const list = useOrdoQuery('exchangeRates.list', { ...(currency ? { currency } : {}), limit: PAGE, offset });
  const remove = useOrdoMutation('exchangeRates.remove');
  const confirm = useConfirm();
  const toast = useToast();

  async function removeRate(r: ExchangeRate) {
    const isSure = await confirm({
      title: `Remove the ${r.currency} rate of ${dateText(r.date, locale)}?`,
      message:
        'Documents already dated with it keep the rate they copied; new documents use the rate before it.',
      confirmLabel: 'Remove rate',
      destructive: true,
    });
    if (!isSure) return;
    await remove.mutateAsync({ id: r.id });
    toast('Rate removed');
  }

  const columns: Column<ExchangeRate>[] = [
    { key: 'date', header: 'Valid from', cell: (r) => dateText(r.date, locale) },
    { key: 'currency', header: 'Currency', cell: (r) => r.currency },
    {
      key: 'rate',
      header: `${baseCurrency} per unit`,
      numeric: true,
      cell: (r) => decimalText(r.rate, locale, 10),
    },
    { key: 'source', header: 'Entered', cell: (r) => (r.source === 'import' ? 'Imported' : 'By hand') },
    {
      key: 'actions',
      header: 'Actions',
      isControl: true,
      cell: (r) => (
        <button
          type="button"
          aria-label={`Remove ${r.currency} ${r.date}`}
          onClick={() => void removeRate(r)}
        >
          Remove
        </button>
      ),
    },
  ];

  let body = <Loading />;
  if (list.error) body = <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data?.total === 0)
    body = (
      <EmptyState
        text="No exchange rates yet"
        action={
          <button type="button" className="link-button" onClick={() => setDialog('add')}>
            Add rate
          </button>
        }
      />
    );
  else if (list.data)
    body = (
      <>
        <DataTable caption="Exchange rates" columns={columns} rows={list.data.rows} rowKey={(r) => r.id} />
        <Pager offset={offset} limit={PAGE} total={list.data.total} locale={locale} onChange={setOffset} />
      </>
    );

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">Exchange rates</h1>
        <span className="row-actions">
          <button type="button" onClick={() => setDialog('import')}>
            Import CSV
          </button>{' '}
          <button type="button" className="button-primary" onClick={() => setDialog('add')}>
            Add rate
          </button>
        </span>
      </header>
      <p className="muted">
        How many {baseCurrency} one unit of another currency is worth, from a date on. A document uses the
        rate in force on its own date, and you can still change it on a draft.
      </p>
      <div className="list-toolbar">
        <SelectField
          label="Currency"
          value={currency}
          options={[
            { value: '', label: 'All currencies' },
            ...commonCurrencies.filter((c) => c !== baseCurrency).map((c) => ({ value: c, label: c })),
          ]}
          onChange={(value) => {
            setCurrency(value);
            setOffset(0);
          }}
        />
      </div>
      {body}
      {dialog === 'add' ? (
        <ExchangeRateDialog baseCurrency={baseCurrency} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'import' ? <ImportRatesDialog onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
