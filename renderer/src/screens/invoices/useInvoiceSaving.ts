// The invoice editor's calls to main: save the draft (create or update), post it, delete it. Posting saves
// pending changes first and asks once, saying what posting does; failures come back for the error summary.
import type { Invoice } from '../../../../shared/contract';
import type { OrdoError } from '../../../../shared/errors';
import { navigate } from '../../app/router';
import { useConfirm } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toasts';
import { toOrdoError } from '../../lib/api';
import { useOrdoMutation, type Area } from '../../lib/queries';
import type { InvoiceReading } from './invoiceForm';

export interface InvoiceFailure {
  error: OrdoError;
  /** The sent line index → draft line index of the call that failed. */
  draftIndexOf: number[];
  /** invoices.update nests the invoice under "invoice." in its error paths. */
  isUpdate: boolean;
  title: string;
}

interface SavingOptions {
  invoice: Invoice | null;
  reading: InvoiceReading;
  isDirty: boolean;
  setFailure: (failure: InvoiceFailure | null) => void;
  setLocalErrors: (errors: Record<string, string>) => void;
}

export interface InvoiceSaving {
  save: () => Promise<void>;
  post: () => Promise<void>;
  deleteDraft: () => Promise<void>;
  isSaving: boolean;
  isBusy: boolean;
}

/** What an invoice changes besides the invoices: the order it bills, the customer's account and credit. */
export const invoiceKnockOn: Area[] = ['orders', 'customers', 'credit', 'creditNotes'];
/** Posting also writes the ledger. */
const postingKnockOn: Area[] = [...invoiceKnockOn, 'ledger'];

const openInvoice = (id: number, replace = false) => navigate(`/invoices/${id}`, { replace });

export const postQuestion = {
  title: 'Post invoice?',
  message:
    'The invoice gets the next number of the invoice series, is posted to the ledger (what the customer owes, revenue and tax) and can no longer be edited. To correct it afterwards, create a credit note.',
  confirmLabel: 'Post invoice',
};

export function useInvoiceSaving(options: SavingOptions): InvoiceSaving {
  const { invoice, reading, isDirty, setFailure, setLocalErrors } = options;
  const toast = useToast();
  const ask = useConfirm();
  const create = useOrdoMutation('invoices.create', { alsoInvalidates: invoiceKnockOn });
  const update = useOrdoMutation('invoices.update', { alsoInvalidates: invoiceKnockOn });
  const post = useOrdoMutation('invoices.post', { alsoInvalidates: postingKnockOn });
  const remove = useOrdoMutation('invoices.deleteDraft', { alsoInvalidates: invoiceKnockOn });

  const fail = (title: string, reason: unknown, extra: Partial<InvoiceFailure> = {}) =>
    setFailure({ error: toOrdoError(reason), draftIndexOf: [], isUpdate: false, title, ...extra });

  /** Writes the form; null when it could not (the reasons are then beside the fields). */
  async function write(): Promise<Invoice | null> {
    if (!reading.input) {
      setLocalErrors({ customerId: 'Choose a customer' });
      return null;
    }
    setLocalErrors({});
    if (Object.keys(reading.problems).length > 0) return null;
    setFailure(null);
    try {
      return invoice
        ? await update.mutateAsync({ id: invoice.id, invoice: reading.input })
        : await create.mutateAsync(reading.input);
    } catch (reason) {
      fail('Could not save', reason, { draftIndexOf: reading.draftIndexOf, isUpdate: invoice !== null });
      return null;
    }
  }

  async function save() {
    const saved = await write();
    if (!saved) return;
    toast(invoice ? 'Changes saved' : 'Draft invoice saved');
    if (!invoice) openInvoice(saved.id, true);
  }

  async function postInvoice() {
    if (!(await ask(postQuestion))) return;
    const saved = invoice && !isDirty ? invoice : await write();
    if (!saved) return;
    try {
      const posted = await post.mutateAsync({ id: saved.id });
      toast(`Invoice ${posted.number ?? ''} posted`);
      if (!invoice) openInvoice(posted.id, true);
    } catch (reason) {
      if (!invoice) {
        // The draft was saved; show it, with the reason posting failed.
        toast(toOrdoError(reason).message, 'error');
        openInvoice(saved.id, true);
      } else fail('Could not post the invoice', reason);
    }
  }

  async function deleteDraft() {
    if (!invoice) return;
    const isSure = await ask({
      title: 'Delete this draft invoice?',
      message:
        'The draft has no number yet and nothing was posted: it is removed for good. What it billed from an order can be invoiced again.',
      confirmLabel: 'Delete draft',
      destructive: true,
    });
    if (!isSure) return;
    // Off the draft first: left open, it would be reloaded (and not found) as soon as it is gone.
    navigate('/invoices', { replace: true });
    try {
      await remove.mutateAsync({ id: invoice.id });
      toast('Draft invoice deleted');
    } catch (reason) {
      toast(`The draft was not deleted: ${toOrdoError(reason).message}`, 'error');
    }
  }

  return {
    save,
    post: postInvoice,
    deleteDraft,
    isSaving: create.isPending || update.isPending,
    isBusy: [create, update, post, remove].some((m) => m.isPending),
  };
}
