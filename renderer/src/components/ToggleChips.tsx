// Filter chips where several can be on at once ("Draft", "On hold" …); none on means no filter.
import type { Option } from './Field';

interface ToggleChipsProps {
  label: string;
  options: readonly Option[];
  values: readonly string[];
  onChange: (values: string[]) => void;
}

export function ToggleChips({ label, options, values, onChange }: ToggleChipsProps) {
  const toggle = (value: string) =>
    onChange(
      values.includes(value)
        ? values.filter((v) => v !== value)
        : options.map((o) => o.value).filter((v) => v === value || values.includes(v)),
    );
  return (
    <div className="chip-group" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="filter-chip"
          aria-pressed={values.includes(option.value)}
          onClick={() => toggle(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
