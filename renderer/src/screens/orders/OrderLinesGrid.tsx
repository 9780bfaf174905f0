// The lines of an order, keyboard-first: find a product by SKU, name or barcode, Tab through quantity, unit
// price, discount and tax rate, Enter adds a line, Ctrl+Backspace removes one. Prices, amounts and stock come
// from main (the preview or the saved order); the grid only shows them.
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Availability, TaxRate } from '../../../../shared/contract';
import { parseDecimal } from '../../../../shared/money';
import { formatQuantity, parseQuantity } from '../../../../shared/quantity';
import { Amount } from '../../components/Amount';
import { gridCells } from '../../components/gridCells';
import { ProductPicker, productText } from '../../components/ProductPicker';
import { decimalInputText, decimalText } from '../../lib/format';
import { taxRateLabel, withCurrencyDecimals } from '../products/productForm';
import { newLine, type DraftLine, type FeeKind, type LineKind } from './orderForm';

/** What main says about a line: its price, amount and the product's stock. */
export interface LineInfo {
  net: number;
  unitPrice: string;
  taxRateId: number | null;
  availability: Availability | null;
}

export const feeKindLabels: Readonly<Record<FeeKind, string>> = {
  shipping: 'Shipping',
  handling: 'Handling',
  small_order: 'Small order fee',
  other: 'Other fee',
};

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
  const idPrefix = useId();
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const { cellId, errorOf, describedBy: invalid, errorText } = gridCells(idPrefix, errors);

  useEffect(() => {
    if (focusKey !== null) document.getElementById(cellId(focusKey, 'item'))?.focus();
    // cellId only depends on idPrefix, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);

  const update = (index: number, patch: Partial<DraftLine>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));

  function addLineAfter(index: number, kind: LineKind = 'product') {
    const line = newLine(kind);
    if (kind === 'fee') line.description = feeKindLabels.shipping;
    onChange([...lines.slice(0, index + 1), line, ...lines.slice(index + 1)]);
    setFocusKey(line.key);
  }

  const canRemove = (line: DraftLine) => !readOnly && !isPositive(line.shipped);

  function removeLine(index: number) {
    const line = lines[index];
    if (!line || !canRemove(line)) return;
    const rest = lines.filter((_, i) => i !== index);
    const next = rest.length > 0 ? rest : [newLine()];
    onChange(next);
    const focus = next[Math.max(0, index - 1)];
    if (focus) setFocusKey(focus.key);
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number) {
    if (event.defaultPrevented || readOnly) return;
    const target = event.target;
    const isCell =
      (target instanceof HTMLInputElement && target.type !== 'checkbox') ||
      target instanceof HTMLSelectElement;
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey && isCell) {
      event.preventDefault();
      addLineAfter(index);
    } else if ((event.key === 'Backspace' || event.key === 'Delete') && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      removeLine(index);
    }
  }

  const textCell = (
    line: DraftLine,
    index: number,
    cell: 'quantity' | 'unitPrice' | 'discountPercent',
    label: string,
    placeholder: string,
    extra?: ReactNode,
  ) => {
    const error = errorOf(index, cell);
    return (
      <td className="num">
        <input
          id={cellId(line.key, cell)}
          inputMode="decimal"
          aria-label={`${label}, line ${index + 1}`}
          value={line[cell]}
          placeholder={placeholder}
          readOnly={readOnly}
          onFocus={(event) => event.target.select()}
          onChange={(event) => update(index, { [cell]: event.target.value })}
          {...invalid(line, cell, error)}
        />
        {errorText(line, cell, error)}
        {extra}
      </td>
    );
  };

  function itemCell(line: DraftLine, index: number) {
    const n = index + 1;
    if (line.kind === 'product') {
      const error = errorOf(index, 'productId');
      return (
        <>
          <ProductPicker
            id={cellId(line.key, 'item')}
            ariaLabel={`Product, line ${n}`}
            chosenText={line.productText}
            chosenId={line.productId}
            onPick={(p) =>
              update(index, {
                productId: p.id,
                productText: productText(p),
                description: '',
                unit: '',
                // A new product brings its own price and tax rate.
                ...(line.id === undefined ? { unitPrice: '', taxRate: '' } : {}),
              })
            }
            onClear={() => update(index, { productId: null, productText: '' })}
            onEnter={() => addLineAfter(index)}
            readOnly={readOnly || isPositive(line.shipped) || isPositive(line.cancelled)}
            invalid={error !== undefined}
            describedBy={invalid(line, 'productId', error)['aria-describedby']}
          />
          {errorText(line, 'productId', error)}
        </>
      );
    }
    const descriptionError = errorOf(index, 'description');
    const description = (
      <input
        id={line.kind === 'text' ? cellId(line.key, 'item') : undefined}
        aria-label={`${line.kind === 'fee' ? 'Fee text' : 'Text'}, line ${n}`}
        value={line.description}
        placeholder={line.kind === 'fee' ? 'e.g. Shipping to Cork' : 'What is sold'}
        readOnly={readOnly}
        onChange={(event) => update(index, { description: event.target.value })}
        {...invalid(line, 'description', descriptionError)}
      />
    );
    if (line.kind === 'text')
      return (
        <>
          {description}
          {errorText(line, 'description', descriptionError)}
        </>
      );
    const feeError = errorOf(index, 'feeKind');
    return (
      <div className="fee-item">
        <select
          id={cellId(line.key, 'item')}
          aria-label={`Fee, line ${n}`}
          value={line.feeKind ?? ''}
          disabled={readOnly}
          onChange={(event) => {
            const feeKind = event.target.value as FeeKind;
            const wasDefault = line.feeKind !== null && line.description === feeKindLabels[line.feeKind];
            update(index, {
              feeKind,
              ...(wasDefault || line.description === '' ? { description: feeKindLabels[feeKind] } : {}),
            });
          }}
          {...invalid(line, 'feeKind', feeError)}
        >
          {Object.entries(feeKindLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {description}
        {errorText(line, 'feeKind', feeError)}
        {errorText(line, 'description', descriptionError)}
      </div>
    );
  }

  function taxCell(line: DraftLine, index: number, lineInfo: LineInfo | undefined) {
    const error = errorOf(index, 'taxRateId');
    const productRate = props.taxRates.find((rate) => rate.id === lineInfo?.taxRateId);
    const defaultLabel =
      line.kind !== 'product'
        ? 'No tax'
        : productRate
          ? `${decimalText(productRate.ratePercent, locale, 4)} % (product’s)`
          : 'Product’s rate';
    const isKnown =
      line.taxRate === '' ||
      line.taxRate === 'none' ||
      props.taxRates.some((r) => String(r.id) === line.taxRate);
    return (
      <td>
        <select
          id={cellId(line.key, 'taxRateId')}
          aria-label={`Tax rate, line ${index + 1}`}
          value={line.taxRate}
          disabled={readOnly}
          onChange={(event) => update(index, { taxRate: event.target.value })}
          {...invalid(line, 'taxRateId', error)}
        >
          <option value="">{defaultLabel}</option>
          {line.kind === 'product' || line.taxRate === 'none' ? <option value="none">No tax</option> : null}
          {isKnown ? null : <option value={line.taxRate}>Archived rate</option>}
          {props.taxRates.map((rate) => (
            <option key={rate.id} value={String(rate.id)}>
              {taxRateLabel(rate, locale)}
            </option>
          ))}
        </select>
        {errorText(line, 'taxRateId', error)}
      </td>
    );
  }

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
                onKeyDown={(event) => onRowKeyDown(event, index)}
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
                <td>{itemCell(line, index)}</td>
                {textCell(line, index, 'quantity', 'Quantity', '1', shippedNote(line))}
                {textCell(line, index, 'unitPrice', 'Unit price', mainPrice)}
                {textCell(line, index, 'discountPercent', 'Discount %', '0')}
                {taxCell(line, index, lineInfo)}
                {stockCell(line, lineInfo)}
                <td className="num line-amount">
                  {lineInfo ? (
                    <Amount minor={lineInfo.net} currency={currency} />
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                {readOnly ? null : (
                  <td className="row-action">
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Remove line ${index + 1}`}
                      aria-keyshortcuts="Control+Backspace"
                      disabled={!canRemove(line)}
                      title={canRemove(line) ? undefined : 'Part of this line was shipped'}
                      onClick={() => removeLine(index)}
                    >
                      Remove
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {readOnly ? null : (
        <div className="grid-actions">
          <button type="button" onClick={() => addLineAfter(lines.length - 1)}>
            Add line
          </button>
          <button type="button" onClick={() => addLineAfter(lines.length - 1, 'text')}>
            Add text line
          </button>
          <button type="button" onClick={() => addLineAfter(lines.length - 1, 'fee')}>
            Add fee (shipping, handling…)
          </button>
          <p className="muted grid-hint">
            Enter adds a line · Ctrl+Backspace removes one · a blank unit price uses the product’s price
          </p>
        </div>
      )}
    </>
  );
}
