// The cells of a document's line grid that orders and invoices share: the item (product by SKU, name or
// barcode; a text; a fee with its kind), a decimal typed in the company locale, the tax rate, and the buttons
// under the grid. Amounts are main's; these cells only edit what the user types.
import type { ReactNode } from 'react';
import type { ProductRow, TaxRate } from '../../../../shared/contract';
import { ProductPicker, productText } from '../../components/ProductPicker';
import { decimalText } from '../../lib/format';
import { taxRateLabel } from '../products/productForm';
import { feeKindLabels, type DocumentLine, type FeeKind } from './documentLine';
import type { LineGrid } from './useLineGrid';
import './documents.css';

interface CellProps<L extends DocumentLine> {
  grid: LineGrid<L>;
  line: L;
  index: number;
}

interface ItemCellProps<L extends DocumentLine> extends CellProps<L> {
  /** The fields a newly picked product changes (a saved order line keeps its price). */
  onProduct?: (product: ProductRow) => Partial<L>;
  /** The product cannot change any more (shipped, cancelled, billed from an order). */
  isProductLocked?: boolean;
}

const itemNames: Readonly<Record<DocumentLine['kind'], string>> = {
  product: 'Product',
  text: 'Text',
  fee: 'Fee text',
  deposit: 'Deposit',
};

export function ItemCell<L extends DocumentLine>(props: ItemCellProps<L>) {
  const { grid, line, index } = props;
  const n = index + 1;
  const { cellId, errorOf, describedBy, errorText, update, readOnly } = grid;
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
              ...(props.onProduct ? props.onProduct(p) : {}),
            } as Partial<L>)
          }
          onClear={() => update(index, { productId: null, productText: '' } as Partial<L>)}
          onEnter={() => grid.addLineAfter(index)}
          readOnly={readOnly || props.isProductLocked === true}
          invalid={error !== undefined}
          describedBy={describedBy(line, 'productId', error)['aria-describedby']}
        />
        {errorText(line, 'productId', error)}
      </>
    );
  }
  const descriptionError = errorOf(index, 'description');
  const description = (
    <input
      id={line.kind === 'fee' ? undefined : cellId(line.key, 'item')}
      aria-label={`${itemNames[line.kind]}, line ${n}`}
      value={line.description}
      placeholder={line.kind === 'fee' ? 'e.g. Shipping to Cork' : 'What is sold'}
      readOnly={readOnly}
      onChange={(event) => update(index, { description: event.target.value } as Partial<L>)}
      {...describedBy(line, 'description', descriptionError)}
    />
  );
  if (line.kind !== 'fee')
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
          } as Partial<L>);
        }}
        {...describedBy(line, 'feeKind', feeError)}
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

type DecimalCellName = 'quantity' | 'unitPrice' | 'discountPercent';

interface DecimalCellProps<L extends DocumentLine> extends CellProps<L> {
  cell: DecimalCellName;
  label: string;
  placeholder: string;
  /** Under the input, e.g. what was shipped of the line. */
  extra?: ReactNode;
  readOnly?: boolean;
}

export function DecimalCell<L extends DocumentLine>(props: DecimalCellProps<L>) {
  const { grid, line, index, cell } = props;
  const error = grid.errorOf(index, cell);
  return (
    <td className="num">
      <input
        id={grid.cellId(line.key, cell)}
        inputMode="decimal"
        aria-label={`${props.label}, line ${index + 1}`}
        value={line[cell]}
        placeholder={props.placeholder}
        readOnly={grid.readOnly || props.readOnly === true}
        onFocus={(event) => event.target.select()}
        onChange={(event) => grid.update(index, { [cell]: event.target.value } as Partial<L>)}
        {...grid.describedBy(line, cell, error)}
      />
      {grid.errorText(line, cell, error)}
      {props.extra}
    </td>
  );
}

interface TaxRateCellProps<L extends DocumentLine> extends CellProps<L> {
  taxRates: readonly TaxRate[];
  /** The rate main applies when none is chosen (the product's), as main reported it. */
  defaultRateId: number | null | undefined;
  locale: string;
}

export function TaxRateCell<L extends DocumentLine>(props: TaxRateCellProps<L>) {
  const { grid, line, index, taxRates, locale } = props;
  const error = grid.errorOf(index, 'taxRateId');
  const productRate = taxRates.find((rate) => rate.id === props.defaultRateId);
  const defaultLabel =
    line.kind !== 'product'
      ? 'No tax'
      : productRate
        ? `${decimalText(productRate.ratePercent, locale, 4)} % (product’s)`
        : 'Product’s rate';
  const isKnown =
    line.taxRate === '' || line.taxRate === 'none' || taxRates.some((r) => String(r.id) === line.taxRate);
  return (
    <td>
      <select
        id={grid.cellId(line.key, 'taxRateId')}
        aria-label={`Tax rate, line ${index + 1}`}
        value={line.taxRate}
        disabled={grid.readOnly}
        onChange={(event) => grid.update(index, { taxRate: event.target.value } as Partial<L>)}
        {...grid.describedBy(line, 'taxRateId', error)}
      >
        <option value="">{defaultLabel}</option>
        {line.kind === 'product' || line.taxRate === 'none' ? <option value="none">No tax</option> : null}
        {isKnown ? null : <option value={line.taxRate}>Archived rate</option>}
        {taxRates.map((rate) => (
          <option key={rate.id} value={String(rate.id)}>
            {taxRateLabel(rate, locale)}
          </option>
        ))}
      </select>
      {grid.errorText(line, 'taxRateId', error)}
    </td>
  );
}

/** Add line / text / fee under the grid, with the keyboard hint. */
export function LineGridActions<L extends DocumentLine>({
  grid,
  count,
}: {
  grid: LineGrid<L>;
  count: number;
}) {
  if (grid.readOnly) return null;
  return (
    <div className="grid-actions">
      <button type="button" onClick={() => grid.addLineAfter(count - 1)}>
        Add line
      </button>
      <button type="button" onClick={() => grid.addLineAfter(count - 1, 'text')}>
        Add text line
      </button>
      <button type="button" onClick={() => grid.addLineAfter(count - 1, 'fee')}>
        Add fee (shipping, handling…)
      </button>
      <p className="muted grid-hint">
        Enter adds a line · Ctrl+Backspace removes one · a blank unit price uses the product’s price
      </p>
    </div>
  );
}

/** The last cell of a row: Remove, disabled with the reason when the line must stay. */
export function RemoveLineCell<L extends DocumentLine>(
  props: CellProps<L> & { whyNot?: string | undefined },
) {
  const { grid, line, index } = props;
  if (grid.readOnly) return null;
  const canRemove = grid.canRemove(line);
  return (
    <td className="row-action">
      <button
        type="button"
        className="link-button"
        aria-label={`Remove line ${index + 1}`}
        aria-keyshortcuts="Control+Backspace"
        disabled={!canRemove}
        title={canRemove ? undefined : props.whyNot}
        onClick={() => grid.removeLine(index)}
      >
        Remove
      </button>
    </td>
  );
}
