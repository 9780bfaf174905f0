// #/orders/holds — orders waiting for a credit decision, oldest first: why each is held, the customer's exposure
// against the limit, and Approve / Refuse with a reason. Keys: j/k move, Enter opens, A approves, R refuses.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { HoldItem } from '../../../../shared/contract';
import { daysBetween, isIsoDate } from '../../../../shared/dates';
import { hrefOf, navigate } from '../../app/router';
import { Amount } from '../../components/Amount';
import { DataTable, type Column } from '../../components/DataTable';
import { isModalOpen } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { Loading, QueryError } from '../../components/QueryError';
import { dateText } from '../../lib/format';
import { isTypingTarget } from '../../lib/keyboard';
import { useOrdoQuery } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { useListKeys } from '../../lib/useListKeys';
import { useOrderAbilities } from './abilities';
import { CreditDecisionDialog, type CreditDecision } from './CreditDecisionDialog';

function ageText(orderDate: string): string {
  const today = todayIso();
  if (!isIsoDate(orderDate) || !isIsoDate(today)) return '';
  const days = Math.max(0, daysBetween(orderDate, today));
  return days === 0 ? 'today' : days === 1 ? '1 day' : `${days} days`;
}

function ExposureCell({ item }: { item: HoldItem }) {
  const { exposure } = item;
  if (exposure.creditLimit === null)
    return (
      <>
        <Amount minor={exposure.exposure} currency={exposure.currency} />{' '}
        <span className="muted">· no limit</span>
      </>
    );
  return (
    <>
      <Amount minor={exposure.exposure} currency={exposure.currency} />{' '}
      <span className="muted">
        of <Amount minor={exposure.creditLimit} currency={exposure.currency} />
      </span>
    </>
  );
}

export const orderLabelOf = (order: { number: string | null; customerName: string }) =>
  `${order.number ? `order ${order.number}` : 'draft order'} for ${order.customerName}`;

export function CreditHolds() {
  const { locale } = useCompanyLocale();
  const abilities = useOrderAbilities();
  const queue = useOrdoQuery('credit.queue', {});
  const items = queue.data ?? [];
  const [selected, setSelected] = useState(-1);
  const [deciding, setDeciding] = useState<{ item: HoldItem; decision: CreditDecision } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  useListKeys({
    count: items.length,
    selected,
    onSelect: setSelected,
    onOpen: (index) => {
      const item = items[index];
      if (item) navigate(`/orders/${item.order.id}`);
    },
    searchRef,
  });

  // A and R decide on the selected order, for those who may.
  const latest = useRef({ items, selected, may: abilities.decideCredit });
  useLayoutEffect(() => {
    latest.current = { items, selected, may: abilities.decideCredit };
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isModalOpen()) return;
      if (isTypingTarget(event.target)) return;
      const { items: shown, selected: index, may } = latest.current;
      const item = shown[index];
      const key = event.key.toLowerCase();
      if (!item || !may || (key !== 'a' && key !== 'r')) return;
      event.preventDefault();
      setDeciding({ item, decision: key === 'a' ? 'approve' : 'refuse' });
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const columns: Column<HoldItem>[] = [
    {
      key: 'order',
      header: 'Order and customer',
      overflow: 'wrap',
      cell: ({ order }) => (
        <>
          <a href={hrefOf(`/orders/${order.id}`)} onClick={(event) => event.stopPropagation()}>
            {order.number ?? 'Draft'}
          </a>
          <span className="cell-sub">{order.customerName}</span>
        </>
      ),
    },
    {
      key: 'date',
      header: 'Date and age',
      cell: ({ order }) => (
        <>
          {dateText(order.orderDate, locale)}
          <span className="muted"> · {ageText(order.orderDate)}</span>
        </>
      ),
    },
    { key: 'reasons', header: 'Why on hold', overflow: 'wrap', cell: ({ reasons }) => reasons.join('; ') },
    {
      key: 'exposure',
      header: 'Exposure / limit',
      numeric: true,
      cell: (item) => <ExposureCell item={item} />,
    },
    {
      key: 'amount',
      header: 'Order total',
      numeric: true,
      cell: ({ order }) => <Amount minor={order.total} currency={order.currency} />,
    },
  ];
  if (abilities.decideCredit) {
    columns.push({
      key: 'actions',
      header: 'Decide',
      isControl: true,
      cell: (item) => (
        <span className="row-actions">
          <button
            type="button"
            aria-keyshortcuts="A"
            aria-label={`Approve credit for ${orderLabelOf(item.order)}`}
            onClick={(event) => {
              event.stopPropagation();
              setDeciding({ item, decision: 'approve' });
            }}
          >
            Approve
          </button>
          <button
            type="button"
            aria-keyshortcuts="R"
            aria-label={`Refuse credit for ${orderLabelOf(item.order)}`}
            onClick={(event) => {
              event.stopPropagation();
              setDeciding({ item, decision: 'refuse' });
            }}
          >
            Refuse
          </button>
        </span>
      ),
    });
  }

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">Credit holds</h1>
      </header>
      <p className="muted">
        Confirmed orders over the credit limit, of customers on credit stop or with overdue invoices wait
        here.
        {abilities.decideCredit
          ? ' Select one with j/k, then A approves or R refuses; Enter opens the order.'
          : ' Only the owner or a bookkeeper can approve or refuse credit.'}
      </p>
      {queue.error ? <QueryError error={queue.error} onRetry={() => void queue.refetch()} /> : null}
      {queue.isLoading ? <Loading /> : null}
      {queue.data && items.length === 0 ? (
        <EmptyState text="No orders are waiting for a credit decision" />
      ) : null}
      {items.length > 0 ? (
        <DataTable
          caption="Orders on credit hold"
          columns={columns}
          rows={items}
          rowKey={(item) => item.order.id}
          selected={selected}
          onSelect={setSelected}
          onOpen={(item) => navigate(`/orders/${item.order.id}`)}
        />
      ) : null}
      {deciding ? (
        <CreditDecisionDialog
          orderId={deciding.item.order.id}
          orderLabel={orderLabelOf(deciding.item.order)}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
        />
      ) : null}
    </section>
  );
}
