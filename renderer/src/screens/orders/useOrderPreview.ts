// Main's prices, totals, availability and credit warning for the order as typed (see useDocumentPreview).
import type { OrderInput, OrderPreview } from '../../../../shared/contract';
import { useDocumentPreview, type PreviewState } from '../documents/useDocumentPreview';

export function useOrderPreview(input: OrderInput | null, enabled: boolean): PreviewState<OrderPreview> {
  return useDocumentPreview('orders.preview', input, enabled);
}
