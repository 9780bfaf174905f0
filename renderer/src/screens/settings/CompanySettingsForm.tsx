// #/settings/company — name, address, contact, region and rounding, bank details, logo.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CompanySettings } from '../../../../shared/contract';
import { CurrencyField } from '../../components/CurrencyField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/QueryError';
import { useToast } from '../../components/Toasts';
import { localeOptions, withCurrent } from '../../lib/choices';
import { focusFirstInvalid, formErrorsOf } from '../../lib/formErrors';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';
import {
  changedSettings,
  formOfSettings,
  roundingHints,
  roundingLabels,
  settingsFieldNames,
  taxRoundingHints,
  taxRoundingLabels,
  type RoundingMode,
  type SettingsForm,
  type TaxRounding,
} from './companySettingsFields';
import { LogoSettings } from './LogoSettings';

const optionsOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export function CompanySettingsForm() {
  const settings = useOrdoQuery('settings.get', {});
  if (settings.error) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return <Loading />;
  // A fresh form after every save, so "what changed" is measured against what main now holds.
  return <SettingsFormView key={settings.data.updatedAt} settings={settings.data} />;
}

function SettingsFormView({ settings }: { settings: CompanySettings }) {
  const toast = useToast();
  const initial = formOfSettings(settings);
  const [form, setForm] = useState(initial);
  const save = useOrdoMutation('settings.update', {
    alsoInvalidates: ['company'],
    onSuccess: () => toast('Settings saved'),
  });
  const errors = formErrorsOf(save.error, { isShown: (path) => settingsFieldNames.has(path) });
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => focusFirstInvalid(formRef.current), [save.error]);

  const text = (
    key: keyof SettingsForm,
    label: string,
    extra: { hint?: string; className?: string; type?: string } = {},
  ) => (
    <TextField
      label={label}
      value={String(form[key])}
      onChange={(value) => setForm((previous) => ({ ...previous, [key]: value }))}
      error={errors.fields[key]}
      {...extra}
    />
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const changes = changedSettings(initial, form);
    if (Object.keys(changes).length === 0) toast('Nothing has changed', 'info');
    else save.mutate(changes);
  }

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">Company</h1>
        <button type="submit" form="settings-form" className="button-primary" disabled={save.isPending}>
          Save settings
        </button>
      </header>
      <ErrorSummary errors={errors} />
      <form id="settings-form" ref={formRef} className="form editor-form" onSubmit={submit} noValidate>
        <fieldset className="section">
          <legend>Company</legend>
          <div className="field-grid">
            {text('name', 'Company name', { className: 'span-2' })}
            {text('taxId', 'Tax id', { hint: 'VAT or sales tax number, printed on invoices' })}
            {text('email', 'E-mail', { type: 'email' })}
            {text('phone', 'Phone', { type: 'tel' })}
            {text('website', 'Website')}
          </div>
        </fieldset>
        <fieldset className="section">
          <legend>Address</legend>
          <div className="field-grid">
            {text('addressLine1', 'Address line 1', { className: 'span-2' })}
            {text('addressLine2', 'Address line 2', { className: 'span-2' })}
            {text('postalCode', 'Postal code')}
            {text('city', 'City')}
            {text('region', 'Region')}
            {text('country', 'Country (2 letters)', { className: 'field-code' })}
          </div>
        </fieldset>
        <fieldset className="section">
          <legend>Numbers and rounding</legend>
          <div className="field-grid">
            <SelectField
              label="Language and number format"
              value={form.locale}
              options={withCurrent(localeOptions, form.locale)}
              onChange={(locale) => setForm((previous) => ({ ...previous, locale }))}
              error={errors.fields.locale}
            />
            <CurrencyField
              label="Base currency"
              value={form.baseCurrency}
              onChange={(baseCurrency) => setForm((previous) => ({ ...previous, baseCurrency }))}
              error={errors.fields.baseCurrency}
            />
            <SelectField
              label="Rounding"
              value={form.roundingMode}
              options={optionsOf(roundingLabels)}
              onChange={(value) =>
                setForm((previous) => ({ ...previous, roundingMode: value as RoundingMode }))
              }
              error={errors.fields.roundingMode}
              hint={roundingHints[form.roundingMode]}
            />
            <SelectField
              label="Tax rounding"
              value={form.taxRounding}
              options={optionsOf(taxRoundingLabels)}
              onChange={(value) =>
                setForm((previous) => ({ ...previous, taxRounding: value as TaxRounding }))
              }
              error={errors.fields.taxRounding}
              hint={taxRoundingHints[form.taxRounding]}
            />
          </div>
        </fieldset>
        <fieldset className="section">
          <legend>Bank details</legend>
          <p className="muted">Printed on invoices so customers know where to pay.</p>
          <div className="field-grid">
            {text('bankName', 'Bank name')}
            {text('bankAccountHolder', 'Account holder')}
            {text('bankIban', 'IBAN')}
            {text('bankBic', 'BIC')}
          </div>
        </fieldset>
      </form>
      <LogoSettings hasLogo={settings.hasLogo} />
    </section>
  );
}
