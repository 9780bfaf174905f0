// Left navigation by area. Only areas that are built are listed, with counts of what needs action.
import { useEffect } from 'react';
import { useOrdoQuery } from '../lib/queries';
import { isAllowedTo, useActingUser, type Action } from '../lib/useActingUser';
import { hrefOf } from './router';

type Counts = { onHold: number; toShip: number; drafts: number; overdue: number };

interface NavItem {
  path: string;
  label: string;
  count?: { of: keyof Counts; words: string };
  /** Areas main would not list for every profile (payments: sales and the books). */
  needs?: Action;
}

const areas: readonly NavItem[] = [
  { path: '/orders', label: 'Orders', count: { of: 'onHold', words: 'on credit hold' } },
  { path: '/shipments', label: 'Shipments', count: { of: 'toShip', words: 'orders to ship' } },
  { path: '/invoices', label: 'Invoices', count: { of: 'overdue', words: 'overdue invoices' } },
  { path: '/payments', label: 'Payments', needs: 'sell' },
  { path: '/customers', label: 'Customers' },
  { path: '/products', label: 'Products' },
  { path: '/stock', label: 'Stock' },
  { path: '/reports', label: 'Reports' },
  { path: '/settings', label: 'Settings' },
];

export function Nav({ area }: { area: string }) {
  const counts = useOrdoQuery('orders.counts', {});
  const { refetch } = counts;
  // Moving between areas is when a changed count matters; mutations invalidate it too.
  useEffect(() => void refetch(), [area, refetch]);
  const invoiceCounts = useOrdoQuery('invoices.counts', {});
  const refetchInvoiceCounts = invoiceCounts.refetch;
  useEffect(() => void refetchInvoiceCounts(), [area, refetchInvoiceCounts]);
  // One lookup for every badge, whichever area's method counts it.
  const shown: Partial<Counts> = { ...counts.data, overdue: invoiceCounts.data?.overdue };
  // Until the profile is known every area is listed, so the menu does not jump as it loads.
  const user = useActingUser();
  const listed = areas.filter((item) => !item.needs || user === null || isAllowedTo(user, item.needs));
  return (
    <nav className="app-nav" aria-label="Main">
      <p className="app-brand">Ordo</p>
      <ul>
        {listed.map((item) => (
          <li key={item.path}>
            <a href={hrefOf(item.path)} aria-current={item.path === `/${area}` ? 'page' : undefined}>
              {item.label}
              {item.count && shown[item.count.of] ? (
                <>
                  {' '}
                  <span className="count-badge">
                    {shown[item.count.of]} <span className="visually-hidden">{item.count.words}</span>
                  </span>
                </>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
