// Errors beside fields for refusals that are not validation: a wrong PIN, not enough stock. Main names the
// field in details.fields; the message itself still heads the summary, since it says what to do next.
import type { OrdoError } from '../../../shared/errors';
import { formErrorsOf, noErrors, type FormErrors } from './formErrors';

export function formErrorsAnyCode(
  error: OrdoError | null | undefined,
  isShown: (path: string) => boolean,
): FormErrors {
  if (!error) return noErrors;
  if (error.code === 'VALIDATION') return formErrorsOf(error, { isShown });
  const fields: Record<string, string> = {};
  for (const issue of error.details.fields ?? []) {
    if (isShown(issue.path) && fields[issue.path] === undefined) fields[issue.path] = issue.message;
  }
  return { fields, general: [error.message] };
}
