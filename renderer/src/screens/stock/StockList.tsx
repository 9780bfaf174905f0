// #/stock — on hand, reserved and available per stock-tracked product; short and negative ones at a click.
import type { StockLevel } from '../../../../shared/contract';
import { hrefOf, navigate } from '../../app/router';
import { ChipGroup } from '../../components/ChipGroup';
import type { Column } from '../../components/DataTable';
import type { Option } from '../../components/Field';
import { ListView, PAGE_SIZE } from '../../components/ListView';
import { useOrdoQuery } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { useDebounced } from '../../lib/useDebounced';
import { useListState } from '../../lib/useListState';
import { QuantityCell } from './QuantityCell';

type LevelFilter = 'all' | 'available' | 'short' | 'negative';

const filterOptions: readonly Option[] = [
  { value: 'all', label: 'All' },
  { value: 'available', label: 'In stock' },
  { value: 'short', label: 'Short' },
  { value: 'negative', label: 'Negative' },
];

const initialState = { search: '', filter: 'all' as LevelFilter, offset: 0 };

function columns(locale: string): Column<StockLevel>[] {
  return [
    { key: 'sku', header: 'SKU', cell: (l) => <code>{l.sku}</code> },
    {
      key: 'name',
      header: 'Product',
      overflow: 'wrap',
      cell: (l) => (
        <a href={hrefOf(`/stock/${l.productId}`)} onClick={(event) => event.stopPropagation()}>
          {l.name}
        </a>
      ),
    },
    { key: 'unit', header: 'Unit', cell: (l) => l.unit },
    {
      key: 'onHand',
      header: 'On hand',
      numeric: true,
      cell: (l) => <QuantityCell value={l.onHand} locale={locale} />,
    },
    {
      key: 'reserved',
      header: 'Reserved',
      numeric: true,
      cell: (l) => <QuantityCell value={l.reserved} locale={locale} />,
    },
    {
      key: 'available',
      header: 'Available',
      numeric: true,
      cell: (l) => <QuantityCell value={l.available} locale={locale} />,
    },
  ];
}

export function StockList() {
  const { locale } = useCompanyLocale();
  const [state, patch, reset] = useListState('stock', initialState);
  const search = useDebounced(state.search.trim());
  const levels = useOrdoQuery(
    'stock.levels',
    { search, filter: state.filter, limit: PAGE_SIZE, offset: state.offset },
    { keepPrevious: true },
  );

  return (
    <ListView<StockLevel>
      title="Stock"
      noun="products"
      emptyText="No stock-tracked products yet: turn on stock tracking on a product to see it here"
      searchLabel="Search by SKU or name"
      search={state.search}
      onSearch={(value) => patch({ search: value, offset: 0 })}
      filters={
        <ChipGroup
          label="Show"
          options={filterOptions}
          value={state.filter}
          onChange={(value) => patch({ filter: value as LevelFilter, offset: 0 })}
        />
      }
      isFiltered={search !== '' || state.filter !== 'all'}
      onClearFilters={reset}
      columns={columns(locale)}
      rowKey={(l) => l.productId}
      page={levels.data}
      isLoading={levels.isLoading}
      error={levels.error}
      onRetry={() => void levels.refetch()}
      offset={state.offset}
      limit={PAGE_SIZE}
      onOffset={(offset) => patch({ offset })}
      onOpen={(l) => navigate(`/stock/${l.productId}`)}
      locale={locale}
    />
  );
}
