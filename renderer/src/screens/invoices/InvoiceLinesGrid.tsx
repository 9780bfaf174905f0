// The lines of a draft invoice, keyboard-first like an order's: product by SKU, name or barcode, text and fee
// lines, Tab between cells, Enter adds a line, Ctrl+Backspace removes one. Lines billed from an order keep their
// product; a deposit deducted keeps its amount. Line amounts are main's.
import type { TaxRate } from '../../../../shared/contract';
import { Amount } from '../../components/Amount';
import { decimalInputText } from '../../lib/format';
import { DecimalCell, ItemCell, LineGridActions, RemoveLineCell, TaxRateCell } from '../documents/LineCells';
import { useLineGrid } from '../documents/useLineGrid';
import { withCurrencyDecimals } from '../products/productForm';
import { newInvoiceLine, type InvoiceDraftLine } from './invoiceForm';

interface InvoiceLinesGridProps {
  lines: InvoiceDraftLine[];
  onChange: (lines: InvoiceDraftLine[]) => void;
  /** Net amount by draft line index; undefined while main has not priced the line. */
  amounts: readonly (number | undefined)[];
  currency: string;
  locale: string;
  taxRates: readonly TaxRate[];
  errors: Record<string, string>;
}

export function InvoiceLinesGrid(props: InvoiceLinesGridProps) {
  const { lines, amounts, currency, locale } = props;
  const grid = useLineGrid({
    lines: props.lines,
    onChange: props.onChange,
    newLine: newInvoiceLine,
    errors: props.errors,
    readOnly: false,
  });
  const priceHint = (line: InvoiceDraftLine) =>
    line.listPrice ? decimalInputText(withCurrencyDecimals(line.listPrice, currency), locale) : '';

  return (
    <>
      <table className="grid-table invoice-lines">
        <thead>
          <tr>
            <th scope="col" className="col-item">
              Item
            </th>
            <th scope="col" className="num col-qty">
              Quantity
            </th>
            <th scope="col" className="num col-price">
              Unit price
            </th>
            <th scope="col" className="num col-discount">
              Discount %
            </th>
            <th scope="col" className="col-tax">
              Tax rate
            </th>
            <th scope="col" className="num col-amount">
              Amount
            </th>
            <th scope="col" className="col-remove">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const amount = amounts[index];
            const isDeposit = line.kind === 'deposit';
            return (
              <tr key={line.key} onKeyDown={(event) => grid.onRowKeyDown(event, index)}>
                <td>
                  <ItemCell
                    grid={grid}
                    line={line}
                    index={index}
                    // Another product brings its own price and tax rate (shown as hints until main prices it).
                    onProduct={(p) => ({
                      unitPrice: '',
                      taxRate: '',
                      listPrice: p.price,
                      listTaxRateId: p.taxRateId,
                    })}
                    isProductLocked={line.orderLineId !== null}
                  />
                  {line.orderLineId !== null ? <p className="cell-note">From the order</p> : null}
                </td>
                <DecimalCell
                  grid={grid}
                  line={line}
                  index={index}
                  cell="quantity"
                  label="Quantity"
                  placeholder="1"
                  readOnly={isDeposit}
                />
                <DecimalCell
                  grid={grid}
                  line={line}
                  index={index}
                  cell="unitPrice"
                  label="Unit price"
                  placeholder={priceHint(line)}
                  readOnly={isDeposit}
                />
                <DecimalCell
                  grid={grid}
                  line={line}
                  index={index}
                  cell="discountPercent"
                  label="Discount %"
                  placeholder="0"
                  readOnly={isDeposit}
                />
                <TaxRateCell
                  grid={grid}
                  line={line}
                  index={index}
                  taxRates={props.taxRates}
                  defaultRateId={line.listTaxRateId}
                  locale={locale}
                />
                <td className="num line-amount">
                  {amount === undefined ? (
                    <span className="muted">—</span>
                  ) : (
                    <Amount minor={amount} currency={currency} />
                  )}
                </td>
                <RemoveLineCell grid={grid} line={line} index={index} />
              </tr>
            );
          })}
        </tbody>
      </table>
      <LineGridActions grid={grid} count={lines.length} />
    </>
  );
}
