// #/products/new and #/products/:id — load the product, then edit it in ProductFormView.
import { Loading, QueryError } from '../../components/QueryError';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { useOrdoQuery } from '../../lib/queries';
import { emptyProductForm, formOfProduct } from './productForm';
import { ProductFormView } from './ProductFormView';

export function ProductEditor({ id }: { id: number | null }) {
  const { locale, baseCurrency, isReady } = useCompanyLocale();
  const product = useOrdoQuery('products.get', { id: id ?? 0 }, { enabled: id !== null });

  if (product.error) return <QueryError error={product.error} onRetry={() => void product.refetch()} />;
  if (!isReady || (id !== null && !product.data)) return <Loading />;
  const record = id === null ? null : (product.data ?? null);
  return (
    <ProductFormView
      product={record}
      locale={locale}
      currency={baseCurrency}
      initial={record ? formOfProduct(record, locale, baseCurrency) : emptyProductForm}
    />
  );
}
