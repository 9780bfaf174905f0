// An amount from integer minor units: right-aligned by its cell, tabular figures, negatives with a minus in muted red.
import { moneyText } from '../lib/format';
import { useCompanyLocale } from '../lib/useCompanyLocale';

export function Amount({ minor, currency }: { minor: number; currency?: string | undefined }) {
  const { locale, baseCurrency } = useCompanyLocale();
  return (
    <span className={minor < 0 ? 'amount negative' : 'amount'}>
      {moneyText(minor, currency ?? baseCurrency, locale)}
    </span>
  );
}
