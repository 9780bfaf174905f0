// The "General" section of the customer editor: identity, currency, credit, terms, language, segment, tags.
import { useId } from 'react';
import type { PaymentTerms } from '../../../../shared/contract';
import { CurrencyField } from '../../components/CurrencyField';
import { CheckboxField, SelectField, TextField, type Option } from '../../components/Field';
import { withCurrent } from '../../lib/choices';
import { useOrdoQuery } from '../../lib/queries';
import type { CustomerForm, DocumentLanguage } from './customerForm';
import { TagsField } from './TagsField';

const languageLabels: Record<DocumentLanguage, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
  pt: 'Portuguese',
  pl: 'Polish',
  sv: 'Swedish',
  da: 'Danish',
  ja: 'Japanese',
};
const languageOptions: Option[] = Object.entries(languageLabels).map(([value, label]) => ({ value, label }));

/** "Net 30 — Due in 30 days", without repeating a description that only restates the name. */
function termsLabel(terms: PaymentTerms): string {
  return terms.description && terms.description !== terms.name
    ? `${terms.name} — ${terms.description}`
    : terms.name;
}

interface SectionProps {
  form: CustomerForm;
  set: <K extends keyof CustomerForm>(key: K, value: CustomerForm[K]) => void;
  errors: Record<string, string>;
}

export function CustomerGeneralFields({ form, set, errors }: SectionProps) {
  const segmentListId = useId();
  const terms = useOrdoQuery('paymentTerms.list', { includeArchived: true });
  const segments = useOrdoQuery('customers.segments', {});

  const termOptions = withCurrent(
    [
      { value: '', label: 'Company default' },
      ...(terms.data ?? [])
        .filter((t) => !t.archived || String(t.id) === form.paymentTermsId)
        .map((t) => ({
          value: String(t.id),
          label: termsLabel(t),
        })),
    ],
    form.paymentTermsId,
  );

  return (
    <div className="field-grid">
      <TextField
        label="Name"
        value={form.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
        className="span-2"
        required
      />
      <TextField
        label="E-mail"
        type="email"
        value={form.email}
        onChange={(v) => set('email', v)}
        error={errors.email}
      />
      <TextField
        label="Phone"
        type="tel"
        value={form.phone}
        onChange={(v) => set('phone', v)}
        error={errors.phone}
      />
      <TextField
        label="Website"
        value={form.website}
        onChange={(v) => set('website', v)}
        error={errors.website}
      />
      <TextField
        label="Tax id"
        value={form.taxId}
        onChange={(v) => set('taxId', v)}
        error={errors.taxId}
        hint="VAT or sales tax number"
      />
      <CurrencyField
        label="Currency"
        value={form.currency}
        onChange={(v) => set('currency', v)}
        error={errors.currency}
      />
      <TextField
        label="Credit limit"
        value={form.creditLimit}
        onChange={(v) => set('creditLimit', v)}
        error={errors.creditLimit}
        hint={`In ${form.currency || 'the customer’s currency'}. Leave empty for no limit.`}
        inputMode="decimal"
        className="field-amount"
      />
      <TextField
        label="Overdue tolerance (days)"
        value={form.overdueToleranceDays}
        onChange={(v) => set('overdueToleranceDays', v)}
        error={errors.overdueToleranceDays}
        hint="New orders go on hold while an invoice is overdue by more days than this."
        inputMode="numeric"
        className="field-amount"
      />
      <CheckboxField
        label="Credit stop"
        checked={form.creditStop}
        onChange={(v) => set('creditStop', v)}
        error={errors.creditStop}
        hint="Every new order of this customer goes on hold until someone approves it."
      />
      <SelectField
        label="Payment terms"
        value={form.paymentTermsId}
        options={termOptions}
        onChange={(v) => set('paymentTermsId', v)}
        error={errors.paymentTermsId}
      />
      <SelectField
        label="Document language"
        value={form.language}
        options={languageOptions}
        onChange={(v) => set('language', v as DocumentLanguage)}
        error={errors.language}
        hint="Invoices and reminders are written in this language."
      />
      <TextField
        label="Segment"
        value={form.segment}
        onChange={(v) => set('segment', v)}
        error={errors.segment}
        list={segmentListId}
      />
      <datalist id={segmentListId}>
        {segments.data?.map((segment) => (
          <option key={segment} value={segment} />
        ))}
      </datalist>
      <TagsField
        tags={form.tags}
        draft={form.tagDraft}
        onChange={({ tags, draft }) => {
          set('tags', tags);
          set('tagDraft', draft);
        }}
        error={errors.tags}
      />
    </div>
  );
}
