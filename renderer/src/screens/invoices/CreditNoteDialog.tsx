// "Create credit note": what to credit (everything, chosen lines, an amount), why and when. Main makes a draft
// with its amounts; the dialog then shows them and offers to post it, saying exactly what posting does.
import { useState } from 'react';
import type { CreditNote, Invoice } from '../../../../shared/contract';
import { navigate } from '../../app/router';
import { Amount } from '../../components/Amount';
import { Dialog } from '../../components/Dialog';
import { CheckboxField, TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { RadioGroup } from '../../components/RadioGroup';
import { useToast } from '../../components/Toasts';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import {
  creditNoteFieldOf,
  emptyCreditNoteForm,
  isCreditNoteFieldShown,
  readCreditNoteForm,
  type CreditNoteForm,
  type CreditNoteMode,
} from './creditNoteForm';
import { CreditLinesPicker } from './CreditLinesPicker';
import { invoiceKnockOn } from './useInvoiceSaving';

const modeOptions = [
  { value: 'all', label: 'The whole invoice' },
  { value: 'lines', label: 'Chosen lines' },
  { value: 'amount', label: 'An amount' },
];

interface CreditNoteDialogProps {
  invoice: Invoice;
  locale: string;
  /** Posting is the bookkeeper's: others create the draft and leave it for them. */
  mayPost: boolean;
  onClose: () => void;
}

export function CreditNoteDialog({ invoice, locale, mayPost, onClose }: CreditNoteDialogProps) {
  const [form, setForm] = useState<CreditNoteForm>(() => emptyCreditNoteForm(invoice, todayIso(), locale));
  const set = <K extends keyof CreditNoteForm>(key: K, value: CreditNoteForm[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  const [isChecked, setChecked] = useState(false);
  const [draft, setDraft] = useState<CreditNote | null>(null);
  const create = useOrdoMutation('creditNotes.createFromInvoice', {
    alsoInvalidates: ['invoices', ...invoiceKnockOn],
    onSuccess: setDraft,
  });
  const reading = readCreditNoteForm(form, invoice, locale);
  const remote = formErrorsOf(create.error, {
    isShown: isCreditNoteFieldShown,
    normalize: (path) => creditNoteFieldOf(path, reading.lineIdOf),
  });
  // Numbers that do not read show once the user tried to create the note.
  const errors = mergeErrors(isChecked ? reading.problems : {}, remote);

  if (draft)
    return <PostCreditNoteStep invoice={invoice} draft={draft} mayPost={mayPost} onClose={onClose} />;

  function submit() {
    setChecked(true);
    if (Object.keys(reading.problems).length > 0) return;
    create.mutate(reading.input);
  }

  return (
    <FormDialog
      title={`Create credit note for invoice ${invoice.number ?? ''}`.trim()}
      submitLabel="Create credit note"
      isPending={create.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <RadioGroup
        legend="Credit"
        options={modeOptions}
        value={form.mode}
        onChange={(mode) => set('mode', mode as CreditNoteMode)}
      />
      {form.mode === 'all' ? (
        <CheckboxField
          label="Put the goods back into stock"
          checked={form.restock}
          onChange={(v) => set('restock', v)}
          hint="For goods that came back. Leave it off for a price correction."
        />
      ) : null}
      {form.mode === 'lines' ? (
        <CreditLinesPicker
          invoice={invoice}
          rows={form.lines}
          onChange={(lines) => set('lines', lines)}
          errors={errors.fields}
          locale={locale}
        />
      ) : null}
      {form.mode === 'amount' ? (
        <TextField
          label={`Amount to credit, tax included (${invoice.currency})`}
          inputMode="decimal"
          value={form.amount}
          onChange={(v) => set('amount', v)}
          error={errors.fields.amount}
          hint="Split over the invoice’s net and tax in proportion."
        />
      ) : null}
      <TextField
        label="Credit note date"
        type="date"
        value={form.date}
        onChange={(v) => set('date', v)}
        error={errors.fields.date}
        required
      />
      <TextAreaField
        label="Reason"
        value={form.reason}
        onChange={(v) => set('reason', v)}
        error={errors.fields.reason}
        hint="Printed on the credit note."
        rows={2}
      />
    </FormDialog>
  );
}

const isRestocking = (note: CreditNote) =>
  note.restock || note.lines.some((line) => /[1-9]/.test(line.restockQuantity));

interface PostStepProps {
  invoice: Invoice;
  draft: CreditNote;
  mayPost: boolean;
  onClose: () => void;
}

/** The draft's amounts from main, and the one question before posting it. */
function PostCreditNoteStep({ invoice, draft, mayPost, onClose }: PostStepProps) {
  const toast = useToast();
  const post = useOrdoMutation('creditNotes.post', {
    alsoInvalidates: ['invoices', 'ledger', 'stock', ...invoiceKnockOn],
    onSuccess: (posted) => {
      toast(`Credit note ${posted.number ?? ''} posted`);
      onClose();
    },
  });
  function keepDraft() {
    toast('Draft credit note saved');
    onClose();
    navigate(`/credit-notes/${draft.id}`);
  }
  return (
    <Dialog
      title={mayPost ? 'Post credit note?' : 'Credit note drafted'}
      onClose={keepDraft}
      actions={
        <>
          <button type="button" onClick={keepDraft} data-autofocus={mayPost ? undefined : true}>
            {mayPost ? 'Keep as draft' : 'Open the draft'}
          </button>
          {mayPost ? (
            <button
              type="button"
              className="button-primary"
              data-autofocus
              disabled={post.isPending}
              onClick={() => post.mutate({ id: draft.id })}
            >
              Post credit note
            </button>
          ) : null}
        </>
      }
    >
      <p>
        A draft credit note of <Amount minor={draft.total} currency={draft.currency} /> (net{' '}
        <Amount minor={draft.net} currency={draft.currency} />, tax{' '}
        <Amount minor={draft.tax} currency={draft.currency} />) was created for invoice {invoice.number}.
      </p>
      {mayPost ? (
        <p>
          Posting gives it the next credit note number, posts it to the ledger and takes it off what{' '}
          {invoice.customerName} owes on this invoice; any part beyond the open amount becomes customer
          credit.
          {isRestocking(draft) ? ' The goods marked to come back go into stock.' : ''} A posted credit note
          cannot be changed.
        </p>
      ) : (
        <p>A bookkeeper or the owner posts it; until then it changes nothing the customer owes.</p>
      )}
      {post.error ? (
        <p className="field-error" role="alert">
          {post.error.message}
        </p>
      ) : null}
    </Dialog>
  );
}
