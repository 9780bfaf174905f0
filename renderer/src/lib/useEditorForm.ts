// The state every record editor shares: the form as typed, what changed, reading it into contract input,
// and errors beside fields — from that reading first, else from main's answer — with focus on the first one.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { OrdoError } from '../../../shared/errors';
import { focusFirstInvalid, formErrorsOf, mergeErrors, type FormErrors } from './formErrors';

/** Reading a form: the input to send, or problems by field path that stop it from being sent. */
export type Conversion<I> = { ok: true; input: I } | { ok: false; fields: Record<string, string> };

interface EditorFormOptions<F, I> {
  initial: F;
  toInput: (form: F) => Conversion<I>;
  send: (input: I) => void;
  /** The mutation that sends: its error is shown, and cleared when the form itself finds a problem. */
  sending: { error: OrdoError | null; reset: () => void };
  errorPaths: Parameters<typeof formErrorsOf>[1];
}

interface EditorForm<F> {
  form: F;
  set: <K extends keyof F>(key: K, value: F[K]) => void;
  isDirty: boolean;
  errors: FormErrors;
  submit: () => void;
  containerRef: RefObject<HTMLDivElement | null>;
}

export function useEditorForm<F extends object, I>(options: EditorFormOptions<F, I>): EditorForm<F> {
  const { initial, toInput, send, sending, errorPaths } = options;
  const [form, setForm] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => focusFirstInvalid(containerRef.current), [sending.error, localErrors]);

  function submit() {
    const conversion = toInput(form);
    if (!conversion.ok) {
      sending.reset();
      setLocalErrors(conversion.fields);
      return;
    }
    setLocalErrors({});
    send(conversion.input);
  }

  return {
    form,
    set: (key, value) => setForm((previous) => ({ ...previous, [key]: value })),
    isDirty: JSON.stringify(form) !== JSON.stringify(initial),
    errors: mergeErrors(localErrors, formErrorsOf(sending.error, errorPaths)),
    submit,
    containerRef,
  };
}
