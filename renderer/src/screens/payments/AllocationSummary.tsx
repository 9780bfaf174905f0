// The live sums under the allocation grid: what came in, what goes to invoices, discounts and write-offs, and
// what stays on the customer as credit. Shown while typing; main recomputes all of it when the payment is recorded.
import { addMinor } from '../../../../shared/money';
import { Amount } from '../../components/Amount';
import { moneyText } from '../../lib/format';

interface AllocationSummaryProps {
  /** What can be allocated: the payment's amount, or the credit left on a recorded payment; null when unreadable. */
  available: number | null;
  availableLabel: string;
  allocated: number;
  discount: number;
  writeOff: number;
  currency: string;
  locale: string;
}

export function AllocationSummary(props: AllocationSummaryProps) {
  const { available, allocated, discount, writeOff, currency, locale } = props;
  const left = available === null ? null : addMinor(available, -allocated);
  const isOver = left !== null && left < 0;
  return (
    <section className="allocation-summary" aria-labelledby="allocation-summary-title">
      <h2 id="allocation-summary-title" className="visually-hidden">
        Allocation totals
      </h2>
      <dl className="facts facts-amounts">
        <dt>{props.availableLabel}</dt>
        <dd>{available === null ? '—' : <Amount minor={available} currency={currency} />}</dd>
        <dt>Allocated to invoices</dt>
        <dd>
          <Amount minor={allocated} currency={currency} />
        </dd>
        <dt>Discount</dt>
        <dd>
          <Amount minor={discount} currency={currency} />
        </dd>
        <dt>Write-off</dt>
        <dd>
          <Amount minor={writeOff} currency={currency} />
        </dd>
        <dt className="total-row">Left as customer credit</dt>
        <dd className="total-row">{left === null ? '—' : <Amount minor={left} currency={currency} />}</dd>
      </dl>
      {/* Polite: it changes with every keystroke and must not interrupt typing. */}
      <p className="field-error" aria-live="polite">
        {isOver
          ? `Allocated is ${moneyText(-left, currency, locale)} more than the ${props.availableLabel.toLowerCase()}: lower the amounts to pay.`
          : ''}
      </p>
    </section>
  );
}
