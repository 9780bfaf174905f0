// The product editor's form state (text as typed) and its conversion to the contract's input.
import type { Product, ProductInput } from '../../../../shared/contract';
import { parseDecimal } from '../../../../shared/money';
import { decimalInputText } from '../../lib/format';
import type { Conversion } from '../../lib/useEditorForm';

export interface ProductForm {
  sku: string;
  name: string;
  description: string;
  unit: string;
  /** As typed in the company locale. */
  price: string;
  /** '' = no tax rate. */
  taxRateId: string;
  barcode: string;
  isStockTracked: boolean;
}

/** The contract allows six decimals on unit prices (e.g. fuel, screws sold per thousand). */
export const PRICE_SCALE = 6;

export const emptyProductForm: ProductForm = {
  sku: '',
  name: '',
  description: '',
  unit: 'pcs',
  price: '',
  taxRateId: '',
  barcode: '',
  isStockTracked: true,
};

export function formOfProduct(product: Product, locale: string): ProductForm {
  return {
    sku: product.sku,
    name: product.name,
    description: product.description,
    unit: product.unit,
    price: decimalInputText(product.price, locale),
    taxRateId: product.taxRateId === null ? '' : String(product.taxRateId),
    barcode: product.barcode,
    isStockTracked: product.isStockTracked,
  };
}

export function inputOfProductForm(form: ProductForm, locale: string): Conversion<ProductInput> {
  const price =
    form.price.trim() === ''
      ? { ok: false as const, error: 'Enter a price' }
      : parseDecimal(form.price, locale, PRICE_SCALE);
  if (!price.ok) return { ok: false, fields: { price: price.error } };
  return {
    ok: true,
    input: {
      sku: form.sku,
      name: form.name,
      description: form.description,
      unit: form.unit,
      price: price.value,
      taxRateId: form.taxRateId === '' ? null : Number(form.taxRateId),
      barcode: form.barcode,
      isStockTracked: form.isStockTracked,
    },
  };
}

const shown = new Set([
  'sku',
  'name',
  'description',
  'unit',
  'price',
  'taxRateId',
  'barcode',
  'isStockTracked',
]);
export const isProductFieldShown = (path: string): boolean => shown.has(path);
