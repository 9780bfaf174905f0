// #/orders/new, #/orders/quotes/new and #/orders/:id — load the order, then edit or view it in OrderEditorView.
import type { Order } from '../../../../shared/contract';
import { Loading, QueryError } from '../../components/QueryError';
import { useOrdoQuery } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { OrderEditorView } from './OrderEditorView';

/** A new version of the order (saved, confirmed, approved, shipped) starts the form again from it. */
function versionOf(order: Order): string {
  const lines = order.lines.map((l) => `${l.id}:${l.shipped}:${l.cancelled}`).join(',');
  return `${order.id}|${order.updatedAt}|${order.status}|${order.decisions.length}|${lines}`;
}

export function OrderEditor({ id, kind }: { id: number | null; kind: 'order' | 'quote' }) {
  const { locale, isReady } = useCompanyLocale();
  const order = useOrdoQuery('orders.get', { id: id ?? 0 }, { enabled: id !== null });

  if (order.error) return <QueryError error={order.error} onRetry={() => void order.refetch()} />;
  if (!isReady || (id !== null && !order.data)) return <Loading />;
  const record = id === null ? null : (order.data ?? null);
  return (
    <OrderEditorView
      key={record ? versionOf(record) : `new-${kind}`}
      order={record}
      kind={record?.kind ?? kind}
      locale={locale}
    />
  );
}
