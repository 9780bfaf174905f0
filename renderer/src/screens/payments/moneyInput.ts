// Amounts typed into the payment screens: read into integer minor units with shared/money (never floats),
// and minor units shown back as text an input can hold ("1,234.50", no currency symbol).
import { formatMoney, parseMoney } from '../../../../shared/money';

export type MoneyReading = { ok: true; minor: number } | { ok: false; error: string };

/** A blank cell is 0; negative amounts are refused (a reversal is its own action, not a minus sign). */
export function readMoney(text: string, currency: string, locale: string): MoneyReading {
  if (text.trim() === '') return { ok: true, minor: 0 };
  let parsed;
  try {
    parsed = parseMoney(text, currency, locale);
  } catch {
    // Only an unknown currency code throws; the customer's record is then what needs fixing.
    return { ok: false, error: `Amounts in ${currency} cannot be read: check the customer's currency` };
  }
  if (!parsed.ok) return parsed;
  if (parsed.minor < 0) return { ok: false, error: 'Enter a positive amount' };
  return parsed;
}

export function moneyInputText(minor: number, currency: string, locale: string): string {
  try {
    return formatMoney(minor, currency, locale, { showCurrency: false });
  } catch {
    return '';
  }
}
