// Main's prices, totals, availability and credit warning for the order as typed, asked ~250 ms after the last
// change. The screen shows these numbers; it never adds up money itself.
import type { OrderInput, OrderPreview } from '../../../../shared/contract';
import type { OrdoError } from '../../../../shared/errors';
import { useDebounced } from '../../lib/useDebounced';
import { useOrdoQuery } from '../../lib/queries';

export interface PreviewState {
  data: OrderPreview | undefined;
  error: OrdoError | null;
  /** The numbers shown are for an earlier state of the form; fresh ones are on their way. */
  isUpdating: boolean;
}

export function useOrderPreview(input: OrderInput | null, enabled: boolean): PreviewState {
  // Compared as text: a new object on every render must not restart the wait.
  const text = input ? JSON.stringify(input) : '';
  const settled = useDebounced(text, 250);
  const preview = useOrdoQuery(
    'orders.preview',
    settled ? (JSON.parse(settled) as OrderInput) : ({} as OrderInput),
    { enabled: enabled && settled !== '', keepPrevious: true },
  );
  return {
    data: enabled && settled !== '' ? preview.data : undefined,
    error: preview.error,
    isUpdating: text !== settled || preview.isPlaceholderData || preview.isFetching,
  };
}
