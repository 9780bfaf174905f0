// The lines of an order, keyboard-first: find a product by SKU, name or barcode, Tab through quantity, unit
// price, discount and tax rate, Enter adds a line, Ctrl+Backspace removes one. Prices, amounts and stock come
// from main (the preview or the saved order); the grid only shows them.
import type { Availability, TaxRate } from '../../../../shared/contract';
import { parseDecimal } from '../../../../shared/money';
import { formatQuantity, parseQuantity } from '../../../../shared/quantity';
import { Amount } from '../../components/Amount';
import { decimalInputText, decimalText } from '../../lib/format';
import { DecimalCell, ItemCell, LineGridActions, RemoveLineCell, TaxRateCell } from '../documents/LineCells';
import { useLineGrid } from '../documents/useLineGrid';
import { withCurrencyDecimals } from '../products/productForm';
import { newLine, type DraftLine } from './orderForm';

/** What main says about a line: its price, amount and the product's stock. */
export interface LineInfo {
  net: number;
  unitPrice: string;
  taxRateId: number | null;
  availability: Availability | null;
}

interface OrderLinesGridProps {
  lines: DraftLine[];
  onChange: (lines: DraftLine[]) => void;
  /** By draft line index; undefined while main has not priced the line. */
  info: readonly (LineInfo | undefined)[];
  currency: string;
  locale: string;
  taxRates: readonly TaxRate[];
  errors: Record<string, string>;
  /** A confirmed order: shipped and remaining shown, shipped lines keep their product and stay. */
  isConfirmed: boolean;
  readOnly: boolean;
  /** Lines ticked for "Cancel selected lines" (stored line ids). */
  selection?: { ids: readonly number[]; onChange: (ids: number[]) => void } | undefined;
}

const isPositive = (quantity: string) => /[1-9]/.test(quantity);
/** A saved product line with nothing left to ship because the rest was cancelled. */
const isClosed = (line: DraftLine) =>
  line.kind === 'product' &&
  line.id !== undefined &&
  isPositive(line.cancelled) &&
  !isPositive(line.remaining);

/**
 * What to say when there is less than this line needs, or null. A confirmed line's own reservation is already
 * taken off "available", so it is short only when more is promised than is on the shelf.
 */
function shortage(
  line: DraftLine,
  availability: Availability,
  isConfirmed: boolean,
  locale: string,
): string | null {
  try {
    const available = parseQuantity(availability.available);
    if (isConfirmed) return available < 0 ? `${formatQuantity(-available)} short` : null;
    const typed = parseDecimal(line.quantity.trim() === '' ? '1' : line.quantity, locale, 4);
    if (!typed.ok || available >= parseQuantity(typed.value)) return null;
    return available <= 0 ? 'None available' : `Only ${availability.available} available`;
  } catch {
    return null;
  }
}

export function OrderLinesGrid(props: OrderLinesGridProps) {
  const { lines, onChange, info, currency, locale, errors, isConfirmed, readOnly, selection } = props;
  const grid = useLineGrid({
    lines,
    onChange,
    newLine,
    errors,
    readOnly,
    canRemove: (line) => !isPositive(line.shipped),
  });

  function stockCell(line: DraftLine, lineInfo: LineInfo | undefined) {
    const availability = lineInfo?.availability;
    if (line.kind !== 'product' || !availability) return <td className="num muted">—</td>;
    const short = shortage(line, availability, isConfirmed, locale);
    const q = (value: string) => decimalText(value, locale, 4);
    return (
      <td className={short ? 'num stock-cell stock-short' : 'num stock-cell'}>
        <span title="On hand / reserved / available">
          {q(availability.onHand)} / {q(availability.reserved)} / {q(availability.available)}
        </span>
        {short ? <span className="stock-note">{short}</span> : null}
      </td>
    );
  }

  const shippedNote = (line: DraftLine) =>
    isConfirmed && line.kind === 'product' && line.id !== undefined ? (
      <p className="cell-note">
        Shipped {decimalText(line.shipped, locale, 4)} · to ship {decimalText(line.remaining, locale, 4)}
        {isPositive(line.cancelled) ? ` · cancelled ${decimalText(line.cancelled, locale, 4)}` : ''}
      </p>
    ) : null;

  const selectable = (line: DraftLine) =>
    selection !== undefined && line.id !== undefined && isPositive(line.remaining);

  return (
    <>
      <table className="grid-table order-lines">
        <thead>
          <tr>
            {selection ? (
              <th scope="col" className="col-select">
                <span className="visually-hidden">Select</span>
              </th>
            ) : null}
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
            <th scope="col" className="num col-stock">
              On hand / reserved / available
            </th>
            <th scope="col" className="num col-amount">
              Amount
            </th>
            {readOnly ? null : (
              <th scope="col" className="col-remove">
                <span className="visually-hidden">Remove</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const lineInfo = info[index];
            const mainPrice = lineInfo
              ? decimalInputText(withCurrencyDecimals(lineInfo.unitPrice, currency), locale)
              : '';
            return (
              <tr
                key={line.key}
                className={isClosed(line) ? 'line-closed' : undefined}
                onKeyDown={(event) => grid.onRowKeyDown(event, index)}
              >
                {selection ? (
                  <td className="center">
                    {selectable(line) ? (
                      <input
                        type="checkbox"
                        aria-label={`Select line ${index + 1}`}
                        checked={line.id !== undefined && selection.ids.includes(line.id)}
                        onChange={(event) => {
                          const id = line.id;
                          if (id === undefined) return;
                          selection.onChange(
                            event.target.checked
                              ? [...selection.ids, id]
                              : selection.ids.filter((x) => x !== id),
                          );
                        }}
                      />
                    ) : null}
                  </td>
                ) : null}
                <td>
                  <ItemCell
                    grid={grid}
                    line={line}
                    index={index}
                    // A new product brings its own price and tax rate; a saved line keeps what was agreed.
                    onProduct={() => (line.id === undefined ? { unitPrice: '', taxRate: '' } : {})}
                    isProductLocked={isPositive(line.shipped) || isPositive(line.cancelled)}
                  />
                </td>
                <DecimalCell
                  grid={grid}
                  line={line}
                  index={index}
                  cell="quantity"
                  label="Quantity"
                  placeholder="1"
                  extra={shippedNote(line)}
                />
                <DecimalCell
                  grid={grid}
                  line={line}
                  index={index}
                  cell="unitPrice"
                  label="Unit price"
                  placeholder={mainPrice}
                />
                <DecimalCell
                  grid={grid}
                  line={line}
                  index={index}
                  cell="discountPercent"
                  label="Discount %"
                  placeholder="0"
                />
                <TaxRateCell
                  grid={grid}
                  line={line}
                  index={index}
                  taxRates={props.taxRates}
                  defaultRateId={lineInfo?.taxRateId}
                  locale={locale}
                />
                {stockCell(line, lineInfo)}
                <td className="num line-amount">
                  {lineInfo ? (
                    <Amount minor={lineInfo.net} currency={currency} />
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <RemoveLineCell
                  grid={grid}
                  line={line}
                  index={index}
                  whyNot="Part of this line was shipped"
                />
              </tr>
            );
          })}
        </tbody>
      </table>
      <LineGridActions grid={grid} count={lines.length} />
    </>
  );
}
