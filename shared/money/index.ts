// Public API of the money module: exact amounts in integer minor units, with locale-aware display and input.
export { currencyCodes, isCurrencyCode, minorUnits, type CurrencyCode } from './currencies';
export { canonicalDecimal, Dec, decimalRounding, isPlainDecimal, toDec, type RoundingMode } from './decimal';
export { addMinor, assertSafeMinor, fromMinor, minorToDecimalString, roundDecimal, toMinor } from './minor';
export { allocate, splitEvenly } from './allocate';
export { formatDecimal, formatMoney, type FormatMoneyOptions } from './format';
export { parseDecimal, parseMoney, type ParseDecimalResult, type ParseMoneyResult } from './parse';
