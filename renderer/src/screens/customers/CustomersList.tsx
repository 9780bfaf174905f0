// #/customers — customers paged from main, with status, currency and segment filters, search and sort.
import type { CustomerRow } from '../../../../shared/contract';
import { hrefOf, navigate } from '../../app/router';
import { ChipGroup } from '../../components/ChipGroup';
import { nextSort, type Column, type SortDir } from '../../components/DataTable';
import { SelectField } from '../../components/Field';
import { ListView, PAGE_SIZE, statusOptions, type RecordStatus } from '../../components/ListView';
import { ArchivedChip } from '../../components/StatusChip';
import { commonCurrencies } from '../../lib/choices';
import { moneyText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { useDebounced } from '../../lib/useDebounced';
import { useListState } from '../../lib/useListState';

type SortField = 'name' | 'number' | 'city' | 'currency' | 'creditLimit';

const initialState = {
  search: '',
  status: 'active' as RecordStatus,
  currency: '',
  segment: '',
  sort: { field: 'name' as SortField, dir: 'asc' as SortDir },
  offset: 0,
};

function columns(locale: string): Column<CustomerRow>[] {
  return [
    { key: 'number', header: 'Number', sortField: 'number', cell: (c) => c.number },
    {
      key: 'name',
      header: 'Name',
      sortField: 'name',
      overflow: 'wrap',
      cell: (c) => (
        <>
          <a href={hrefOf(`/customers/${c.id}`)} onClick={(event) => event.stopPropagation()}>
            {c.name}
          </a>{' '}
          {c.archived ? <ArchivedChip archived /> : null}
        </>
      ),
    },
    { key: 'email', header: 'E-mail', overflow: 'truncate', isOptional: true, cell: (c) => c.email },
    { key: 'city', header: 'City', sortField: 'city', overflow: 'truncate', cell: (c) => c.city },
    { key: 'currency', header: 'Currency', sortField: 'currency', cell: (c) => c.currency },
    {
      key: 'creditLimit',
      header: 'Credit limit',
      sortField: 'creditLimit',
      numeric: true,
      cell: (c) =>
        c.creditLimit === null ? (
          <span className="muted">No limit</span>
        ) : (
          <span className="amount">{moneyText(c.creditLimit, c.currency, locale)}</span>
        ),
    },
    { key: 'segment', header: 'Segment', isOptional: true, cell: (c) => c.segment },
  ];
}

export function CustomersList() {
  const { locale, baseCurrency } = useCompanyLocale();
  const [state, patch, reset] = useListState('customers', initialState);
  const search = useDebounced(state.search.trim());
  const segments = useOrdoQuery('customers.segments', {});
  const list = useOrdoQuery(
    'customers.list',
    {
      search,
      status: state.status,
      ...(state.currency ? { currency: state.currency } : {}),
      ...(state.segment ? { segment: state.segment } : {}),
      sort: state.sort.field,
      dir: state.sort.dir,
      limit: PAGE_SIZE,
      offset: state.offset,
    },
    { keepPrevious: true },
  );

  const currencies = [...new Set([baseCurrency, ...commonCurrencies])];
  return (
    <ListView<CustomerRow>
      title="Customers"
      noun="customers"
      createLabel="New customer"
      emptyCreateLabel="Create customer"
      onCreate={() => navigate('/customers/new')}
      searchLabel="Search by name, e-mail or tax id"
      search={state.search}
      onSearch={(value) => patch({ search: value, offset: 0 })}
      filters={
        <>
          <ChipGroup
            label="Status"
            options={statusOptions}
            value={state.status}
            onChange={(value) => patch({ status: value as RecordStatus, offset: 0 })}
          />
          <SelectField
            label="Currency"
            value={state.currency}
            options={[
              { value: '', label: 'All currencies' },
              ...currencies.map((code) => ({ value: code, label: code })),
            ]}
            onChange={(value) => patch({ currency: value, offset: 0 })}
          />
          <SelectField
            label="Segment"
            value={state.segment}
            options={[
              { value: '', label: 'All segments' },
              ...(segments.data ?? []).map((s) => ({ value: s, label: s })),
            ]}
            onChange={(value) => patch({ segment: value, offset: 0 })}
          />
        </>
      }
      isFiltered={search !== '' || state.status !== 'active' || state.currency !== '' || state.segment !== ''}
      onClearFilters={reset}
      columns={columns(locale)}
      rowKey={(c) => c.id}
      page={list.data}
      isLoading={list.isLoading}
      error={list.error}
      onRetry={() => void list.refetch()}
      sort={state.sort}
      onSort={(field) => patch({ sort: nextSort(state.sort, field as SortField), offset: 0 })}
      offset={state.offset}
      limit={PAGE_SIZE}
      onOffset={(offset) => patch({ offset })}
      onOpen={(c) => navigate(`/customers/${c.id}`)}
      locale={locale}
    />
  );
}
