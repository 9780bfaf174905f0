// #/settings/receivables — how payments settle invoices: the small underpayments that may be written off, the tax
// on early-payment discounts, and cash rounding per currency. Links to the rates and accounts payments use.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ReceivablesSettings as Settings } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, TextField } from '../../components/Field';
import { Loading, QueryError } from '../../components/QueryError';
import { useToast } from '../../components/Toasts';
import { focusFirstInvalid, formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';
import { useMay } from '../../lib/useActingUser';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { CashRoundingRows } from './CashRoundingRows';
import {
  formOfReceivables,
  isReceivablesField,
  readReceivablesForm,
  receivablesFieldOf,
  type ReceivablesForm,
} from './receivablesForm';
import './receivables.css';

export function ReceivablesSettings() {
  const { locale, isReady } = useCompanyLocale();
  const settings = useOrdoQuery('settings.receivables', {});
  if (settings.error) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data || !isReady) return <Loading />;
  // A fresh form after every save, showing what main now holds.
  return <ReceivablesFormView key={JSON.stringify(settings.data)} settings={settings.data} locale={locale} />;
}

function ReceivablesFormView({ settings, locale }: { settings: Settings; locale: string }) {
  const toast = useToast();
  const [form, setForm] = useState<ReceivablesForm>(() => formOfReceivables(settings, locale));
  const set = <K extends keyof ReceivablesForm>(key: K, value: ReceivablesForm[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [sentRows, setSentRows] = useState<number[]>([]);
  const save = useOrdoMutation('settings.updateReceivables', {
    // Write-off room and discounts in payment proposals follow these settings.
    alsoInvalidates: ['payments'],
    onSuccess: () => toast('Receivables settings saved'),
  });
  const errors = mergeErrors(
    localErrors,
    formErrorsOf(save.error, {
      isShown: isReceivablesField,
      normalize: (path) => receivablesFieldOf(path, sentRows),
    }),
  );
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => focusFirstInvalid(formRef.current), [save.error, localErrors]);
  // Main lets only the books change these; everyone else reads them.
  const mayEdit = useMay('keepBooks');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!mayEdit) return;
    const { conversion, rowIndexOf } = readReceivablesForm(form, locale);
    if (!conversion.ok) {
      save.reset();
      setLocalErrors(conversion.fields);
      return;
    }
    setLocalErrors({});
    setSentRows(rowIndexOf);
    save.mutate(conversion.input);
  }

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">Receivables</h1>
        {mayEdit ? (
          <button type="submit" form="receivables-form" className="button-primary" disabled={save.isPending}>
            Save settings
          </button>
        ) : null}
      </header>
      {mayEdit ? null : <p className="muted">Only the owner or a bookkeeper can change these settings.</p>}
      <ErrorSummary errors={errors} />
      <form id="receivables-form" ref={formRef} className="form editor-form" onSubmit={submit} noValidate>
        <fieldset className="section" disabled={!mayEdit}>
          <legend>Small underpayments</legend>
          <p className="muted">
            When a customer pays a little less than an invoice, the rest can be written off in the same step,
            up to these limits. Set both to 0 to never write off.
          </p>
          <div className="field-grid">
            <TextField
              label="Write-off tolerance amount"
              value={form.writeOffToleranceAmount}
              onChange={(value) => set('writeOffToleranceAmount', value)}
              error={errors.fields.writeOffToleranceAmount}
              hint="In each invoice’s own currency, e.g. 5.00"
              inputMode="decimal"
              className="field-amount"
            />
            <TextField
              label="Write-off tolerance %"
              value={form.writeOffTolerancePercent}
              onChange={(value) => set('writeOffTolerancePercent', value)}
              error={errors.fields.writeOffTolerancePercent}
              hint="Of the invoice total, e.g. 0.5"
              inputMode="decimal"
              className="field-amount"
            />
          </div>
        </fieldset>
        <fieldset className="section" disabled={!mayEdit}>
          <legend>Early-payment discounts</legend>
          <CheckboxField
            label="Correct tax on early-payment discounts"
            checked={form.discountTaxCorrection}
            onChange={(value) => set('discountTaxCorrection', value)}
            error={errors.fields.discountTaxCorrection}
            hint="The tax share of a discount taken is booked back against the tax accounts, as VAT rules usually require."
          />
        </fieldset>
        <fieldset className="section" disabled={!mayEdit}>
          <legend>Cash rounding</legend>
          <p className="muted">
            Cash payments in these currencies are rounded to the step, e.g. CHF to 0.05.
          </p>
          <CashRoundingRows
            rows={form.cashRounding}
            onChange={(rows) => set('cashRounding', rows)}
            errors={errors.fields}
            readOnly={!mayEdit}
          />
        </fieldset>
      </form>
      <section className="section" aria-labelledby="receivables-related">
        <h2 id="receivables-related" className="section-heading">
          Rates and accounts
        </h2>
        <p>
          Payments in another currency use the company’s{' '}
          <a href={hrefOf('/settings/exchange-rates')}>exchange rates</a> on their date, unless a rate is
          typed with the payment.
        </p>
        <p>
          Each posting uses the account set for its role in the{' '}
          <a href={hrefOf('/settings/accounts')}>chart of accounts</a>: bank and cash, receivables, customer
          credit, sales discounts, write-offs and exchange gains and losses.
        </p>
      </section>
    </section>
  );
}
