// #/customers/new and #/customers/:id — load the customer, then edit it in CustomerFormView.
import type { Customer } from '../../../../shared/contract';
import { Loading, QueryError } from '../../components/QueryError';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { useOrdoQuery } from '../../lib/queries';
import { emptyCustomerForm, formOfCustomer } from './customerForm';
import { CustomerFormView } from './CustomerFormView';

export function CustomerEditor({ id }: { id: number | null }) {
  const { locale, baseCurrency, isReady } = useCompanyLocale();
  const customer = useOrdoQuery('customers.get', { id: id ?? 0 }, { enabled: id !== null });

  if (customer.error) return <QueryError error={customer.error} onRetry={() => void customer.refetch()} />;
  if (!isReady || (id !== null && !customer.data)) return <Loading />;
  const record: Customer | null = id === null ? null : (customer.data ?? null);
  return (
    <CustomerFormView
      customer={record}
      locale={locale}
      initial={record ? formOfCustomer(record, locale) : emptyCustomerForm(baseCurrency)}
    />
  );
}
