// The frame of every record editor: title, back, Save and Archive in one place, the error summary, the form.
import { useRef, type FormEvent, type ReactNode } from 'react';
import { navigate } from '../app/router';
import { useEditorKeys } from '../lib/useEditorKeys';
import type { FormErrors } from '../lib/formErrors';
import { useConfirm } from './ConfirmDialog';
import { ErrorSummary } from './ErrorSummary';
import { ArchivedChip } from './StatusChip';

interface EditorFrameProps {
  title: string;
  noun: string;
  backPath: string;
  backLabel: string;
  /** null: nothing to save here (a read-only record); Ctrl+S does nothing. */
  saveLabel: string | null;
  isSaving: boolean;
  isDirty: boolean;
  errors: FormErrors;
  onSave: () => void;
  /** Keeps the save button disabled, e.g. until a journal entry balances; `saveBlocker` says why. */
  canSave?: boolean;
  saveBlocker?: string | null;
  /** For saved records: the current state and the action that flips it. */
  archive?: { archived: boolean; onToggle: () => void } | undefined;
  /** Beside the title, e.g. a status chip. */
  titleAddon?: ReactNode;
  /** More actions of the record, before Save (Confirm, Duplicate …): all actions stay in one place. */
  extraActions?: ReactNode;
  /** The error summary's heading, when more than saving can fail here. */
  errorTitle?: string;
  children: ReactNode;
}

export function EditorFrame(props: EditorFrameProps) {
  const { noun, backPath, isDirty, onSave, archive } = props;
  const confirm = useConfirm();
  const form = useRef<HTMLFormElement>(null);

  async function leave() {
    if (isDirty) {
      const isSure = await confirm({
        title: 'Discard changes?',
        message: `Your changes to this ${noun} have not been saved and will be lost.`,
        confirmLabel: 'Discard changes',
        destructive: true,
      });
      if (!isSure) return;
    }
    navigate(backPath);
  }

  useEditorKeys({ onSave: () => form.current?.requestSubmit(), onBack: () => void leave() });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!props.isSaving && props.canSave !== false && props.saveLabel !== null) onSave();
  }

  return (
    <section className="screen editor" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <button type="button" className="link-button back-link" onClick={() => void leave()}>
            ← {props.backLabel}
          </button>
          <h1 id="screen-title">
            {props.title} {archive?.archived ? <ArchivedChip archived /> : null}
            {props.titleAddon}
          </h1>
        </div>
        <div className="screen-actions">
          {archive ? (
            <button type="button" onClick={archive.onToggle}>
              {archive.archived ? 'Restore' : 'Archive'}
            </button>
          ) : null}
          {props.extraActions}
          {props.saveLabel !== null ? (
            <button
              type="submit"
              form="editor-form"
              className="button-primary"
              disabled={props.isSaving || props.canSave === false}
              aria-keyshortcuts="Control+S Meta+S"
              aria-describedby={props.saveBlocker ? 'save-blocker' : undefined}
            >
              {props.isSaving ? 'Saving…' : props.saveLabel}
            </button>
          ) : null}
        </div>
      </header>
      {props.saveBlocker ? (
        <p id="save-blocker" className="muted save-blocker">
          {props.saveBlocker}
        </p>
      ) : null}
      <ErrorSummary errors={props.errors} title={props.errorTitle} />
      <form id="editor-form" ref={form} className="form editor-form" onSubmit={submit} noValidate>
        {props.children}
      </form>
    </section>
  );
}
