// One choice out of a few, all visible at once (what kind of stock change, what to do with a PIN):
// a fieldset whose legend names the choice, one labelled radio button per option.
import { useId } from 'react';
import type { Option } from './Field';
import './RadioGroup.css';

interface RadioGroupProps {
  legend: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
  hint?: string;
}

export function RadioGroup({ legend, options, value, onChange, hint }: RadioGroupProps) {
  const id = useId();
  return (
    <fieldset className="radio-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="radio-options">
        {options.map((option) => (
          <label key={option.value} htmlFor={`${id}-${option.value}`}>
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={id}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
