// Edit a number series: pattern with tokens, the next number, and whether counting restarts each year.
// Shows the last number issued and a live preview of the next one; only what changed is sent.
import { useState } from 'react';
import type { NumberSeries } from '../../../../shared/contract';
import { formatNumber, patternProblem } from '../../../../shared/numbering/pattern';
import { CheckboxField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';
import { todayIso } from '../../lib/today';

const shown = new Set(['pattern', 'nextNumber', 'resetYearly']);

/** The whole number typed, or null when it is not one (1 or more). */
function readNextNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) && Number(trimmed) >= 1 ? Number(trimmed) : null;
}

/** What the next document would be called with the pattern and number as typed. */
function previewOf(pattern: string, next: number | null): string {
  if (patternProblem(pattern) !== null || next === null) return '—';
  return formatNumber(pattern, { year: Number(todayIso().slice(0, 4)), counter: next });
}

export function NumberSeriesDialog({ series, onClose }: { series: NumberSeries; onClose: () => void }) {
  const toast = useToast();
  const [pattern, setPattern] = useState(series.pattern);
  const [nextNumber, setNextNumber] = useState(String(series.nextNumber));
  const [resetYearly, setResetYearly] = useState(series.resetYearly);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const save = useOrdoMutation('numberSeries.update', {
    onSuccess: () => {
      toast('Number series saved');
      onClose();
    },
  });
  const errors = mergeErrors(localErrors, formErrorsOf(save.error, { isShown: (path) => shown.has(path) }));
  const isIssued = series.lastIssued !== null;

  function submit() {
    const next = readNextNumber(nextNumber);
    if (next === null) {
      save.reset();
      setLocalErrors({ nextNumber: 'Enter a whole number, 1 or more' });
      return;
    }
    setLocalErrors({});
    // Only what changed is sent: an unchanged next number must not move a counter that advanced meanwhile.
    save.mutate({
      key: series.key,
      ...(pattern !== series.pattern ? { pattern } : {}),
      ...(next !== series.nextNumber ? { nextNumber: next } : {}),
      ...(resetYearly !== series.resetYearly ? { resetYearly } : {}),
    });
  }

  return (
    <FormDialog
      title={`Number series: ${series.name}`}
      submitLabel="Save number series"
      isPending={save.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <dl className="facts">
        <dt>Last issued</dt>
        <dd>{series.lastIssued ?? 'None yet in this period'}</dd>
        <dt>Next document</dt>
        <dd>
          <output aria-label="Next document">{previewOf(pattern, readNextNumber(nextNumber))}</output>
        </dd>
      </dl>
      <TextField
        label="Pattern"
        value={pattern}
        onChange={setPattern}
        error={errors.fields.pattern}
        spellCheck={false}
        data-autofocus
        hint={<TokenHelp />}
      />
      <TextField
        label="Next number"
        value={nextNumber}
        onChange={setNextNumber}
        error={errors.fields.nextNumber}
        inputMode="numeric"
        className="field-amount"
        readOnly={isIssued}
        hint={
          isIssued
            ? 'Numbers were already issued in this period, so the series continues without gaps.'
            : undefined
        }
      />
      <CheckboxField
        label="Start again at 1 every year"
        checked={resetYearly}
        onChange={setResetYearly}
        error={errors.fields.resetYearly}
      />
    </FormDialog>
  );
}

export function TokenHelp() {
  return (
    <>
      <code>{'{YYYY}'}</code> year (2026), <code>{'{YY}'}</code> short year (26), <code>{'{#####}'}</code> the
      number padded to as many digits as there are #. Example: <code>{'INV-{YYYY}-{#####}'}</code> →
      INV-2026-00042.
    </>
  );
}
