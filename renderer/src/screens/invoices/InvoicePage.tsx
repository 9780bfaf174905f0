// #/invoices/new and #/invoices/:id — load the invoice, then edit it while it is a draft, else show it.
import type { Invoice } from '../../../../shared/contract';
import { Loading, QueryError } from '../../components/QueryError';
import { useOrdoQuery } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { useInvoiceAbilities } from './abilities';
import { InvoiceEditorView } from './InvoiceEditorView';
import { InvoiceView } from './InvoiceView';

/** A new version of the draft (saved elsewhere, posted) starts the form again from it. */
function versionOf(invoice: Invoice): string {
  return `${invoice.id}|${invoice.updatedAt}|${invoice.status}`;
}

export function InvoicePage({ id }: { id: number | null }) {
  const { locale, baseCurrency, isReady } = useCompanyLocale();
  const { bill } = useInvoiceAbilities();
  const invoice = useOrdoQuery('invoices.get', { id: id ?? 0 }, { enabled: id !== null });

  if (invoice.error) return <QueryError error={invoice.error} onRetry={() => void invoice.refetch()} />;
  if (!isReady || (id !== null && !invoice.data)) return <Loading />;
  const record = id === null ? null : (invoice.data ?? null);
  // Only a draft can change, and only by someone who may invoice; everyone else reads it.
  if (record && (record.status !== 'draft' || !bill)) return <InvoiceView invoice={record} />;
  return (
    <InvoiceEditorView
      key={record ? versionOf(record) : 'new'}
      invoice={record}
      locale={locale}
      baseCurrency={baseCurrency}
    />
  );
}
