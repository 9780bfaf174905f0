// The order's totals at the bottom right — net, discounts, fees, each tax rate, total — exactly as main
// computed them (the preview while typing, the stored totals of a saved order).
import type { OrderTotals as Totals } from '../../../../shared/contract';
import { Amount } from '../../components/Amount';
import { decimalText } from '../../lib/format';

interface OrderTotalsProps {
  totals: Totals | undefined;
  currency: string | null;
  locale: string;
  isUpdating: boolean;
  /** Why no totals can be shown (a line main could not price). */
  problem?: string | undefined;
}

export function OrderTotals({ totals, currency, locale, isUpdating, problem }: OrderTotalsProps) {
  return (
    <section
      className="order-totals"
      aria-labelledby="order-totals-title"
      aria-busy={isUpdating || undefined}
    >
      <h2 id="order-totals-title" className="visually-hidden">
        Totals
      </h2>
      {problem ? <p className="field-error">{problem}</p> : null}
      {totals && currency ? (
        <dl className="facts facts-amounts">
          {totals.discount !== 0 ? (
            <>
              <dt>Discounts given</dt>
              <dd>
                <Amount minor={totals.discount} currency={currency} />
              </dd>
            </>
          ) : null}
          {totals.fees !== 0 ? (
            <>
              <dt>Fees (included in net)</dt>
              <dd>
                <Amount minor={totals.fees} currency={currency} />
              </dd>
            </>
          ) : null}
          <dt>Net</dt>
          <dd>
            <Amount minor={totals.net} currency={currency} />
          </dd>
          {totals.taxes.map((tax) => (
            <TaxRow
              key={`${tax.taxRateId ?? 'none'}-${tax.taxPercent}`}
              tax={tax}
              currency={currency}
              locale={locale}
            />
          ))}
          <dt className="total-row">Total</dt>
          <dd className="total-row">
            <Amount minor={totals.total} currency={currency} />
          </dd>
        </dl>
      ) : (
        <p className="muted">
          {currency ? 'Totals appear as you add lines.' : 'Choose a customer to see totals.'}
        </p>
      )}
      {isUpdating && totals ? <p className="muted totals-updating">Updating…</p> : null}
    </section>
  );
}

function TaxRow({
  tax,
  currency,
  locale,
}: {
  tax: Totals['taxes'][number];
  currency: string;
  locale: string;
}) {
  const percent = `${decimalText(tax.taxPercent, locale, 4)} %`;
  const name =
    tax.taxRateId === null ? 'No tax' : tax.name.includes('%') ? tax.name : `${tax.name} ${percent}`;
  return (
    <>
      <dt>
        {name}
        <span className="muted">
          {' '}
          on <Amount minor={tax.base} currency={currency} />
        </span>
      </dt>
      <dd>
        <Amount minor={tax.tax} currency={currency} />
      </dd>
    </>
  );
}
