// #/invoices — the list; #/invoices/new — a new draft; #/invoices/:id — a draft to edit or a posted invoice.
import { NotFound } from '../../app/NotFound';
import { idOf } from '../../app/router';
import { InvoicePage } from './InvoicePage';
import { InvoicesList } from './InvoicesList';
import './invoices.css';

export function InvoicesScreen({ segments }: { segments: readonly string[] }) {
  const [first, ...rest] = segments;
  if (rest.length > 0) return <NotFound />;
  if (first === undefined) return <InvoicesList />;
  if (first === 'new') return <InvoicePage key="new" id={null} />;
  const id = idOf(first);
  return id === null ? <NotFound /> : <InvoicePage key={id} id={id} />;
}
