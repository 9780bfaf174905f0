// An amount in a report column: blank for zero so the figures that matter stand out.
import { Amount } from '../../components/Amount';

export function AmountCell({ minor, currency }: { minor: number; currency?: string | undefined }) {
  return minor === 0 ? null : <Amount minor={minor} currency={currency} />;
}
