// Realised exchange difference when a payment at one rate settles (part of) an invoice booked at another.
import { assertSafeMinor, type RoundingMode } from '../money';
import { convertToBase } from '../invoicing/postingLines';

export interface FxAllocationInput {
  /** Allocated amount in minor units of the invoice (document) currency, ≥ 0. */
  amount: number;
  currency: string;
  baseCurrency: string;
  /** The invoice's rate: base units per unit of document currency. */
  invoiceRate: string;
  /**
   * How much base the payment brought for this amount: its own rate (a foreign-currency payment), or
   * the base amount directly (e.g. a JPY invoice paid in EUR, the base currency).
   */
  payment: { rate: string } | { base: number };
  /**
   * When this allocation clears the invoice's last open amount: the base still on AR for the invoice.
   * AR is then relieved by exactly that, so the invoice leaves no base residue and the cent goes to FX.
   */
  arBaseRemaining?: number;
  roundingMode?: RoundingMode;
}

export interface FxAllocation {
  /** Base relieved from AR. */
  arBase: number;
  /** Base received in cash for this allocation. */
  cashBase: number;
  /** cashBase − arBase: positive a gain, negative a loss. */
  difference: number;
  kind: 'gain' | 'loss' | 'none';
}

/**
 * Per allocation: AR base = round(amount × invoiceRate), cash base = round(amount × paymentRate), each
 * scaled by the two currencies' minor units (JPY 0, EUR 2, KWD 3) and rounded once in the company mode,
 * the same conversion the invoice's AR line was booked with. Partial allocations may thus leave a cent of
 * base on AR; pass arBaseRemaining on the allocation that settles the invoice to clear it exactly.
 */
export function realisedFx(input: FxAllocationInput): FxAllocation {
  assertSafeMinor(input.amount, 'amount');
  if (input.amount < 0) throw new RangeError(`The allocated amount cannot be negative, got ${input.amount}`);
  const mode = input.roundingMode ?? 'half_up';
  const conversion = { currency: input.currency, baseCurrency: input.baseCurrency };
  let arBase = convertToBase(input.amount, { ...conversion, fxRate: input.invoiceRate }, mode);
  if (input.arBaseRemaining !== undefined) {
    assertSafeMinor(input.arBaseRemaining, 'arBaseRemaining');
    arBase = input.arBaseRemaining;
  }
  let cashBase: number;
  if ('rate' in input.payment) {
    cashBase = convertToBase(input.amount, { ...conversion, fxRate: input.payment.rate }, mode);
  } else {
    assertSafeMinor(input.payment.base, 'payment base');
    if (input.payment.base < 0) throw new RangeError('The payment base amount cannot be negative');
    cashBase = input.payment.base;
  }
  const difference = cashBase - arBase;
  return { arBase, cashBase, difference, kind: difference > 0 ? 'gain' : difference < 0 ? 'loss' : 'none' };
}
