// A currency code: common codes offered in a list, any ISO code can be typed.
import { useId } from 'react';
import { commonCurrencies } from '../lib/choices';
import { TextField } from './Field';

interface CurrencyFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  className?: string;
}

export function CurrencyField({ label, value, onChange, error, hint, className }: CurrencyFieldProps) {
  const listId = useId();
  return (
    <>
      <TextField
        label={label}
        value={value}
        onChange={(next) => onChange(next.toUpperCase())}
        error={error}
        hint={hint}
        className={className ? `${className} field-code` : 'field-code'}
        list={listId}
        maxLength={3}
        autoComplete="off"
        spellCheck={false}
      />
      <datalist id={listId}>
        {commonCurrencies.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
    </>
  );
}
