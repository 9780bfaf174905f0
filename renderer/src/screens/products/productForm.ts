// The product editor's form state (text as typed) and its conversion to the contract's input.
import type { Product, ProductInput, TaxRate } from '../../../../shared/contract';
import { minorUnits, parseDecimal } from '../../../../shared/money';
import { decimalInputText, decimalText } from '../../lib/format';
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
  /** Shipping more than is on hand is allowed (stock goes below zero). */
  allowNegativeStock: boolean;
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
  allowNegativeStock: false,
};

/** "28.5" → "28.50" for EUR: at least the currency's decimals, more when the price has them. */
export function withCurrencyDecimals(price: string, currency: string): string {
  let digits: number;
  try {
    digits = minorUnits(currency);
  } catch {
    return price;
  }
  const [whole = '', fraction = ''] = price.split('.');
  if (fraction.length >= digits) return price;
  return `${whole}.${fraction.padEnd(digits, '0')}`;
}

export function formOfProduct(product: Product, locale: string, currency: string): ProductForm {
  return {
    sku: product.sku,
    name: product.name,
    description: product.description,
    unit: product.unit,
    price: decimalInputText(withCurrencyDecimals(product.price, currency), locale),
    taxRateId: product.taxRateId === null ? '' : String(product.taxRateId),
    barcode: product.barcode,
    isStockTracked: product.isStockTracked,
    allowNegativeStock: product.allowNegativeStock,
  };
}

/** "Reduced (7 %)", or just the name when it already says the rate ("Standard 23%"). */
export function taxRateLabel(rate: Pick<TaxRate, 'name' | 'ratePercent'>, locale: string): string {
  const number = rate.ratePercent.replace(/\./g, '\\.');
  const mentionsRate = new RegExp(`(^|[^\\d.])${number}\\s?%`).test(rate.name.replace(/,/g, '.'));
  return mentionsRate ? rate.name : `${rate.name} (${decimalText(rate.ratePercent, locale, 4)} %)`;
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
      allowNegativeStock: form.allowNegativeStock,
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
  'allowNegativeStock',
]);
export const isProductFieldShown = (path: string): boolean => shown.has(path);
