// A dialog holding a small form (add or edit a tax rate, payment terms, an account …): Save, Cancel, errors.
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { focusFirstInvalid, type FormErrors } from '../lib/formErrors';
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
  /** The button that closes without doing anything, when "Cancel" would be ambiguous ("Keep order"). */
  closeLabel?: string;
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
  closeLabel = 'Cancel',
}: FormDialogProps) {
  const form = useRef<HTMLFormElement>(null);
  // New errors (not every render): focus lands on the first field to fix, as in the editors.
  const errorKey = JSON.stringify(errors);
  useEffect(() => focusFirstInvalid(form.current), [errorKey]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isPending) onSubmit();
  }
  return (
    <Dialog title={title} onClose={onClose}>
      <form ref={form} className="form" onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        {children}
        <div className="dialog-actions">
          {extraActions}
          <button type="button" onClick={onClose}>
            {closeLabel}
          </button>
          <button type="submit" className="button-primary" disabled={isPending}>
            {isPending ? 'Saving…' : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
