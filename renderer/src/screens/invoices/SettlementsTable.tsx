// What settled an invoice, row by row as main keeps them: payments, credit notes, write-offs and early-payment
// discounts, with their dates and a link to where each came from. Reversed rows stay, marked.
import type { Settlement } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { Amount } from '../../components/Amount';
import { DataTable, type Column } from '../../components/DataTable';
import { StatusChip } from '../../components/StatusChip';
import { dateText } from '../../lib/format';

const kindLabels: Readonly<Record<Settlement['kind'], string>> = {
  payment: 'Payment',
  credit_note: 'Credit note',
  writeoff: 'Written off',
  discount: 'Early-payment discount',
};

/** Credit notes open their own view; payments, and write-offs and discounts taken with one, the payment. */
export function sourcePath(s: Pick<Settlement, 'kind' | 'sourceType' | 'sourceId'>): string {
  return s.sourceType === 'credit_note' ? `/credit-notes/${s.sourceId}` : `/payments/${s.sourceId}`;
}

interface SettlementsTableProps {
  settlements: readonly Settlement[];
  currency: string;
  locale: string;
}

export function SettlementsTable({ settlements, currency, locale }: SettlementsTableProps) {
  const columns: Column<Settlement>[] = [
    { key: 'date', header: 'Date', cell: (s) => dateText(s.date, locale) },
    {
      key: 'kind',
      header: 'What',
      cell: (s) => (
        <>
          {s.reversesId === null ? kindLabels[s.kind] : `Reversal of ${kindLabels[s.kind].toLowerCase()}`}
          {s.isReversed ? (
            <>
              {' '}
              <StatusChip tone="muted">Reversed</StatusChip>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'source',
      header: 'From',
      cell: (s) => <a href={hrefOf(sourcePath(s))}>{s.sourceNumber || 'Open'}</a>,
    },
    {
      key: 'amount',
      header: 'Amount',
      numeric: true,
      cell: (s) => <Amount minor={s.amount} currency={currency} />,
    },
  ];
  return (
    <section className="section" aria-labelledby="invoice-settlements">
      <h2 id="invoice-settlements" className="section-heading">
        Payments and credits
      </h2>
      {settlements.length === 0 ? (
        <p className="muted">Nothing paid or credited yet.</p>
      ) : (
        <DataTable
          caption="Payments and credits"
          columns={columns}
          rows={settlements}
          rowKey={(s) => s.allocationId}
        />
      )}
    </section>
  );
}
