// Add or edit payment terms: net N days or end of month + N days, an optional early-payment discount, default.
import { useState } from 'react';
import type { PaymentTerms } from '../../../../shared/contract';
import { parseDecimal } from '../../../../shared/money';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { decimalInputText } from '../../lib/format';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { termsText } from './paymentTermsText';

type Kind = PaymentTerms['kind'];
const kindLabels: Record<Kind, string> = {
  net: 'Days after the invoice',
  end_of_month: 'End of month, then days',
};
const kindOptions = Object.entries(kindLabels).map(([value, label]) => ({ value, label }));
const shown = new Set(['name', 'kind', 'days', 'discountPercent', 'discountDays', 'isDefault']);

/** Whole days as typed; '' when optional means "none". */
function readDays(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

export function PaymentTermsDialog({ terms, onClose }: { terms: PaymentTerms | null; onClose: () => void }) {
  const toast = useToast();
  const { locale } = useCompanyLocale();
  const [name, setName] = useState(terms?.name ?? '');
  const [kind, setKind] = useState<Kind>(terms?.kind ?? 'net');
  const [days, setDays] = useState(terms ? String(terms.days) : '30');
  const [discountPercent, setDiscountPercent] = useState(
    terms?.discountPercent ? decimalInputText(terms.discountPercent, locale) : '',
  );
  const [discountDays, setDiscountDays] = useState(
    terms?.discountDays === null || !terms ? '' : String(terms.discountDays),
  );
  const [isDefault, setDefault] = useState(terms?.isDefault ?? false);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const onSaved = () => {
    toast('Payment terms saved');
    onClose();
  };
  const create = useOrdoMutation('paymentTerms.create', { onSuccess: onSaved });
  const update = useOrdoMutation('paymentTerms.update', { onSuccess: onSaved });
  const saving = terms ? update : create;
  const errors = mergeErrors(localErrors, formErrorsOf(saving.error, { isShown: (path) => shown.has(path) }));

  /** The terms as typed, in words; nothing while the days do not read yet. */
  function previewText(): string | null {
    const dayCount = readDays(days);
    if (typeof dayCount !== 'number') return null;
    const percent = discountPercent.trim() === '' ? null : parseDecimal(discountPercent, locale, 4);
    const discountDayCount = readDays(discountDays);
    return termsText(
      {
        kind,
        days: dayCount,
        discountPercent: percent?.ok ? percent.value : null,
        discountDays: typeof discountDayCount === 'number' ? discountDayCount : null,
      },
      locale,
    );
  }
  const preview = previewText();

  function submit() {
    const problems: Record<string, string> = {};
    const dayCount = readDays(days);
    if (dayCount === null || dayCount === 'invalid') problems.days = 'Enter the number of days, e.g. 30';
    const discountDayCount = readDays(discountDays);
    if (discountDayCount === 'invalid') problems.discountDays = 'Enter whole days, e.g. 10';
    const percent = discountPercent.trim() === '' ? null : parseDecimal(discountPercent, locale, 4);
    if (percent && !percent.ok) problems.discountPercent = percent.error;
    if (typeof dayCount !== 'number' || discountDayCount === 'invalid' || (percent && !percent.ok)) {
      saving.reset();
      setLocalErrors(problems);
      return;
    }
    setLocalErrors({});
    const input = {
      name,
      kind,
      days: dayCount,
      discountPercent: percent ? percent.value : null,
      discountDays: discountDayCount,
      isDefault,
    };
    if (terms) update.mutate({ id: terms.id, ...input });
    else create.mutate(input);
  }

  return (
    <FormDialog
      title={terms ? 'Edit payment terms' : 'Add payment terms'}
      submitLabel="Save payment terms"
      isPending={saving.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        label="Name"
        value={name}
        onChange={setName}
        error={errors.fields.name}
        hint="e.g. Net 30"
        data-autofocus
      />
      <div className="field-grid">
        <SelectField
          label="Kind"
          value={kind}
          options={kindOptions}
          onChange={(v) => setKind(v as Kind)}
          error={errors.fields.kind}
        />
        <TextField
          label="Days"
          value={days}
          onChange={setDays}
          error={errors.fields.days}
          inputMode="numeric"
          className="field-amount"
        />
        <TextField
          label="Discount (%)"
          value={discountPercent}
          onChange={setDiscountPercent}
          error={errors.fields.discountPercent}
          inputMode="decimal"
          className="field-amount"
          hint="Optional: for paying early, e.g. 2"
        />
        <TextField
          label="Discount days"
          value={discountDays}
          onChange={setDiscountDays}
          error={errors.fields.discountDays}
          inputMode="numeric"
          className="field-amount"
          hint="Pay within this many days to get the discount."
        />
      </div>
      {preview ? (
        <p className="explain" aria-live="polite">
          {preview}
        </p>
      ) : null}
      <CheckboxField
        label="Default for new customers"
        checked={isDefault}
        onChange={setDefault}
        error={errors.fields.isDefault}
      />
    </FormDialog>
  );
}
