// #/reports/journal — every posted journal entry, newest first, paged; N starts a new entry.
import { useState } from 'react';
import type { JournalEntrySummary } from '../../../../shared/contract';
import { isIsoDate } from '../../../../shared/dates';
import { hrefOf, navigate } from '../../app/router';
import { Amount } from '../../components/Amount';
import type { Column } from '../../components/DataTable';
import { TextField } from '../../components/Field';
import { ListView, PAGE_SIZE } from '../../components/ListView';
import { dateText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { sourceTypeLabel } from './sourceTypeLabel';

export function JournalList() {
  const { locale } = useCompanyLocale();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [offset, setOffset] = useState(0);
  const datesValid = (from === '' || isIsoDate(from)) && (to === '' || isIsoDate(to));
  const list = useOrdoQuery(
    'ledger.entries',
    { ...(from ? { from } : {}), ...(to ? { to } : {}), limit: PAGE_SIZE, offset },
    { enabled: datesValid, keepPrevious: true },
  );

  const columns: Column<JournalEntrySummary>[] = [
    {
      key: 'number',
      header: 'Number',
      cell: (e) => (
        <a href={hrefOf(`/reports/journal/${e.id}`)} onClick={(event) => event.stopPropagation()}>
          {e.number}
        </a>
      ),
    },
    { key: 'date', header: 'Date', cell: (e) => dateText(e.date, locale) },
    { key: 'description', header: 'Description', cell: (e) => e.description },
    { key: 'source', header: 'Source', cell: (e) => sourceTypeLabel(e.sourceType) },
    {
      key: 'total',
      header: 'Amount',
      numeric: true,
      cell: (e) => <Amount minor={e.total} currency={e.currency} />,
    },
    { key: 'postedBy', header: 'Posted by', cell: (e) => e.postedBy },
  ];

  const dateFilter = (label: string, value: string, set: (value: string) => void) => (
    <TextField
      label={label}
      type="date"
      value={value}
      onChange={(next) => {
        set(next);
        setOffset(0);
      }}
    />
  );

  return (
    <ListView<JournalEntrySummary>
      title="Journal"
      noun="journal entries"
      createLabel="New journal entry"
      emptyCreateLabel="Create journal entry"
      onCreate={() => navigate('/reports/journal/new')}
      filters={
        <>
          {dateFilter('From', from, setFrom)}
          {dateFilter('To', to, setTo)}
        </>
      }
      isFiltered={from !== '' || to !== ''}
      onClearFilters={() => {
        setFrom('');
        setTo('');
        setOffset(0);
      }}
      columns={columns}
      rowKey={(e) => e.id}
      page={list.data}
      isLoading={list.isLoading}
      error={list.error}
      onRetry={() => void list.refetch()}
      offset={offset}
      limit={PAGE_SIZE}
      onOffset={setOffset}
      onOpen={(e) => navigate(`/reports/journal/${e.id}`)}
      locale={locale}
    />
  );
}
