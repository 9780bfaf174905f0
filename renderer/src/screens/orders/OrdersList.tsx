// #/orders and #/orders/quotes — orders or quotes paged from main: status chips, customer, date range, search
// by number, reference or customer, sortable columns and the total of the page per currency.
import type { OrderRow } from '../../../../shared/contract';
import { addMinor } from '../../../../shared/money';
import { orderStatusLabels, type OrderStatus } from '../../../../shared/orders/status';
import { navigate } from '../../app/router';
import { Amount } from '../../components/Amount';
import { CustomerPicker, type CustomerChoice } from '../../components/CustomerPicker';
import { nextSort, type Column, type SortDir } from '../../components/DataTable';
import { TextField, type Option } from '../../components/Field';
import { ListView, PAGE_SIZE } from '../../components/ListView';
import { ToggleChips } from '../../components/ToggleChips';
import { dateText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { useDebounced } from '../../lib/useDebounced';
import { useListState } from '../../lib/useListState';
import { OrderStatusChip } from './OrderStatusChip';

type Kind = 'order' | 'quote';
type SortField = 'orderDate' | 'number' | 'customer' | 'total';

const statusesOf: Record<Kind, OrderStatus[]> = {
  order: [
    'draft',
    'on_hold',
    'confirmed',
    'partially_shipped',
    'shipped',
    'invoiced',
    'closed',
    'cancelled',
    'rejected',
  ],
  quote: ['quote', 'converted', 'cancelled'],
};

const statusOptions = (kind: Kind): Option[] =>
  statusesOf[kind].map((status) => ({
    value: status,
    label: kind === 'quote' && status === 'quote' ? 'Open' : orderStatusLabels[status],
  }));

interface ListFilters {
  search: string;
  statuses: string[];
  customer: CustomerChoice | null;
  from: string;
  to: string;
  sort: { field: SortField; dir: SortDir };
  offset: number;
}

const initialFilters: ListFilters = {
  search: '',
  statuses: [],
  customer: null,
  from: '',
  to: '',
  sort: { field: 'orderDate', dir: 'desc' },
  offset: 0,
};

function columns(kind: Kind, locale: string): Column<OrderRow>[] {
  return [
    {
      key: 'number',
      header: 'Number',
      sortField: 'number',
      cell: (o) => o.number ?? <span className="muted">{kind === 'quote' ? 'Quote' : 'Draft'}</span>,
    },
    { key: 'date', header: 'Date', sortField: 'orderDate', cell: (o) => dateText(o.orderDate, locale) },
    {
      key: 'customer',
      header: 'Customer',
      sortField: 'customer',
      overflow: 'wrap',
      cell: (o) => o.customerName,
    },
    {
      key: 'reference',
      header: 'Reference',
      overflow: 'truncate',
      cell: (o) => o.customerReference,
    },
    { key: 'status', header: 'Status', cell: (o) => <OrderStatusChip status={o.status} /> },
    {
      key: 'total',
      header: 'Total',
      sortField: 'total',
      numeric: true,
      cell: (o) => <Amount minor={o.total} currency={o.currency} />,
    },
  ];
}

/** The page's amounts added up per currency (exact integers from main; never mixed across currencies). */
function pageTotals(rows: readonly OrderRow[]): [string, number][] {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(row.currency, addMinor(sums.get(row.currency) ?? 0, row.total));
  return [...sums.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function TotalsRow({ rows, noun }: { rows: readonly OrderRow[]; noun: string }) {
  return (
    <tr>
      <th scope="row" colSpan={5}>
        Total of the {rows.length === 1 ? `1 ${noun.slice(0, -1)}` : `${rows.length} ${noun}`} on this page
      </th>
      <td className="num">
        {pageTotals(rows).map(([currency, total]) => (
          <div key={currency}>
            <Amount minor={total} currency={currency} />
          </div>
        ))}
      </td>
    </tr>
  );
}

export function OrdersList({ kind }: { kind: Kind }) {
  const { locale } = useCompanyLocale();
  const noun = kind === 'quote' ? 'quotes' : 'orders';
  const [state, patch, reset] = useListState<ListFilters>(`orders.${kind}`, initialFilters);
  const search = useDebounced(state.search.trim());
  const list = useOrdoQuery(
    'orders.list',
    {
      kind,
      ...(state.statuses.length > 0 ? { status: state.statuses } : {}),
      ...(state.customer ? { customerId: state.customer.id } : {}),
      ...(state.from ? { from: state.from } : {}),
      ...(state.to ? { to: state.to } : {}),
      search,
      sort: state.sort.field,
      dir: state.sort.dir,
      limit: PAGE_SIZE,
      offset: state.offset,
    },
    { keepPrevious: true },
  );
  const create = () => navigate(kind === 'quote' ? '/orders/quotes/new' : '/orders/new');
  const rows = list.data?.rows ?? [];

  return (
    <ListView<OrderRow>
      title={kind === 'quote' ? 'Quotes' : 'Orders'}
      noun={noun}
      createLabel={kind === 'quote' ? 'New quote' : 'New order'}
      emptyCreateLabel={kind === 'quote' ? 'Create quote' : 'Create order'}
      onCreate={create}
      searchLabel="Search by number, reference or customer"
      search={state.search}
      onSearch={(value) => patch({ search: value, offset: 0 })}
      filters={
        <>
          <CustomerPicker
            label="Customer"
            className="field-filter"
            placeholder="All customers"
            value={state.customer}
            onChange={(c) => patch({ customer: c ? { id: c.id, name: c.name } : null, offset: 0 })}
          />
          <TextField
            label="From"
            type="date"
            value={state.from}
            onChange={(from) => patch({ from, offset: 0 })}
          />
          <TextField label="To" type="date" value={state.to} onChange={(to) => patch({ to, offset: 0 })} />
          <ToggleChips
            label="Status"
            options={statusOptions(kind)}
            values={state.statuses}
            onChange={(statuses) => patch({ statuses, offset: 0 })}
          />
        </>
      }
      isFiltered={
        search !== '' ||
        state.statuses.length > 0 ||
        state.customer !== null ||
        state.from !== '' ||
        state.to !== ''
      }
      onClearFilters={reset}
      columns={columns(kind, locale)}
      rowKey={(o) => o.id}
      page={list.data}
      isLoading={list.isLoading}
      error={list.error}
      onRetry={() => void list.refetch()}
      sort={state.sort}
      onSort={(field) => patch({ sort: nextSort(state.sort, field as SortField), offset: 0 })}
      offset={state.offset}
      limit={PAGE_SIZE}
      onOffset={(offset) => patch({ offset })}
      onOpen={(o) => navigate(`/orders/${o.id}`)}
      locale={locale}
      footer={rows.length > 0 ? <TotalsRow rows={rows} noun={noun} /> : undefined}
    />
  );
}
