// A dialog holding a small form (add or edit a tax rate, payment terms, an account …): Save, Cancel, errors.
import type { FormEvent, ReactNode } from 'react';
import type { FormErrors } from '../lib/formErrors';
import { Dialog } from './Dialog';
import { ErrorSummary } from './ErrorSummary';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  isPending: boolean;
  errors: FormErrors;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
  /** Extra actions on the left of the buttons, e.g. Archive. */
  extraActions?: ReactNode;
}

export function FormDialog({
  title,
  submitLabel,
  isPending,
  errors,
  onSubmit,
  onClose,
  children,
  extraActions,
}: FormDialogProps) {
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isPending) onSubmit();
  }
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        {children}
        <div className="dialog-actions">
          {extraActions}
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button-primary" disabled={isPending}>
            {isPending ? 'Saving…' : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
