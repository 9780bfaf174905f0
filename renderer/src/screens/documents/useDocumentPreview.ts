// Main's prices and totals for a document as typed (an order, an invoice), asked ~250 ms after the last change.
// The screen shows these numbers; it never adds up money itself.
import type { InputOf, OutputOf } from '../../../../shared/contract';
import type { OrdoError } from '../../../../shared/errors';
import { useDebounced } from '../../lib/useDebounced';
import { useOrdoQuery } from '../../lib/queries';

export type PreviewMethod = 'orders.preview' | 'invoices.preview';

export interface PreviewState<T> {
  data: T | undefined;
  error: OrdoError | null;
  /** The numbers shown are for an earlier state of the form; fresh ones are on their way. */
  isUpdating: boolean;
}

export function useDocumentPreview<M extends PreviewMethod>(
  method: M,
  input: InputOf<M> | null,
  enabled: boolean,
): PreviewState<OutputOf<M>> {
  // Compared as text: a new object on every render must not restart the wait.
  const text = input ? JSON.stringify(input) : '';
  const settled = useDebounced(text, 250);
  const preview = useOrdoQuery(
    method,
    // Never sent while empty: the query is disabled then.
    (settled ? JSON.parse(settled) : {}) as InputOf<M>,
    { enabled: enabled && settled !== '', keepPrevious: true },
  );
  return {
    data: enabled && settled !== '' ? preview.data : undefined,
    error: preview.error,
    isUpdating: text !== settled || preview.isPlaceholderData || preview.isFetching,
  };
}
