// Which screen a URL shows: #/customers, #/customers/new, #/customers/12, #/settings/tax-rates, #/reports/journal/7 …
import type { ReactNode } from 'react';
import { CustomerEditor } from '../screens/customers/CustomerEditor';
import { CustomersList } from '../screens/customers/CustomersList';
import { ProductEditor } from '../screens/products/ProductEditor';
import { ProductsList } from '../screens/products/ProductsList';
import { OrdersScreen } from '../screens/orders/OrdersScreen';
import { ShipmentsScreen } from '../screens/shipments/ShipmentsScreen';
import { StockScreen } from '../screens/stock/StockScreen';
import { ReportsScreen } from '../screens/reports/ReportsScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { NotFound } from './NotFound';
import { idOf } from './router';

/** list / new / :id for an area with records. */
function recordScreen(
  first: string | undefined,
  list: ReactNode,
  editor: (id: number | null) => ReactNode,
): ReactNode {
  if (first === undefined) return list;
  if (first === 'new') return editor(null);
  const id = idOf(first);
  return id === null ? <NotFound /> : editor(id);
}

export function screenFor(segments: readonly string[]): ReactNode {
  const [area = 'customers', first, ...rest] = segments;
  if (rest.length > 0 && !['reports', 'orders', 'shipments', 'stock'].includes(area)) return <NotFound />;
  switch (area) {
    case 'orders':
      return <OrdersScreen segments={segments.slice(1)} />;
    case 'shipments':
      return <ShipmentsScreen segments={segments.slice(1)} />;
    case 'stock':
      return <StockScreen segments={segments.slice(1)} />;
    case 'customers':
      return recordScreen(first, <CustomersList />, (id) => <CustomerEditor key={id ?? 'new'} id={id} />);
    case 'products':
      return recordScreen(first, <ProductsList />, (id) => <ProductEditor key={id ?? 'new'} id={id} />);
    case 'settings':
      return <SettingsScreen section={first} />;
    case 'reports':
      return <ReportsScreen segments={segments.slice(1)} />;
    default:
      return <NotFound />;
  }
}
