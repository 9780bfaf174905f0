// #/products — products paged from main, with status and tax-rate filters, search by SKU, name or barcode.
import type { ProductRow } from '../../../../shared/contract';
import { hrefOf, navigate } from '../../app/router';
import { ChipGroup } from '../../components/ChipGroup';
import { nextSort, type Column, type SortDir } from '../../components/DataTable';
import { SelectField } from '../../components/Field';
import { ListView, PAGE_SIZE, statusOptions, type RecordStatus } from '../../components/ListView';
import { ArchivedChip } from '../../components/StatusChip';
import { priceText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { useDebounced } from '../../lib/useDebounced';
import { useListState } from '../../lib/useListState';

type SortField = 'name' | 'sku' | 'price';

const initialState = {
  search: '',
  status: 'active' as RecordStatus,
  taxRateId: '',
  sort: { field: 'name' as SortField, dir: 'asc' as SortDir },
  offset: 0,
};

function columns(currency: string, locale: string): Column<ProductRow>[] {
  return [
    { key: 'sku', header: 'SKU', sortField: 'sku', cell: (p) => <code>{p.sku}</code> },
    {
      key: 'name',
      header: 'Name',
      sortField: 'name',
      overflow: 'wrap',
      cell: (p) => (
        <>
          <a href={hrefOf(`/products/${p.id}`)} onClick={(event) => event.stopPropagation()}>
            {p.name}
          </a>{' '}
          {p.archived ? <ArchivedChip archived /> : null}
        </>
      ),
    },
    { key: 'unit', header: 'Unit', cell: (p) => p.unit },
    {
      key: 'price',
      header: 'Price',
      sortField: 'price',
      numeric: true,
      cell: (p) => <span className="amount">{priceText(p.price, currency, locale)}</span>,
    },
    { key: 'taxRate', header: 'Tax rate', cell: (p) => p.taxRateName ?? <span className="muted">None</span> },
    { key: 'barcode', header: 'Barcode', isOptional: true, cell: (p) => p.barcode },
    {
      key: 'stock',
      header: 'Stock-tracked',
      isOptional: true,
      cell: (p) => (p.isStockTracked ? 'Yes' : 'No'),
    },
  ];
}

export function ProductsList() {
  const { locale, baseCurrency } = useCompanyLocale();
  const [state, patch, reset] = useListState('products', initialState);
  const search = useDebounced(state.search.trim());
  const taxRates = useOrdoQuery('taxRates.list', { includeArchived: false });
  const list = useOrdoQuery(
    'products.list',
    {
      search,
      status: state.status,
      ...(state.taxRateId ? { taxRateId: Number(state.taxRateId) } : {}),
      sort: state.sort.field,
      dir: state.sort.dir,
      limit: PAGE_SIZE,
      offset: state.offset,
    },
    { keepPrevious: true },
  );

  return (
    <ListView<ProductRow>
      title="Products"
      noun="products"
      createLabel="New product"
      emptyCreateLabel="Create product"
      onCreate={() => navigate('/products/new')}
      searchLabel="Search by SKU, name or barcode"
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
            label="Tax rate"
            value={state.taxRateId}
            options={[
              { value: '', label: 'All tax rates' },
              ...(taxRates.data ?? []).map((rate) => ({ value: String(rate.id), label: rate.name })),
            ]}
            onChange={(value) => patch({ taxRateId: value, offset: 0 })}
          />
        </>
      }
      isFiltered={search !== '' || state.status !== 'active' || state.taxRateId !== ''}
      onClearFilters={reset}
      columns={columns(baseCurrency, locale)}
      rowKey={(p) => p.id}
      page={list.data}
      isLoading={list.isLoading}
      error={list.error}
      onRetry={() => void list.refetch()}
      sort={state.sort}
      onSort={(field) => patch({ sort: nextSort(state.sort, field as SortField), offset: 0 })}
      offset={state.offset}
      limit={PAGE_SIZE}
      onOffset={(offset) => patch({ offset })}
      onOpen={(p) => navigate(`/products/${p.id}`)}
      locale={locale}
    />
  );
}
