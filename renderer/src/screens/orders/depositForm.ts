// The "Create deposit invoice" dialog as typed and its reading into invoices.create: an amount (tax included) or
// a percentage of the order total, one text line, the order's main tax rate unless another is chosen.
import type { InvoiceInput, Order, TaxLine } from '../../../../shared/contract';
import { Dec, fromMinor, minorToDecimalString, parseDecimal, toMinor } from '../../../../shared/money';
import { readMoney } from '../payments/moneyInput';

export type DepositBasis = 'amount' | 'percent';

export interface DepositForm {
  basis: DepositBasis;
  amount: string;
  percent: string;
  /** A tax rate id, or 'none'. */
  taxRate: string;
  description: string;
}

/** The rate most of the order is taxed at (the largest base); null when nothing is taxed. */
export function mainTaxRateOf(taxes: readonly TaxLine[]): number | null {
  let main: TaxLine | null = null;
  for (const line of taxes) if (!main || line.base > main.base) main = line;
  return main?.taxRateId ?? null;
}

export function emptyDepositForm(order: Pick<Order, 'number' | 'totals'>): DepositForm {
  const rate = mainTaxRateOf(order.totals.taxes);
  return {
    basis: 'amount',
    amount: '',
    percent: '',
    taxRate: rate === null ? 'none' : String(rate),
    description: `Deposit for order ${order.number ?? ''}`.trim(),
  };
}

export interface DepositReading {
  /** The deposit in minor units, tax included; null while it cannot be read. */
  minor: number | null;
  /** By the dialog's field names: amount, percent, description. */
  problems: Record<string, string>;
  input: InvoiceInput | null;
}

type DepositOrder = Pick<Order, 'id' | 'customer' | 'currency' | 'totals'>;

type MinorReading = { ok: true; minor: number } | { ok: false; field: DepositBasis; error: string };

function depositMinor(form: DepositForm, order: DepositOrder, locale: string): MinorReading {
  const { currency } = order;
  if (form.basis === 'percent') {
    if (form.percent.trim() === '')
      return { ok: false, field: 'percent', error: 'Enter a percentage, e.g. 30' };
    const parsed = parseDecimal(form.percent, locale, 4);
    if (!parsed.ok) return { ok: false, field: 'percent', error: parsed.error };
    const percent = new Dec(parsed.value);
    if (percent.lte(0) || percent.gt(100))
      return { ok: false, field: 'percent', error: 'Enter more than 0 and up to 100' };
    return {
      ok: true,
      minor: toMinor(fromMinor(order.totals.total, currency).times(percent).div(100), currency),
    };
  }
  if (form.amount.trim() === '')
    return { ok: false, field: 'amount', error: 'Enter the amount of the deposit' };
  const parsed = readMoney(form.amount, currency, locale);
  if (!parsed.ok) return { ok: false, field: 'amount', error: parsed.error };
  return { ok: true, minor: parsed.minor };
}

export function readDepositForm(
  form: DepositForm,
  order: DepositOrder,
  invoiceDate: string,
  locale: string,
): DepositReading {
  const problems: Record<string, string> = {};
  const read = depositMinor(form, order, locale);
  let minor: number | null = null;
  if (!read.ok) problems[read.field] = read.error;
  else if (read.minor <= 0) problems[form.basis] = 'The deposit must be more than 0';
  else if (read.minor > order.totals.total)
    problems[form.basis] = 'A deposit cannot be more than the order total';
  else minor = read.minor;
  const description = form.description.trim();
  if (description === '') problems.description = 'Describe the deposit';
  if (minor === null || Object.keys(problems).length > 0) return { minor, problems, input: null };
  return {
    minor,
    problems,
    input: {
      customerId: order.customer.id,
      orderId: order.id,
      isDeposit: true,
      invoiceDate,
      // The amount asked for is what the customer pays: tax included.
      pricesIncludeTax: true,
      lines: [
        {
          kind: 'text',
          description,
          quantity: '1',
          unitPrice: minorToDecimalString(minor, order.currency),
          taxRateId: form.taxRate === 'none' ? null : Number(form.taxRate),
        },
      ],
    },
  };
}

/** Main's `lines.0.unitPrice` and friends, placed on the dialog's fields. */
export function depositFieldOf(path: string, basis: DepositBasis): string {
  if (path === 'lines.0.unitPrice') return basis;
  if (path === 'lines.0.taxRateId') return 'taxRate';
  if (path === 'lines.0.description') return 'description';
  return path;
}

export const isDepositField = (path: string) =>
  ['amount', 'percent', 'taxRate', 'description'].includes(path);
