// #/credit-notes/:id — a credit note: its invoice and customer, reason, lines, totals, and once posted how much
// reduced the invoice and how much became customer credit. A draft can be posted or deleted here.
import type { CreditNote, CreditNoteLine } from '../../../../shared/contract';
import { hrefOf, navigate } from '../../app/router';
import { Amount } from '../../components/Amount';
import { useConfirm } from '../../components/ConfirmDialog';
import { DataTable, type Column } from '../../components/DataTable';
import { Loading, QueryError } from '../../components/QueryError';
import { StatusChip } from '../../components/StatusChip';
import { useToast } from '../../components/Toasts';
import { toOrdoError } from '../../lib/api';
import { dateText, dateTimeText, decimalText } from '../../lib/format';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { useInvoiceAbilities } from './abilities';
import { invoiceKnockOn } from './useInvoiceSaving';
import './invoices.css';

const modeWords: Readonly<Record<CreditNote['mode'], string>> = {
  all: 'The whole invoice',
  lines: 'Chosen lines',
  amount: 'An amount',
};

export function CreditNoteView({ id }: { id: number }) {
  const note = useOrdoQuery('creditNotes.get', { id });
  if (note.error) return <QueryError error={note.error} onRetry={() => void note.refetch()} />;
  if (!note.data) return <Loading />;
  return <CreditNoteDetails note={note.data} />;
}

function CreditNoteDetails({ note }: { note: CreditNote }) {
  const { locale } = useCompanyLocale();
  const { bill, keepBooks } = useInvoiceAbilities();
  const ask = useConfirm();
  const toast = useToast();
  const areas = ['invoices', 'ledger', 'stock', ...invoiceKnockOn] as const;
  const post = useOrdoMutation('creditNotes.post', { alsoInvalidates: [...areas] });
  const remove = useOrdoMutation('creditNotes.deleteDraft', { alsoInvalidates: [...areas] });
  const c = note.currency;

  async function postNote() {
    const isSure = await ask({
      title: 'Post credit note?',
      message: `It gets the next credit note number, is posted to the ledger and takes it off what ${note.customerName} owes on invoice ${note.invoiceNumber}; any part beyond the open amount becomes customer credit. A posted credit note cannot be changed.`,
      confirmLabel: 'Post credit note',
    });
    if (!isSure) return;
    post.mutate(
      { id: note.id },
      { onSuccess: (posted) => toast(`Credit note ${posted.number ?? ''} posted`) },
    );
  }

  async function deleteNote() {
    const isSure = await ask({
      title: 'Delete this draft credit note?',
      message: 'Nothing was posted: the draft is removed for good and the invoice stays as it is.',
      confirmLabel: 'Delete draft',
      destructive: true,
    });
    if (!isSure) return;
    // Off the draft first: left open, it would be reloaded (and not found) as soon as it is gone.
    navigate(`/invoices/${note.invoiceId}`, { replace: true });
    try {
      await remove.mutateAsync({ id: note.id });
      toast('Draft credit note deleted');
    } catch (reason) {
      toast(`The draft was not deleted: ${toOrdoError(reason).message}`, 'error');
    }
  }

  // A credit of an amount takes no quantity back; goods only go back into stock when the note says so.
  const quantityText = (quantity: string) => (/[1-9]/.test(quantity) ? decimalText(quantity, locale, 4) : '');
  const columns: Column<CreditNoteLine>[] = [
    { key: 'item', header: 'Item', overflow: 'wrap', cell: (l) => l.description },
    ...(note.mode === 'amount'
      ? []
      : [
          {
            key: 'qty',
            header: 'Quantity',
            numeric: true,
            cell: (l: CreditNoteLine) => quantityText(l.quantity),
          },
        ]),
    ...(note.restock || note.lines.some((l) => /[1-9]/.test(l.restockQuantity))
      ? [
          {
            key: 'restock',
            header: 'Back into stock',
            numeric: true,
            cell: (l: CreditNoteLine) => quantityText(l.restockQuantity),
          },
        ]
      : []),
    { key: 'net', header: 'Net', numeric: true, cell: (l) => <Amount minor={l.net} currency={c} /> },
    { key: 'tax', header: 'Tax', numeric: true, cell: (l) => <Amount minor={l.tax} currency={c} /> },
  ];

  return (
    <section className="screen credit-note-view" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <a className="back-link" href={hrefOf(`/invoices/${note.invoiceId}`)}>
            ← Invoice {note.invoiceNumber}
          </a>
          <h1 id="screen-title">
            {note.number ? `Credit note ${note.number}` : 'Draft credit note'}{' '}
            {note.isPosted ? (
              <StatusChip tone="done">Posted</StatusChip>
            ) : (
              <StatusChip tone="draft">Draft</StatusChip>
            )}
          </h1>
        </div>
        <div className="screen-actions">
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          {bill && !note.isPosted ? (
            <button type="button" onClick={() => void deleteNote()} disabled={remove.isPending}>
              Delete draft
            </button>
          ) : null}
          {keepBooks && !note.isPosted ? (
            <button
              type="button"
              className="button-primary"
              onClick={() => void postNote()}
              disabled={post.isPending}
            >
              Post credit note
            </button>
          ) : null}
        </div>
      </header>
      {post.error ? (
        <div className="error-summary" role="alert">
          <p className="error-summary-title">Could not post the credit note</p>
          <p>{post.error.message}</p>
        </div>
      ) : null}
      <dl className="facts">
        <dt>Invoice</dt>
        <dd>
          <a href={hrefOf(`/invoices/${note.invoiceId}`)}>{note.invoiceNumber}</a>
        </dd>
        <dt>Customer</dt>
        <dd>
          <a href={hrefOf(`/customers/${note.customerId}`)}>{note.customerName}</a>
        </dd>
        <dt>Date</dt>
        <dd>{dateText(note.date, locale)}</dd>
        <dt>Credits</dt>
        <dd>
          {modeWords[note.mode]}
          {note.restock ? ' · goods back into stock' : ''}
        </dd>
        <dt>Reason</dt>
        <dd>{note.reason}</dd>
        {note.postedAt ? (
          <>
            <dt>Posted</dt>
            <dd>
              {dateTimeText(note.postedAt, locale)}
              {note.journalEntryId ? (
                <>
                  {' · '}
                  <a href={hrefOf(`/reports/journal/${note.journalEntryId}`)}>Ledger entry</a>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
      <DataTable caption="Credit note lines" columns={columns} rows={note.lines} rowKey={(l) => l.id} />
      <section className="doc-totals credit-note-totals" aria-label="Totals">
        <dl className="facts facts-amounts">
          <dt>Net</dt>
          <dd>
            <Amount minor={note.net} currency={c} />
          </dd>
          <dt>Tax</dt>
          <dd>
            <Amount minor={note.tax} currency={c} />
          </dd>
          <dt className="total-row">Total</dt>
          <dd className="total-row">
            <Amount minor={note.total} currency={c} />
          </dd>
          {note.isPosted ? (
            <>
              <dt>Taken off the invoice</dt>
              <dd>
                <Amount minor={note.appliedToInvoice} currency={c} />
              </dd>
              <dt>Became customer credit</dt>
              <dd>
                <Amount minor={note.toCredit} currency={c} />
              </dd>
              {note.toCredit > 0 ? (
                <>
                  <dt>Customer credit not used yet</dt>
                  <dd>
                    <Amount minor={note.unapplied} currency={c} />
                  </dd>
                </>
              ) : null}
            </>
          ) : null}
        </dl>
      </section>
    </section>
  );
}
