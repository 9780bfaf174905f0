// Reads the unsigned numeric core of user input ("1.234,56", "12 345.6", "١٢٫٥") into ASCII digit strings,
// validating separators against a locale's conventions. Signs and currency symbols are handled by parse.ts.
import type { NumberSymbols } from './localeNumbers';

export type NumberReading = { ok: true; integer: string; fraction: string } | { ok: false; error: string };

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function validGrouping(groups: readonly string[], primary: number, secondary: number): boolean {
  const [first, ...rest] = groups;
  const last = rest.at(-1);
  if (first === undefined || last === undefined) return true;
  if (first.length < 1 || first.length > secondary || last.length !== primary) return false;
  return rest.slice(0, -1).every((group) => group.length === secondary);
}

function readWith(
  body: string,
  decimal: string,
  groups: readonly string[],
  symbols: NumberSymbols,
): NumberReading {
  // Markers after translation: ASCII digits, 'D' for the decimal separator, 'G' for a group separator.
  let marked = '';
  for (const char of body) {
    const digit = symbols.digits.get(char);
    if (digit !== undefined) marked += digit;
    else if (char === decimal) marked += 'D';
    else if (groups.includes(char)) marked += 'G';
    else return fail(`Unexpected character "${char}"`);
  }
  const pieces = marked.split('D');
  if (pieces.length > 2) return fail('Too many decimal separators');
  const [integerPart = '', fraction] = pieces;
  if (fraction !== undefined && fraction.includes('G')) return fail('Misplaced group separator');
  if (fraction === '') return fail('Digits must follow the decimal separator');
  if (integerPart === '' && fraction === undefined) return fail('Enter a number');

  const integerGroups = integerPart.split('G');
  if (integerGroups.length > 1) {
    // en-IN groups as 12,34,567; also accept the 3-digit grouping everybody else uses.
    const { primaryGroup, secondaryGroup } = symbols;
    const ok =
      validGrouping(integerGroups, primaryGroup, secondaryGroup) ||
      validGrouping(integerGroups, primaryGroup, primaryGroup);
    if (!ok) return fail('Misplaced group separator');
  }
  return { ok: true, integer: integerGroups.join('') || '0', fraction: fraction ?? '' };
}

function readLocale(body: string, symbols: NumberSymbols): NumberReading {
  const reading = readWith(body, symbols.decimal, symbols.groups, symbols);
  if (reading.ok || symbols.decimal === '.' || body.includes(symbols.decimal)) return reading;
  // "1234.56" typed in de-DE: '.' is the group separator there, but as a grouping it is impossible, so the
  // only sensible reading is a decimal point. A valid grouping such as "1.234" keeps the locale meaning.
  const dots = body.split('.').length - 1;
  if (dots !== 1) return reading;
  const plain = readWith(
    body,
    '.',
    symbols.groups.filter((group) => group !== '.'),
    symbols,
  );
  return plain.ok ? plain : reading;
}

/**
 * Tries each symbol set in order (e.g. a locale's money separators, then its plain-number separators) and
 * returns the first successful reading, or the error from the first set, which matches what the user saw.
 */
export function readNumber(body: string, symbolSets: readonly NumberSymbols[]): NumberReading {
  let firstError: NumberReading | undefined;
  for (const symbols of symbolSets) {
    const reading = readLocale(body, symbols);
    if (reading.ok) return reading;
    firstError ??= reading;
  }
  return firstError ?? fail('Enter a number');
}
