// #/shipments — shipments by stage (open ones first: to pick and to ship), searchable by number, order,
// customer or tracking number.
import { useState } from 'react';
import type { ShipmentRow } from '../../../../shared/contract';
import { hrefOf, navigate } from '../../app/router';
import { ChipGroup } from '../../components/ChipGroup';
import type { Column } from '../../components/DataTable';
import type { Option } from '../../components/Field';
import { ListView, PAGE_SIZE } from '../../components/ListView';
import { StatusChip } from '../../components/StatusChip';
import { countText, dateText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { useMay } from '../../lib/useActingUser';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { useDebounced } from '../../lib/useDebounced';
import { useListState } from '../../lib/useListState';
import { NewShipmentDialog } from './NewShipmentDialog';
import { stageWords } from './shipmentStage';

type StageFilter = 'open' | 'to_pick' | 'to_ship' | 'shipped' | 'delivered' | 'cancelled' | 'all';

const stageOptions: readonly Option[] = [
  { value: 'open', label: 'Open' },
  { value: 'to_pick', label: 'To pick' },
  { value: 'to_ship', label: 'To ship' },
  { value: 'shipped', label: 'Shipped' },
  { value: 'delivered', label: 'Delivered' },
  { value: 'cancelled', label: 'Cancelled' },
  { value: 'all', label: 'All' },
];

const initialState = { search: '', stage: 'open' as StageFilter, offset: 0 };

function columns(locale: string): Column<ShipmentRow>[] {
  return [
    {
      key: 'number',
      header: 'Number',
      cell: (s) => (
        <a
          href={hrefOf(`/shipments/${s.id}`)}
          onClick={(event) => event.stopPropagation()}
          // No number until it ships: the dash alone would be read out as the link's name.
          aria-label={s.number ? undefined : `Shipment for order ${s.orderNumber ?? ''} (no number yet)`}
        >
          {s.number ?? '—'}
        </a>
      ),
    },
    {
      key: 'order',
      header: 'Order',
      cell: (s) => (
        <a href={hrefOf(`/orders/${s.orderId}`)} onClick={(event) => event.stopPropagation()}>
          {s.orderNumber ?? 'Order'}
        </a>
      ),
    },
    { key: 'customer', header: 'Customer', overflow: 'wrap', cell: (s) => s.customerName },
    {
      key: 'stage',
      header: 'Stage',
      cell: (s) => <StatusChip tone={stageWords[s.stage].tone}>{stageWords[s.stage].label}</StatusChip>,
    },
    {
      key: 'shipDate',
      header: 'Ship date',
      cell: (s) => (s.shipDate ? dateText(s.shipDate, locale) : <span className="muted">—</span>),
    },
    {
      key: 'carrier',
      header: 'Carrier and tracking',
      overflow: 'truncate',
      isOptional: true,
      cell: (s) => [s.carrier, s.trackingNumber].filter(Boolean).join(' · '),
    },
    { key: 'lines', header: 'Lines', numeric: true, cell: (s) => countText(s.lineCount, locale) },
  ];
}

export function ShipmentsList() {
  const { locale } = useCompanyLocale();
  const mayFulfil = useMay('fulfil');
  const [isCreating, setCreating] = useState(false);
  const [state, patch, reset] = useListState('shipments', initialState);
  const search = useDebounced(state.search.trim());
  const list = useOrdoQuery(
    'shipments.list',
    { stage: state.stage, search, limit: PAGE_SIZE, offset: state.offset },
    { keepPrevious: true },
  );

  return (
    <>
      <ListView<ShipmentRow>
        title="Shipments"
        noun="shipments"
        {...(mayFulfil
          ? {
              createLabel: 'New shipment',
              emptyCreateLabel: 'Ship an order',
              onCreate: () => setCreating(true),
            }
          : {})}
        emptyText={state.stage === 'open' ? 'Nothing to pick or ship' : undefined}
        searchLabel="Search by number, customer or tracking"
        search={state.search}
        onSearch={(value) => patch({ search: value, offset: 0 })}
        filters={
          <ChipGroup
            label="Stage"
            options={stageOptions}
            value={state.stage}
            onChange={(value) => patch({ stage: value as StageFilter, offset: 0 })}
          />
        }
        isFiltered={search !== '' || !['open', 'all'].includes(state.stage)}
        onClearFilters={reset}
        columns={columns(locale)}
        rowKey={(s) => s.id}
        page={list.data}
        isLoading={list.isLoading}
        error={list.error}
        onRetry={() => void list.refetch()}
        offset={state.offset}
        limit={PAGE_SIZE}
        onOffset={(offset) => patch({ offset })}
        onOpen={(s) => navigate(`/shipments/${s.id}`)}
        locale={locale}
      />
      {isCreating ? <NewShipmentDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}
