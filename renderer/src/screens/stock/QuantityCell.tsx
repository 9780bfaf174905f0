// A quantity as main sends it ("-2.5"), in the company locale; below zero with a minus in muted red.
import { decimalText } from '../../lib/format';

export function QuantityCell({
  value,
  locale,
  signed = false,
}: {
  value: string;
  locale: string;
  signed?: boolean;
}) {
  const isNegative = value.startsWith('-');
  const plus = signed && !isNegative && /[1-9]/.test(value) ? '+' : '';
  return (
    <span className={isNegative ? 'amount negative' : 'amount'}>
      {plus}
      {decimalText(value, locale, 4)}
    </span>
  );
}
