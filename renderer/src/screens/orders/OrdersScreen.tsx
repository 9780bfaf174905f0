// #/orders/… — the Orders area: orders, quotes and the credit-hold queue as tabs, and the order editor.
import type { ReactNode } from 'react';
import { NotFound } from '../../app/NotFound';
import { idOf } from '../../app/router';
import { SubNav } from '../../components/SubNav';
import { useOrdoQuery } from '../../lib/queries';
import { CreditHolds } from './CreditHolds';
import { OrderEditor } from './OrderEditor';
import { OrdersList } from './OrdersList';
import './orders.css';

type Tab = '' | 'quotes' | 'holds';

function OrdersTabs({ current }: { current: Tab }) {
  const counts = useOrdoQuery('orders.counts', {});
  return (
    <SubNav
      label="Orders"
      base="/orders"
      layout="tabs"
      current={current}
      items={[
        { slug: '', label: 'Orders' },
        { slug: 'quotes', label: 'Quotes' },
        { slug: 'holds', label: 'Credit holds', count: counts.data?.onHold },
      ]}
    />
  );
}

function withTabs(current: Tab, screen: ReactNode) {
  return (
    <div className="with-tabs">
      <OrdersTabs current={current} />
      {screen}
    </div>
  );
}

/** "new?quote": the query string is part of the hash path; it asks for a quote. */
const isNew = (segment: string | undefined) => segment === 'new' || segment?.startsWith('new?') === true;

export function OrdersScreen({ segments }: { segments: readonly string[] }) {
  const [first, second, ...rest] = segments;
  if (rest.length > 0) return <NotFound />;
  if (first === undefined) return withTabs('', <OrdersList kind="order" />);
  if (first === 'quotes') {
    if (second === undefined) return withTabs('quotes', <OrdersList kind="quote" />);
    if (isNew(second)) return <OrderEditor key="new-quote" id={null} kind="quote" />;
    return <NotFound />;
  }
  if (first === 'holds' && second === undefined) return withTabs('holds', <CreditHolds />);
  if (second !== undefined) return <NotFound />;
  if (isNew(first)) {
    const kind = first.includes('quote') ? 'quote' : 'order';
    return <OrderEditor key={`new-${kind}`} id={null} kind={kind} />;
  }
  const id = idOf(first);
  return id === null ? <NotFound /> : <OrderEditor key={id} id={id} kind="order" />;
}
