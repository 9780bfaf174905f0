// Add or edit a tax rate: name, rate in percent (typed in the company locale), category.
import { useState } from 'react';
import type { TaxRate } from '../../../../shared/contract';
import { parseDecimal } from '../../../../shared/money';
import { SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { decimalInputText } from '../../lib/format';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';

type Category = TaxRate['category'];

export const categoryLabels: Record<Category, string> = {
  standard: 'Standard',
  reduced: 'Reduced',
  zero: 'Zero rate',
  exempt: 'Exempt',
  reverse_charge: 'Reverse charge',
};
const categoryOptions = Object.entries(categoryLabels).map(([value, label]) => ({ value, label }));
const shown = new Set(['name', 'ratePercent', 'category']);

export function TaxRateDialog({ rate, onClose }: { rate: TaxRate | null; onClose: () => void }) {
  const toast = useToast();
  const { locale } = useCompanyLocale();
  const [name, setName] = useState(rate?.name ?? '');
  const [percent, setPercent] = useState(rate ? decimalInputText(rate.ratePercent, locale) : '');
  const [category, setCategory] = useState<Category>(rate?.category ?? 'standard');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const onSaved = () => {
    toast('Tax rate saved');
    onClose();
  };
  // Products show the name of their tax rate.
  const create = useOrdoMutation('taxRates.create', { alsoInvalidates: ['products'], onSuccess: onSaved });
  const update = useOrdoMutation('taxRates.update', { alsoInvalidates: ['products'], onSuccess: onSaved });
  const saving = rate ? update : create;
  const errors = mergeErrors(localErrors, formErrorsOf(saving.error, { isShown: (path) => shown.has(path) }));

  function submit() {
    const parsed = parseDecimal(percent, locale, 4);
    if (!parsed.ok) {
      saving.reset();
      setLocalErrors({ ratePercent: parsed.error });
      return;
    }
    setLocalErrors({});
    const input = { name, ratePercent: parsed.value, category };
    if (rate) update.mutate({ id: rate.id, ...input });
    else create.mutate(input);
  }

  return (
    <FormDialog
      title={rate ? 'Edit tax rate' : 'Add tax rate'}
      submitLabel="Save tax rate"
      isPending={saving.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField label="Name" value={name} onChange={setName} error={errors.fields.name} data-autofocus />
      <TextField
        label="Rate (%)"
        value={percent}
        onChange={setPercent}
        error={errors.fields.ratePercent}
        inputMode="decimal"
        className="field-amount"
        hint="For example 19 or 7.5"
      />
      <SelectField
        label="Category"
        value={category}
        options={categoryOptions}
        onChange={(value) => setCategory(value as Category)}
        error={errors.fields.category}
      />
    </FormDialog>
  );
}
