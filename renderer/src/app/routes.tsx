// Which screen a URL shows: #/customers, #/customers/new, #/customers/12, #/settings/tax-rates, #/reports/journal/7 …
import type { ReactNode } from 'react';
import { CustomerEditor } from '../screens/customers/CustomerEditor';
import { CustomersList } from '../screens/customers/CustomersList';
import { ProductEditor } from '../screens/products/ProductEditor';
import { ProductsList } from '../screens/products/ProductsList';
import { OrdersScreen } from '../screens/orders/OrdersScreen';
import { ShipmentsScreen } from '../screens/shipments/ShipmentsScreen';
import { InvoicesScreen } from '../screens/invoices/InvoicesScreen';
import { CreditNoteView } from '../screens/invoices/CreditNoteView';
import { StockScreen } from '../screens/stock/StockScreen';
import { ReportsScreen } from '../screens/reports/ReportsScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { PaymentsScreen } from '../screens/payments/PaymentsScreen';
import { CustomerAccount } from '../screens/account/CustomerAccount';
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
  // #/customers/:id/account — the customer's account, a screen of its own beside the customer editor.
  if (area === 'customers' && rest.length === 1 && rest[0] === 'account') {
    const customerId = idOf(first);
    return customerId === null ? <NotFound /> : <CustomerAccount key={customerId} customerId={customerId} />;
  }
  if (rest.length > 0 && !['reports', 'orders', 'shipments', 'stock'].includes(area)) return <NotFound />;
  switch (area) {
    case 'orders':
      return <OrdersScreen segments={segments.slice(1)} />;
    case 'shipments':
      return <ShipmentsScreen segments={segments.slice(1)} />;
    case 'invoices':
      return <InvoicesScreen segments={segments.slice(1)} />;
    case 'credit-notes': {
      const id = idOf(first);
      return id === null ? <NotFound /> : <CreditNoteView key={id} id={id} />;
    }
    case 'stock':
      return <StockScreen segments={segments.slice(1)} />;
    case 'payments':
      return <PaymentsScreen segments={segments.slice(1)} />;
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
