import { todayIn } from '../../shared/dates';
import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { withFieldPrefix, withFieldRenamed } from '../fieldPaths';
import { createCreditNote, deleteCreditNoteDraft } from './creditNoteDraft';
import { cancelInvoice, postCreditNote } from './creditNotePost';
import { getCreditNote, listCreditNotes } from './creditNoteRead';
import { setDisputed } from './disputes';
import { assertDraft, createInvoice, deleteDraft, previewInvoice, updateInvoice } from './drafts';
import { createInvoiceFromOrder } from './fromOrder';
import { invoiceCounts, listInvoices } from './list';
import { postInvoice } from './post';
import { getInvoice } from './read';

export function invoiceHandlers(session: CompanySession): HandlerGroup<'invoices'> {
  return {
    'invoices.create': (input) => createInvoice(session.require(), input),
    'invoices.createFromOrder': ({ orderId, invoiceDate }) => {
      const ctx = session.require();
      return createInvoiceFromOrder(ctx, orderId, invoiceDate ?? todayIn(ctx.clock));
    },
    'invoices.update': ({ id, invoice }) => {
      const ctx = session.require();
      // Unknown or posted: the error belongs to `id`, outside the "invoice." prefix of the record's fields.
      assertDraft(ctx, id);
      return withFieldPrefix('invoice', () => updateInvoice(ctx, id, invoice));
    },
    'invoices.preview': (input) => previewInvoice(session.require(), input),
    'invoices.deleteDraft': ({ id }) => deleteDraft(session.require(), id),
    'invoices.post': ({ id }) => {
      const ctx = session.require();
      // The ledger reports a locked period on `date`; an invoice calls that field invoiceDate.
      return withFieldRenamed('date', 'invoiceDate', () => postInvoice(ctx, id));
    },
    'invoices.get': ({ id }) => getInvoice(session.require(), id),
    'invoices.list': (q) => listInvoices(session.require(), q),
    'invoices.counts': () => invoiceCounts(session.require()),
    'invoices.setDisputed': (input) => setDisputed(session.require(), input),
    'invoices.cancel': (input) => {
      const ctx = session.require();
      return withFieldRenamed('invoiceId', 'id', () => cancelInvoice(ctx, input));
    },
  };
}

export function creditNoteHandlers(session: CompanySession): HandlerGroup<'creditNotes'> {
  return {
    'creditNotes.createFromInvoice': (input) => createCreditNote(session.require(), input),
    'creditNotes.post': ({ id }) => postCreditNote(session.require(), id),
    'creditNotes.deleteDraft': ({ id }) => deleteCreditNoteDraft(session.require(), id),
    'creditNotes.get': ({ id }) => getCreditNote(session.require(), id),
    'creditNotes.list': (q) => listCreditNotes(session.require(), q),
  };
}
