// The box at the top of a form: problems not tied to a field, and a pointer to the fields marked below.
import type { FormErrors } from '../lib/formErrors';

export function ErrorSummary({ errors, title = 'Could not save' }: { errors: FormErrors; title?: string }) {
  const fieldCount = Object.keys(errors.fields).length;
  if (errors.general.length === 0 && fieldCount === 0) return null;
  return (
    <div className="error-summary" role="alert">
      <p className="error-summary-title">{title}</p>
      {errors.general.length > 0 ? (
        <ul>
          {errors.general.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      ) : null}
      {fieldCount > 0 ? (
        <p>
          {fieldCount === 1
            ? 'Check the field marked below.'
            : `Check the ${fieldCount} fields marked below.`}
        </p>
      ) : null}
    </div>
  );
}
