// #/payments — payments received, paged from main: search by number, reference or customer, filters for customer,
// method, dates and unapplied credit, and the page's totals per currency (reversed payments left out).
import type { InputOf, PaymentSummary } from '../../../../shared/contract';
import { addMinor } from '../../../../shared/money';
import { hrefOf, navigate } from '../../app/router';
import { Amount } from '../../components/Amount';
import { CustomerPicker, type CustomerChoice } from '../../components/CustomerPicker';
import type { Column } from '../../components/DataTable';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
import { ListView, PAGE_SIZE } from '../../components/ListView';
import { StatusChip } from '../../components/StatusChip';
import { dateText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { useMay } from '../../lib/useActingUser';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { useDebounced } from '../../lib/useDebounced';
import { useListState } from '../../lib/useListState';
import { isPaymentMethod, methodLabels, methodOptions } from './paymentWords';

interface ListFilters {
  search: string;
  customer: CustomerChoice | null;
  method: string;
  from: string;
  to: string;
  unappliedOnly: boolean;
  offset: number;
}

const initialFilters: ListFilters = {
  search: '',
  customer: null,
  method: '',
  from: '',
  to: '',
  unappliedOnly: false,
  offset: 0,
};

function columns(locale: string): Column<PaymentSummary>[] {
  return [
    {
      key: 'number',
      header: 'Number',
      cell: (p) => (
        <>
          <a href={hrefOf(`/payments/${p.id}`)} onClick={(event) => event.stopPropagation()}>
            {p.number}
          </a>
          {p.isReversed ? (
            <>
              {' '}
              <StatusChip tone="muted">Reversed</StatusChip>
            </>
          ) : null}
        </>
      ),
    },
    { key: 'date', header: 'Date', cell: (p) => dateText(p.date, locale) },
    { key: 'customer', header: 'Customer', overflow: 'wrap', cell: (p) => p.customerName },
    { key: 'method', header: 'Method', cell: (p) => methodLabels[p.method] },
    { key: 'reference', header: 'Reference', overflow: 'truncate', cell: (p) => p.reference },
    {
      key: 'amount',
      header: 'Amount',
      numeric: true,
      cell: (p) => <Amount minor={p.amount} currency={p.currency} />,
    },
    {
      key: 'applied',
      header: 'Applied',
      numeric: true,
      cell: (p) => <Amount minor={p.applied} currency={p.currency} />,
    },
    {
      key: 'unapplied',
      header: 'Unapplied',
      numeric: true,
      cell: (p) => <Amount minor={p.unapplied} currency={p.currency} />,
    },
  ];
}

type Sums = { amount: number; applied: number; unapplied: number };

/** Sums per currency of the live payments on the page (exact integers from main, never mixed across currencies). */
function pageTotals(rows: readonly PaymentSummary[]): [string, Sums][] {
  const sums = new Map<string, Sums>();
  for (const row of rows) {
    if (row.isReversed) continue;
    const sum = sums.get(row.currency) ?? { amount: 0, applied: 0, unapplied: 0 };
    sums.set(row.currency, {
      amount: addMinor(sum.amount, row.amount),
      applied: addMinor(sum.applied, row.applied),
      unapplied: addMinor(sum.unapplied, row.unapplied),
    });
  }
  return [...sums.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function TotalsRow({ rows }: { rows: readonly PaymentSummary[] }) {
  const reversed = rows.filter((row) => row.isReversed).length;
  const live = rows.length - reversed;
  const totals = pageTotals(rows);
  const column = (key: keyof Sums) => (
    <td className="num">
      {totals.map(([currency, sums]) => (
        <div key={currency}>
          <Amount minor={sums[key]} currency={currency} />
        </div>
      ))}
    </td>
  );
  return (
    <tr>
      <th scope="row" colSpan={5}>
        Total of the {live === 1 ? '1 payment' : `${live} payments`} on this page
        {reversed > 0 ? ` (${reversed} reversed left out)` : ''}
      </th>
      {column('amount')}
      {column('applied')}
      {column('unapplied')}
    </tr>
  );
}

export function PaymentsList() {
  const { locale } = useCompanyLocale();
  const [state, patch, reset] = useListState<ListFilters>('payments', initialFilters);
  const search = useDebounced(state.search.trim());
  const input: InputOf<'payments.list'> = {
    search,
    ...(state.customer ? { customerId: state.customer.id } : {}),
    ...(isPaymentMethod(state.method) ? { method: state.method } : {}),
    ...(state.from ? { dateFrom: state.from } : {}),
    ...(state.to ? { dateTo: state.to } : {}),
    unappliedOnly: state.unappliedOnly,
    limit: PAGE_SIZE,
    offset: state.offset,
  };
  const list = useOrdoQuery('payments.list', input, { keepPrevious: true });
  const rows = list.data?.rows ?? [];
  // Recording payments is the books': others see the list without the action (and without N).
  const mayReceive = useMay('keepBooks');

  return (
    <ListView<PaymentSummary>
      title="Payments"
      noun="payments"
      {...(mayReceive
        ? {
            createLabel: 'Receive payment',
            emptyCreateLabel: 'Receive payment',
            onCreate: () => navigate('/payments/new'),
          }
        : {})}
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
          <SelectField
            label="Method"
            value={state.method}
            options={[{ value: '', label: 'All methods' }, ...methodOptions]}
            onChange={(method) => patch({ method, offset: 0 })}
          />
          <TextField
            label="From"
            type="date"
            value={state.from}
            onChange={(from) => patch({ from, offset: 0 })}
          />
          <TextField label="To" type="date" value={state.to} onChange={(to) => patch({ to, offset: 0 })} />
          <CheckboxField
            label="With unapplied credit"
            checked={state.unappliedOnly}
            onChange={(unappliedOnly) => patch({ unappliedOnly, offset: 0 })}
          />
        </>
      }
      isFiltered={
        search !== '' ||
        state.customer !== null ||
        state.method !== '' ||
        state.from !== '' ||
        state.to !== '' ||
        state.unappliedOnly
      }
      onClearFilters={reset}
      columns={columns(locale)}
      rowKey={(p) => p.id}
      page={list.data}
      isLoading={list.isLoading}
      error={list.error}
      onRetry={() => void list.refetch()}
      offset={state.offset}
      limit={PAGE_SIZE}
      onOffset={(offset) => patch({ offset })}
      onOpen={(p) => navigate(`/payments/${p.id}`)}
      locale={locale}
      footer={rows.length > 0 ? <TotalsRow rows={rows} /> : undefined}
    />
  );
}
