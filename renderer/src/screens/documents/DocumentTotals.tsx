// A document's totals at the bottom right — discounts, fees, net, each tax rate, cash rounding, total —
// exactly as main computed them (the preview while typing, the stored totals of a saved document).
import type { ReactNode } from 'react';
import type { TaxLine } from '../../../../shared/contract';
import { Amount } from '../../components/Amount';
import { decimalText } from '../../lib/format';
import './documents.css';

export interface ShownTotals {
  net: number;
  discount: number;
  fees: number;
  taxes: TaxLine[];
  total: number;
  /** Invoices in a currency paid in cash to a rounding step (CHF 0.05). */
  cashRounding?: number;
}

interface DocumentTotalsProps {
  totals: ShownTotals | undefined;
  currency: string | null;
  locale: string;
  isUpdating: boolean;
  /** Why no totals can be shown (a line main could not price). */
  problem?: string | undefined;
  /** More facts under the total (an invoice's due date and installments). */
  children?: ReactNode;
}

export function DocumentTotals(props: DocumentTotalsProps) {
  const { totals, currency, locale, isUpdating, problem } = props;
  return (
    <section className="doc-totals" aria-labelledby="doc-totals-title" aria-busy={isUpdating || undefined}>
      <h2 id="doc-totals-title" className="visually-hidden">
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
          {totals.cashRounding ? (
            <>
              <dt>Cash rounding</dt>
              <dd>
                <Amount minor={totals.cashRounding} currency={currency} />
              </dd>
            </>
          ) : null}
          <dt className="total-row">Total</dt>
          <dd className="total-row">
            <Amount minor={totals.total} currency={currency} />
          </dd>
          {props.children}
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

function TaxRow({ tax, currency, locale }: { tax: TaxLine; currency: string; locale: string }) {
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
