// The product editor's form: SKU, name, unit, price, tax rate, barcode, stock tracking and negative stock.
import type { Product } from '../../../../shared/contract';
import { navigate } from '../../app/router';
import { EditorFrame } from '../../components/EditorFrame';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { withCurrent } from '../../lib/choices';
import { useOrdoMutation, useOrdoQuery } from '../../lib/queries';
import { useArchiveToggle } from '../../lib/useArchiveToggle';
import { useEditorForm } from '../../lib/useEditorForm';
import { inputOfProductForm, isProductFieldShown, taxRateLabel, type ProductForm } from './productForm';

interface ProductFormViewProps {
  product: Product | null;
  initial: ProductForm;
  locale: string;
  currency: string;
}

export function ProductFormView({ product, initial, locale, currency }: ProductFormViewProps) {
  const toast = useToast();
  const taxRates = useOrdoQuery('taxRates.list', { includeArchived: true });
  const onSaved = () => {
    toast('Product saved');
    navigate('/products');
  };
  const create = useOrdoMutation('products.create', { onSuccess: onSaved });
  const update = useOrdoMutation('products.update', { onSuccess: onSaved });
  const archive = useOrdoMutation('products.archive');
  const toggleArchive = useArchiveToggle('product', archive.mutateAsync);
  const saving = product ? update : create;
  const { form, set, isDirty, errors, submit, containerRef } = useEditorForm({
    initial,
    toInput: (f: ProductForm) => inputOfProductForm(f, locale),
    send: (input) => (product ? update.mutate({ id: product.id, product: input }) : create.mutate(input)),
    sending: saving,
    errorPaths: { prefix: product ? 'product.' : undefined, isShown: isProductFieldShown },
  });

  const taxOptions = withCurrent(
    [
      { value: '', label: 'No tax rate' },
      ...(taxRates.data ?? [])
        .filter((rate) => !rate.archived || String(rate.id) === form.taxRateId)
        .map((rate) => ({ value: String(rate.id), label: taxRateLabel(rate, locale) })),
    ],
    form.taxRateId,
  );
  const e = errors.fields;
  return (
    <div ref={containerRef}>
      <EditorFrame
        title={product ? `${product.name} (${product.sku})` : 'New product'}
        noun="product"
        backPath="/products"
        backLabel="Products"
        saveLabel="Save product"
        isSaving={saving.isPending}
        isDirty={isDirty}
        errors={errors}
        onSave={submit}
        archive={
          product ? { archived: product.archived, onToggle: () => void toggleArchive(product) } : undefined
        }
      >
        <fieldset className="section">
          <legend>Product</legend>
          <div className="field-grid">
            <TextField
              label="SKU"
              value={form.sku}
              onChange={(v) => set('sku', v)}
              error={e.sku}
              required
              spellCheck={false}
            />
            <TextField
              label="Name"
              value={form.name}
              onChange={(v) => set('name', v)}
              error={e.name}
              required
            />
            <TextAreaField
              label="Description"
              value={form.description}
              onChange={(v) => set('description', v)}
              error={e.description}
              rows={3}
              className="span-2"
            />
            <TextField
              label="Unit"
              value={form.unit}
              onChange={(v) => set('unit', v)}
              error={e.unit}
              hint="e.g. pcs, kg, h"
            />
            <TextField
              label="Price"
              value={form.price}
              onChange={(v) => set('price', v)}
              error={e.price}
              hint={`Net price per unit in ${currency}.`}
              inputMode="decimal"
              className="field-amount"
              required
            />
            <SelectField
              label="Tax rate"
              value={form.taxRateId}
              options={taxOptions}
              onChange={(v) => set('taxRateId', v)}
              error={e.taxRateId}
            />
            <TextField
              label="Barcode"
              value={form.barcode}
              onChange={(v) => set('barcode', v)}
              error={e.barcode}
              spellCheck={false}
            />
            <CheckboxField
              label="Track stock"
              checked={form.isStockTracked}
              onChange={(v) => set('isStockTracked', v)}
              error={e.isStockTracked}
              hint="Count what is on hand and warn before selling more than you have."
            />
            {form.isStockTracked ? (
              <CheckboxField
                label="Allow shipping more than is on hand"
                checked={form.allowNegativeStock}
                onChange={(v) => set('allowNegativeStock', v)}
                error={e.allowNegativeStock}
                hint="Stock may then go below zero, e.g. for goods that arrive before they are booked in."
              />
            ) : null}
          </div>
        </fieldset>
      </EditorFrame>
    </div>
  );
}
