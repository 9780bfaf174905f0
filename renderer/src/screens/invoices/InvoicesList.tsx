// #/invoices — invoices paged from main: status chips and a disputed toggle, customer, dates, currency, search by
// number or customer, sortable columns and the page's total and open amounts per currency.
import type { InvoiceStatus, InvoiceSummary } from '../../../../shared/contract';
import { invoiceStatuses } from '../../../../shared/contract/invoices';
import { addMinor } from '../../../../shared/money';
import { navigate } from '../../app/router';
import { Amount } from '../../components/Amount';
import { ChipGroup } from '../../components/ChipGroup';
import { CurrencyField } from '../../components/CurrencyField';
import { CustomerPicker, type CustomerChoice } from '../../components/CustomerPicker';
import { nextSort, type Column, type SortDir } from '../../components/DataTable';
import { TextField, type Option } from '../../components/Field';
import { ListView, PAGE_SIZE } from '../../components/ListView';
import { dateText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { useDebounced } from '../../lib/useDebounced';
import { useListState } from '../../lib/useListState';
import { useInvoiceAbilities } from './abilities';
import { invoiceStatusLabels } from './invoiceStatus';
import { DisputedBadge, InvoiceStatusChip } from './InvoiceStatusChip';

type SortField = 'number' | 'invoiceDate' | 'dueDate' | 'customer' | 'total' | 'open';

const statusOptions: readonly Option[] = [
  { value: 'all', label: 'All' },
  ...invoiceStatuses.map((status) => ({ value: status, label: invoiceStatusLabels[status] })),
];

interface ListFilters {
  search: string;
  status: InvoiceStatus | 'all';
  isDisputedOnly: boolean;
  customer: CustomerChoice | null;
  from: string;
  to: string;
  currency: string;
  sort: { field: SortField; dir: SortDir };
  offset: number;
}

const initialFilters: ListFilters = {
  search: '',
  status: 'all',
  isDisputedOnly: false,
  customer: null,
  from: '',
  to: '',
  currency: '',
  sort: { field: 'invoiceDate', dir: 'desc' },
  offset: 0,
};

function columns(locale: string): Column<InvoiceSummary>[] {
  return [
    {
      key: 'number',
      header: 'Number',
      sortField: 'number',
      cell: (i) => (
        <>
          {i.number ?? <span className="muted">Draft</span>}
          {i.isDeposit ? <span className="doc-kind"> Deposit</span> : null}
        </>
      ),
    },
    { key: 'date', header: 'Date', sortField: 'invoiceDate', cell: (i) => dateText(i.invoiceDate, locale) },
    { key: 'due', header: 'Due date', sortField: 'dueDate', cell: (i) => dateText(i.dueDate, locale) },
    {
      key: 'customer',
      header: 'Customer',
      sortField: 'customer',
      overflow: 'wrap',
      cell: (i) => i.customerName,
    },
    {
      key: 'status',
      header: 'Status',
      cell: (i) => (
        <>
          <InvoiceStatusChip status={i.status} /> <DisputedBadge isDisputed={i.isDisputed} />
        </>
      ),
    },
    {
      key: 'total',
      header: 'Total',
      sortField: 'total',
      numeric: true,
      cell: (i) => <Amount minor={i.total} currency={i.currency} />,
    },
    {
      key: 'open',
      header: 'Open',
      sortField: 'open',
      numeric: true,
      cell: (i) => <Amount minor={i.open} currency={i.currency} />,
    },
  ];
}

/** The page's amounts added up per currency (exact integers from main; never mixed across currencies). */
function pageTotals(rows: readonly InvoiceSummary[]): { currency: string; total: number; open: number }[] {
  const sums = new Map<string, { total: number; open: number }>();
  for (const row of rows) {
    const sum = sums.get(row.currency) ?? { total: 0, open: 0 };
    sums.set(row.currency, { total: addMinor(sum.total, row.total), open: addMinor(sum.open, row.open) });
  }
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => ({ currency, ...sum }));
}

function TotalsRow({ rows }: { rows: readonly InvoiceSummary[] }) {
  const sums = pageTotals(rows);
  const column = (key: 'total' | 'open') => (
    <td className="num">
      {sums.map((sum) => (
        <div key={sum.currency}>
          <Amount minor={sum[key]} currency={sum.currency} />
        </div>
      ))}
    </td>
  );
  return (
    <tr>
      <th scope="row" colSpan={5}>
        Total of the {rows.length === 1 ? '1 invoice' : `${rows.length} invoices`} on this page
      </th>
      {column('total')}
      {column('open')}
    </tr>
  );
}

export function InvoicesList() {
  const { locale } = useCompanyLocale();
  const { bill } = useInvoiceAbilities();
  const [state, patch, reset] = useListState<ListFilters>('invoices', initialFilters);
  const search = useDebounced(state.search.trim());
  // A currency filter applies once a whole code is typed; "EU" on its way to "EUR" is not sent.
  const currency = /^[A-Za-z]{3}$/.test(state.currency) ? state.currency.toUpperCase() : '';
  const list = useOrdoQuery(
    'invoices.list',
    {
      search,
      ...(state.status !== 'all' ? { status: state.status } : {}),
      ...(state.customer ? { customerId: state.customer.id } : {}),
      ...(currency ? { currency } : {}),
      ...(state.from ? { dateFrom: state.from } : {}),
      ...(state.to ? { dateTo: state.to } : {}),
      disputedOnly: state.isDisputedOnly,
      sort: state.sort.field,
      dir: state.sort.dir,
      limit: PAGE_SIZE,
      offset: state.offset,
    },
    { keepPrevious: true },
  );
  const rows = list.data?.rows ?? [];

  return (
    <ListView<InvoiceSummary>
      title="Invoices"
      noun="invoices"
      {...(bill
        ? {
            createLabel: 'New invoice',
            emptyCreateLabel: 'Create invoice',
            onCreate: () => navigate('/invoices/new'),
          }
        : {})}
      searchLabel="Search by number or customer"
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
          <CurrencyField
            label="Currency"
            value={state.currency}
            onChange={(value) => patch({ currency: value, offset: 0 })}
          />
          <ChipGroup
            label="Status"
            options={statusOptions}
            value={state.status}
            onChange={(status) => patch({ status: status as ListFilters['status'], offset: 0 })}
          />
          <button
            type="button"
            className="filter-chip"
            aria-pressed={state.isDisputedOnly}
            onClick={() => patch({ isDisputedOnly: !state.isDisputedOnly, offset: 0 })}
          >
            Disputed only
          </button>
        </>
      }
      isFiltered={
        search !== '' ||
        state.status !== 'all' ||
        state.isDisputedOnly ||
        state.customer !== null ||
        state.from !== '' ||
        state.to !== '' ||
        currency !== ''
      }
      onClearFilters={reset}
      columns={columns(locale)}
      rowKey={(i) => i.id}
      page={list.data}
      isLoading={list.isLoading}
      error={list.error}
      onRetry={() => void list.refetch()}
      sort={state.sort}
      onSort={(field) => patch({ sort: nextSort(state.sort, field as SortField), offset: 0 })}
      offset={state.offset}
      limit={PAGE_SIZE}
      onOffset={(offset) => patch({ offset })}
      onOpen={(i) => navigate(`/invoices/${i.id}`)}
      locale={locale}
      footer={rows.length > 0 ? <TotalsRow rows={rows} /> : undefined}
    />
  );
}
