// "Create a company": name, base currency, locale and the owner's name → company.create.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CompanyInfo } from '../../../../shared/contract';
import { CurrencyField } from '../../components/CurrencyField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Field';
import { currencyOfLocale, defaultLocale, localeOptions } from '../../lib/choices';
import { focusFirstInvalid, formErrorsOf } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';

const shownFields = new Set(['name', 'baseCurrency', 'locale', 'ownerName']);

interface CreateCompanyFormProps {
  suggestedPath: string | null;
  autoFocus: boolean;
  onCreated: (company: CompanyInfo) => void;
}

export function CreateCompanyForm({ suggestedPath, autoFocus, onCreated }: CreateCompanyFormProps) {
  const initialLocale = defaultLocale();
  const [name, setName] = useState('');
  const [locale, setLocale] = useState(initialLocale);
  const [currency, setCurrency] = useState(currencyOfLocale[initialLocale] ?? 'EUR');
  const [isCurrencyTouched, setCurrencyTouched] = useState(false);
  const [ownerName, setOwnerName] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const create = useOrdoMutation('company.create', { onSuccess: onCreated });
  const errors = formErrorsOf(create.error, { isShown: (path) => shownFields.has(path) });

  useEffect(() => {
    if (autoFocus) nameInput.current?.focus();
  }, [autoFocus]);

  useEffect(() => focusFirstInvalid(form.current), [create.error]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const owner = ownerName.trim();
    create.mutate({
      name,
      baseCurrency: currency,
      locale,
      ...(owner ? { ownerName: owner } : {}),
      ...(suggestedPath ? { path: suggestedPath } : {}),
    });
  }

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate aria-labelledby="create-company-title">
      <h2 id="create-company-title">Create a company</h2>
      <ErrorSummary errors={errors} title="Could not create the company" />
      <TextField
        label="Company name"
        value={name}
        onChange={setName}
        error={errors.fields.name}
        inputRef={nameInput}
        required
      />
      <SelectField
        label="Language and number format"
        value={locale}
        options={localeOptions}
        error={errors.fields.locale}
        onChange={(next) => {
          setLocale(next);
          if (!isCurrencyTouched) setCurrency(currencyOfLocale[next] ?? currency);
        }}
      />
      <CurrencyField
        label="Base currency"
        value={currency}
        onChange={(next) => {
          setCurrency(next);
          setCurrencyTouched(true);
        }}
        error={errors.fields.baseCurrency}
        hint="Your books and reports are kept in this currency."
      />
      <TextField
        label="Your name"
        value={ownerName}
        onChange={setOwnerName}
        error={errors.fields.ownerName}
        hint="Shown in the audit trail next to what you change."
        autoComplete="name"
      />
      {suggestedPath ? <p className="muted">The company file will be saved as {suggestedPath}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create company'}
        </button>
      </div>
    </form>
  );
}
