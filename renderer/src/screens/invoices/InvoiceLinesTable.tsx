// An invoice's lines as billed, read-only: item, quantity, price, discount, tax rate, net amount, and what of
// each line credit notes took back. A deposit deducted reads "Less: …" with its negative amount only.
import type { ReactNode } from 'react';
import type { InvoiceLine } from '../../../../shared/contract';
import { hrefOf } from '../../app/router';
import { Amount } from '../../components/Amount';
import { DataTable, type Column } from '../../components/DataTable';
import { decimalText, moneyText, priceText } from '../../lib/format';
import { feeKindLabels } from '../documents/documentLine';

const isPositive = (quantity: string) => /[1-9]/.test(quantity);
/** A deduction is one amount: a quantity of 1 at a positive price beside a negative amount would only confuse. */
const isDeduction = (line: InvoiceLine) => line.kind === 'deposit';

function itemText(line: InvoiceLine): ReactNode {
  if (line.kind === 'deposit') {
    const text = line.description || 'Deposit';
    return (
      <>
        Less:{' '}
        {line.depositInvoiceId === null ? (
          text
        ) : (
          <a href={hrefOf(`/invoices/${line.depositInvoiceId}`)}>{text}</a>
        )}
      </>
    );
  }
  if (line.kind === 'fee' && line.feeKind && line.description === '') return feeKindLabels[line.feeKind];
  return line.sku ? `${line.sku} ${line.description}` : line.description;
}

interface InvoiceLinesTableProps {
  lines: readonly InvoiceLine[];
  currency: string;
  locale: string;
}

export function InvoiceLinesTable({ lines, currency, locale }: InvoiceLinesTableProps) {
  const isAnyCredited = lines.some((l) => isPositive(l.credited));
  const columns: Column<InvoiceLine>[] = [
    { key: 'item', header: 'Item', overflow: 'wrap', cell: itemText },
    {
      key: 'quantity',
      header: 'Quantity',
      numeric: true,
      cell: (l) =>
        isDeduction(l) ? '' : `${decimalText(l.quantity, locale, 4)}${l.unit ? ` ${l.unit}` : ''}`,
    },
    {
      key: 'price',
      header: 'Unit price',
      numeric: true,
      cell: (l) => (isDeduction(l) ? '' : priceText(l.unitPrice, currency, locale)),
    },
    {
      key: 'discount',
      header: 'Discount',
      numeric: true,
      cell: (l) =>
        l.discountPercent !== null
          ? `${decimalText(l.discountPercent, locale, 4)} %`
          : l.discountAmount !== null
            ? moneyText(l.discountAmount, currency, locale)
            : '',
    },
    {
      key: 'tax',
      header: 'Tax',
      numeric: true,
      cell: (l) => (l.taxRateId === null ? 'No tax' : `${decimalText(l.taxPercent, locale, 4)} %`),
    },
    {
      key: 'net',
      header: 'Amount',
      numeric: true,
      cell: (l) => <Amount minor={l.net} currency={currency} />,
    },
    ...(isAnyCredited
      ? [
          {
            key: 'credited',
            header: 'Credited',
            numeric: true,
            cell: (l: InvoiceLine) => (isPositive(l.credited) ? decimalText(l.credited, locale, 4) : ''),
          },
        ]
      : []),
  ];
  return <DataTable caption="Invoice lines" columns={columns} rows={lines} rowKey={(l) => l.id} />;
}
