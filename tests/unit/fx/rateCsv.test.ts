import { describe, expect, it } from 'vitest';
import { parseRateCsv } from '../../../electron/fx/rateCsv';

describe('reading an exchange-rate CSV', () => {
  it('takes comma or semicolon files, with or without a header, and upper-cases codes', () => {
    expect(parseRateCsv('date,currency,rate\n2026-03-01,usd,0.9231\r\n\n2026-03-02,GBP,1.17\n')).toEqual({
      rows: [
        { line: 2, date: '2026-03-01', currency: 'USD', rate: '0.9231' },
        { line: 4, date: '2026-03-02', currency: 'GBP', rate: '1.17' },
      ],
      errors: [],
    });
    expect(parseRateCsv('\uFEFF"2026-03-01";"JPY";"0.0061"').rows).toEqual([
      { line: 1, date: '2026-03-01', currency: 'JPY', rate: '0.0061' },
    ]);
  });

  it('names each bad line and what is wrong with it', () => {
    const { rows, errors } = parseRateCsv(
      [
        '2026-02-30,USD,0.9',
        '2026-03-01,XXX,0.9',
        '2026-03-01,USD,-1',
        '2026-03-01,USD,0',
        '2026-03-01,USD',
        '2026-03-01,USD,0.92',
        '2026-03-01,usd,0.93',
      ].join('\n'),
    );
    expect(rows.map((r) => r.line)).toEqual([6]);
    expect(errors).toEqual([
      { line: 1, message: '"2026-02-30" is not a date like 2026-01-31' },
      { line: 2, message: '"XXX" is not a currency code like USD' },
      { line: 3, message: '"-1" is not a rate above 0 like 0.9234' },
      { line: 4, message: '"0" is not a rate above 0 like 0.9234' },
      { line: 5, message: 'Expected three columns: date, currency, rate' },
      { line: 7, message: 'USD on 2026-03-01 is also on line 6' },
    ]);
  });
});
