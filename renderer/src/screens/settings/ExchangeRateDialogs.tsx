// Add one exchange rate, or import many from a CSV file (date, currency, rate) — all lines or none.
import { useState } from 'react';
import { parseDecimal } from '../../../../shared/money';
import { TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { formErrorsOf, mergeErrors } from '../../lib/formErrors';
import { useOrdoMutation } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { useCompanyLocale } from '../../lib/useCompanyLocale';

const rateFields = new Set(['currency', 'date', 'rate']);

export function ExchangeRateDialog({ baseCurrency, onClose }: { baseCurrency: string; onClose: () => void }) {
  const toast = useToast();
  const { locale } = useCompanyLocale();
  const [currency, setCurrency] = useState('');
  const [date, setDate] = useState(todayIso());
  const [rate, setRate] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const save = useOrdoMutation('exchangeRates.set', {
    onSuccess: (saved) => {
      toast(`${saved.currency} rate saved`);
      onClose();
    },
  });
  const errors = mergeErrors(
    localErrors,
    formErrorsOf(save.error, { isShown: (path) => rateFields.has(path) }),
  );

  function submit() {
    const parsed = parseDecimal(rate, locale, 10);
    if (!parsed.ok) {
      save.reset();
      setLocalErrors({ rate: parsed.error });
      return;
    }
    setLocalErrors({});
    save.mutate({ currency, date, rate: parsed.value });
  }

  return (
    <FormDialog
      title="Add exchange rate"
      submitLabel="Save rate"
      isPending={save.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        label="Currency"
        value={currency}
        onChange={(v) => setCurrency(v.toUpperCase())}
        error={errors.fields.currency}
        hint="An ISO code like USD or GBP"
        maxLength={3}
        data-autofocus
      />
      <TextField label="Valid from" type="date" value={date} onChange={setDate} error={errors.fields.date} />
      <TextField
        label={`Rate (${baseCurrency} per unit)`}
        value={rate}
        onChange={setRate}
        error={errors.fields.rate}
        inputMode="decimal"
        className="field-amount"
        hint="For example 0.9234"
      />
    </FormDialog>
  );
}

export function ImportRatesDialog({ onClose }: { onClose: () => void }) {
  const toast = useToast();
  const [csv, setCsv] = useState('');
  const save = useOrdoMutation('exchangeRates.import', {
    onSuccess: (result) => {
      toast(`${result.imported} rates imported, ${result.replaced} replaced`);
      onClose();
    },
  });
  const errors = formErrorsOf(save.error, { isShown: (path) => path === 'csv' });
  const lines = (save.error?.details.lines as { line: number; message: string }[] | undefined) ?? [];

  async function readFile(file: File | undefined) {
    if (file) setCsv(await file.text());
  }

  return (
    <FormDialog
      title="Import exchange rates"
      submitLabel="Import rates"
      isPending={save.isPending}
      errors={errors}
      onSubmit={() => save.mutate({ csv })}
      onClose={onClose}
    >
      <label className="field">
        <span className="field-label">CSV file</span>
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
      </label>
      <TextAreaField
        label="Rates (date, currency, rate — one per line)"
        value={csv}
        onChange={setCsv}
        error={
          lines.length > 1 ? `${lines.length} lines need fixing; nothing was imported` : errors.fields.csv
        }
        hint="For example 2026-03-01,USD,0.9234. A header line is fine; comma or semicolon."
        rows={8}
      />
      {lines.length > 1 ? (
        <ul className="field-error-list" aria-label="Lines to fix">
          {lines.map((l) => (
            <li key={l.line}>
              Line {l.line}: {l.message}
            </li>
          ))}
        </ul>
      ) : null}
    </FormDialog>
  );
}
