// Splits a contract error into messages beside fields (by dotted input path) and a summary for the rest.
import type { OrdoError } from '../../../shared/errors';

export interface FormErrors {
  /** Path as the form names it (e.g. "billingAddress.city") → message shown beside that field. */
  fields: Record<string, string>;
  /** Messages not tied to a field the form shows. */
  general: string[];
}

export const noErrors: FormErrors = { fields: {}, general: [] };

interface SplitOptions {
  /** Stripped from every path, e.g. "customer." for customers.update({ id, customer }). */
  prefix?: string;
  /** Whether the form has a field for this path; other issues go to the summary. */
  isShown: (path: string) => boolean;
  /** Maps a path to the field that shows it, e.g. "tags.3" → "tags". */
  normalize?: (path: string) => string;
}

export function formErrorsOf(error: OrdoError | null | undefined, options: SplitOptions): FormErrors {
  if (!error) return noErrors;
  const issues = error.code === 'VALIDATION' ? (error.details.fields ?? []) : [];
  if (issues.length === 0) return { fields: {}, general: [error.message] };
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const unprefixed =
      options.prefix && issue.path.startsWith(options.prefix)
        ? issue.path.slice(options.prefix.length)
        : issue.path;
    const path = options.normalize ? options.normalize(unprefixed) : unprefixed;
    if (options.isShown(path) && fields[path] === undefined) fields[path] = issue.message;
    else general.push(issue.message);
  }
  return { fields, general };
}

/** Client-side problems (e.g. an amount that does not parse) first, then what main answered. */
export function mergeErrors(local: Record<string, string>, remote: FormErrors): FormErrors {
  return { fields: { ...remote.fields, ...local }, general: remote.general };
}

/** Moves focus to the first field marked invalid, so keyboard and screen-reader users land on the problem. */
export function focusFirstInvalid(form: HTMLElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
