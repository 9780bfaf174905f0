// Under a posted invoice: its credit notes (links, drafts marked) and what happened to it — the audit trail
// of who created, changed, posted, disputed or cancelled it, for those who may read the books.
import type { Invoice } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { Amount } from '../../components/Amount';
import { StatusChip } from '../../components/StatusChip';
import { dateText, dateTimeText } from '../../lib/format';
import { useOrdoQuery } from '../../lib/queries';
import { auditActionText } from '../reports/auditWords';

interface InvoiceHistoryProps {
  invoice: Invoice;
  locale: string;
  /** The audit log is the bookkeeper's; others are not offered it. */
  canReadAudit: boolean;
}

export function InvoiceHistory({ invoice, locale, canReadAudit }: InvoiceHistoryProps) {
  return (
    <div className="doc-history">
      {invoice.creditNotes.length > 0 ? (
        <section className="section" aria-labelledby="invoice-credit-notes">
          <h2 id="invoice-credit-notes" className="section-heading">
            Credit notes
          </h2>
          <ul className="plain-list">
            {invoice.creditNotes.map((c) => (
              <li key={c.id}>
                <a href={hrefOf(`/credit-notes/${c.id}`)}>
                  {c.number ? `Credit note ${c.number}` : 'Draft credit note'}
                </a>{' '}
                {c.isPosted ? null : <StatusChip tone="draft">Draft</StatusChip>}
                <span className="muted"> · {dateText(c.date, locale)} · </span>
                <Amount minor={c.total} currency={invoice.currency} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {canReadAudit ? <AuditTrail invoiceId={invoice.id} locale={locale} /> : null}
    </div>
  );
}

function AuditTrail({ invoiceId, locale }: { invoiceId: number; locale: string }) {
  const audit = useOrdoQuery('audit.list', { entity: 'invoice', entityId: invoiceId, limit: 50, offset: 0 });
  const rows = audit.data?.rows ?? [];
  return (
    <section className="section" aria-labelledby="invoice-audit">
      <h2 id="invoice-audit" className="section-heading">
        History
      </h2>
      {audit.error ? <p className="muted">The history could not be loaded: {audit.error.message}</p> : null}
      {audit.data && rows.length === 0 ? <p className="muted">Nothing recorded yet.</p> : null}
      <ul className="plain-list">
        {rows.map((row) => (
          <li key={row.id}>
            <span title={row.action}>{auditActionText(row.action)}</span> by {row.userName || 'someone'}
            <span className="muted"> · {dateTimeText(row.at, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
