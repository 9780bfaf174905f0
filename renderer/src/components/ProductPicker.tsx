// Choosing a product by SKU, name or barcode (products.list as you type); an exact SKU or barcode comes first,
// so a scanned code followed by Enter picks its product.
import type { ProductRow } from '../../../shared/contract';
import { useOrdoQuery } from '../lib/queries';
import { Combobox } from './Combobox';
import { useSearchPicker } from './useSearchPicker';

interface ProductPickerProps {
  id: string;
  /** The accessible name, e.g. "Product, line 2". */
  ariaLabel: string;
  /** What the cell shows for the chosen product ("HT-100 Chef's knife"), '' when none. */
  chosenText: string;
  chosenId: number | null;
  onPick: (product: ProductRow) => void;
  onClear: () => void;
  onEnter?: () => void;
  invalid?: boolean;
  describedBy?: string | undefined;
  readOnly?: boolean;
}

export const productText = (p: { sku: string | null; name: string }) =>
  p.sku ? `${p.sku} ${p.name}` : p.name;

/** An exact SKU or barcode first (what a scanner types), then the rest in main's order. */
export function exactCodesFirst(rows: readonly ProductRow[], text: string): ProductRow[] {
  const code = text.trim().toLowerCase();
  const isExact = (p: ProductRow) => p.sku.toLowerCase() === code || p.barcode.toLowerCase() === code;
  return [...rows.filter(isExact), ...rows.filter((p) => !isExact(p))];
}

export function ProductPicker(props: ProductPickerProps) {
  const picker = useSearchPicker();
  const list = useOrdoQuery(
    'products.list',
    { search: picker.search, status: 'active', sort: 'name', dir: 'asc', limit: 20, offset: 0 },
    { enabled: picker.isUsed && !props.readOnly, keepPrevious: true },
  );
  return (
    <div onFocus={picker.onUse}>
      <Combobox<ProductRow>
        id={props.id}
        ariaLabel={props.ariaLabel}
        listLabel="Products"
        options={exactCodesFirst(list.data?.rows ?? [], picker.search)}
        optionKey={(p) => p.id}
        renderOption={(p) => (
          <>
            <code>{p.sku}</code> {p.name}
            {p.barcode ? <span className="muted"> · {p.barcode}</span> : null}
          </>
        )}
        chosenText={props.chosenText}
        chosenKey={props.chosenId}
        onPick={props.onPick}
        onClear={props.onClear}
        onSearch={picker.onSearch}
        isSearching={picker.isTyping || list.isPlaceholderData || list.isPending}
        onEnter={props.onEnter}
        emptyText={(text) => (text ? `No product matches “${text}”.` : 'No products yet.')}
        placeholder="SKU, name or barcode"
        invalid={props.invalid}
        describedBy={props.describedBy}
        readOnly={props.readOnly}
      />
    </div>
  );
}
