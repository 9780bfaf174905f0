// Parses money amounts and decimal quantities typed by users in their own locale into exact values,
// with a short human message for anything that cannot be read unambiguously.
import { minorUnits } from './currencies';
import { currencyTokens, numberSymbols } from './localeNumbers';
import { readNumber } from './parseNumber';

export type ParseMoneyResult = { ok: true; minor: number } | { ok: false; error: string };
export type ParseDecimalResult = { ok: true; value: string } | { ok: false; error: string };

type Affixes = { ok: true; body: string; negative: boolean } | { ok: false; error: string };

// Intl wraps numbers in these invisible direction marks in ar/he; pasted text keeps them.
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;
// Hyphen-minus, the U+2212 minus that sv-SE and others format, and the en dash word processors substitute.
const MINUS_SIGNS = ['-', '\u2212', '\u2013'];
const MAX_INPUT_LENGTH = 100;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function startsWithToken(text: string, token: string): boolean {
  return text.slice(0, token.length).toUpperCase() === token.toUpperCase();
}

function endsWithToken(text: string, token: string): boolean {
  return text.length >= token.length && text.slice(-token.length).toUpperCase() === token.toUpperCase();
}

/** Peels sign, parentheses and currency off the number, accepting them in any order the locale may use. */
function stripAffixes(text: string, tokens: readonly string[], allowParentheses: boolean): Affixes {
  let rest = text.replace(BIDI_MARKS, '').trim();
  if (rest === '') return { ok: false, error: 'Enter an amount' };
  if (rest.length > MAX_INPUT_LENGTH) return { ok: false, error: 'Too long' };

  let parentheses = false;
  if (allowParentheses && rest.startsWith('(')) {
    if (!rest.endsWith(')')) return { ok: false, error: 'Unbalanced parentheses' };
    parentheses = true;
    rest = rest.slice(1, -1).trim();
  }

  let sign: '-' | '+' | undefined;
  let currencySeen = false;
  for (let progress = true; progress;) {
    progress = false;
    const first = rest.charAt(0);
    const signChar = MINUS_SIGNS.includes(first) ? '-' : first === '+' ? '+' : undefined;
    if (signChar !== undefined && sign === undefined) {
      sign = signChar;
      rest = rest.slice(1).trimStart();
      progress = true;
      continue;
    }
    const token = currencySeen ? undefined : tokens.find((candidate) => startsWithToken(rest, candidate));
    if (token !== undefined) {
      currencySeen = true;
      rest = rest.slice(token.length).trimStart();
      progress = true;
    }
  }
  const suffix = currencySeen ? undefined : tokens.find((candidate) => endsWithToken(rest, candidate));
  if (suffix !== undefined) rest = rest.slice(0, -suffix.length).trimEnd();

  if (parentheses && sign !== undefined) {
    return { ok: false, error: 'Use either a minus sign or parentheses, not both' };
  }
  if (rest === '') return { ok: false, error: 'Enter an amount' };
  return { ok: true, body: rest, negative: parentheses || sign === '-' };
}

function tooManyDecimals(currency: string, units: number): string {
  if (units === 0) return `${currency} does not allow decimals`;
  return `${currency} allows at most ${units} decimal${units === 1 ? '' : 's'}`;
}

export function parseMoney(text: string, currency: string, locale: string): ParseMoneyResult {
  const units = minorUnits(currency);
  const affixes = stripAffixes(text, currencyTokens(locale, currency), true);
  if (!affixes.ok) return affixes;
  // fr-CH formats money with '.' but plain numbers with ',', and users type either.
  const reading = readNumber(affixes.body, [numberSymbols(locale, currency), numberSymbols(locale)]);
  if (!reading.ok) return reading;
  // Even "12.000" is refused for EUR: trailing digits signal the user meant a different number.
  if (reading.fraction.length > units) return { ok: false, error: tooManyDecimals(currency, units) };

  const digits = `${reading.integer}${reading.fraction.padEnd(units, '0')}`;
  if (BigInt(digits) > MAX_SAFE) return { ok: false, error: 'Amount is too large' };
  const minor = Number(BigInt(digits));
  return { ok: true, minor: affixes.negative && minor !== 0 ? -minor : minor };
}

/**
 * For quantities and unit prices: returns a canonical string ('.' decimal, no grouping, no redundant zeros).
 * Trailing zeros beyond maxScale are tolerated ("1.50000" at scale 4 is exactly 1.5).
 */
export function parseDecimal(text: string, locale: string, maxScale: number): ParseDecimalResult {
  if (!Number.isInteger(maxScale) || maxScale < 0 || maxScale > 20) {
    throw new RangeError(`maxScale must be an integer from 0 to 20, got ${String(maxScale)}`);
  }
  const affixes = stripAffixes(text, [], false);
  if (!affixes.ok) return affixes;
  const reading = readNumber(affixes.body, [numberSymbols(locale)]);
  if (!reading.ok) return reading;

  const fraction = reading.fraction.replace(/0+$/, '');
  if (fraction.length > maxScale) {
    return {
      ok: false,
      error: maxScale === 0 ? 'Enter a whole number' : `At most ${maxScale} decimals allowed`,
    };
  }
  const integer = reading.integer.replace(/^0+(?=\d)/, '');
  const magnitude = fraction === '' ? integer : `${integer}.${fraction}`;
  const isZero = integer === '0' && fraction === '';
  return { ok: true, value: affixes.negative && !isZero ? `-${magnitude}` : magnitude };
}
