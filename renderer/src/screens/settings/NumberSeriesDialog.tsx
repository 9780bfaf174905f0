// Edit a number series: pattern with tokens, the next number, and whether counting restarts each year.
import { useState } from 'react';
import type { NumberSeries } from '../../../../shared/contract';
import { CheckboxField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';

const shown = new Set(['pattern', 'nextNumber', 'resetYearly']);

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

  function submit() {
    if (!/^\d{1,9}$/.test(nextNumber.trim()) || Number(nextNumber) < 1) {
      save.reset();
      setLocalErrors({ nextNumber: 'Enter a whole number, 1 or more' });
      return;
    }
    setLocalErrors({});
    const next = Number(nextNumber.trim());
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
      title={`Edit ${series.name}`}
      submitLabel="Save number series"
      isPending={save.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
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
