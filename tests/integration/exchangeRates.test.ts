// The company's exchange-rate table through the contract: set, replace, the rate in force on a date, remove, import.
import { afterEach, describe, expect, it } from 'vitest';
import { logicalFingerprint } from '../helpers/companyFiles';
import { expectError, makeCompany, type TestServices } from '../helpers/services';

let s: TestServices;
afterEach(() => s?.dispose());

describe('exchange rates', () => {
  it('keeps one rate per currency and day, and finds the one in force on any date', async () => {
    s = await makeCompany();
    await s.call('exchangeRates.set', { currency: 'usd', date: '2026-03-01', rate: '0.92310' });
    await s.call('exchangeRates.set', { currency: 'USD', date: '2026-03-10', rate: '0.95' });
    const replaced = await s.call('exchangeRates.set', {
      currency: 'USD',
      date: '2026-03-10',
      rate: '0.9412',
    });
    expect([replaced.rate, replaced.source]).toEqual(['0.9412', 'manual']);
    const rateOn = async (date: string) =>
      (await s.call('exchangeRates.rateOn', { currency: 'USD', date }))?.rate ?? null;
    expect([
      await rateOn('2026-02-28'),
      await rateOn('2026-03-01'),
      await rateOn('2026-03-09'),
      await rateOn('2026-03-31'),
    ]).toEqual([null, '0.9231', '0.9231', '0.9412']);
    const list = await s.call('exchangeRates.list', {});
    expect(list.rows.map((r) => [r.date, r.currency, r.rate])).toEqual([
      ['2026-03-10', 'USD', '0.9412'],
      ['2026-03-01', 'USD', '0.9231'],
    ]);
    await s.call('exchangeRates.remove', { id: list.rows[0]!.id });
    expect(await rateOn('2026-03-31')).toBe('0.9231');
  });

  it('refuses the base currency, a zero rate and bad dates, changing nothing', async () => {
    s = await makeCompany();
    const before = logicalFingerprint(s.session.require().sqlite);
    const base = await expectError(
      s.call('exchangeRates.set', { currency: 'EUR', date: '2026-03-01', rate: '1' }),
    );
    expect([base.code, base.details.fields?.[0]?.path]).toEqual(['VALIDATION', 'currency']);
    for (const rate of ['0', '0.0000', '-1', '1e3', '1,5', '0.12345678901']) {
      const e = await expectError(s.call('exchangeRates.set', { currency: 'USD', date: '2026-03-01', rate }));
      expect([e.code, e.details.fields?.[0]?.path]).toEqual(['VALIDATION', 'rate']);
    }
    expect(
      (await expectError(s.call('exchangeRates.set', { currency: 'USD', date: '2026-13-01', rate: '1' })))
        .code,
    ).toBe('VALIDATION');
    expect(logicalFingerprint(s.session.require().sqlite)).toBe(before);
  });

  it('imports a CSV all or nothing, telling the first bad line', async () => {
    s = await makeCompany();
    await s.call('exchangeRates.set', { currency: 'GBP', date: '2026-03-02', rate: '1.16' });
    const before = logicalFingerprint(s.session.require().sqlite);
    const bad = await expectError(
      s.call('exchangeRates.import', {
        csv: 'date,currency,rate\n2026-03-02,GBP,1.17\n2026-03-02,EUR,1\n2026-03-03,CHF,abc',
      }),
    );
    expect([bad.code, bad.message]).toEqual([
      'VALIDATION',
      'Nothing was imported: line 3: EUR is the base currency; leave it out',
    ]);
    expect(bad.details.lines).toEqual([
      { line: 3, message: 'EUR is the base currency; leave it out' },
      { line: 4, message: '"abc" is not a rate above 0 like 0.9234' },
    ]);
    expect(logicalFingerprint(s.session.require().sqlite)).toBe(before);
    const done = await s.call('exchangeRates.import', {
      csv: '2026-03-02;GBP;1.17\n2026-03-03;CHF;1.0433\n2026-03-03;JPY;0.0061',
    });
    expect(done).toEqual({ imported: 2, replaced: 1 });
    const rows = (await s.call('exchangeRates.list', {})).rows.map((r) => [
      r.currency,
      r.date,
      r.rate,
      r.source,
    ]);
    expect(rows).toEqual([
      ['CHF', '2026-03-03', '1.0433', 'import'],
      ['JPY', '2026-03-03', '0.0061', 'import'],
      ['GBP', '2026-03-02', '1.17', 'import'],
    ]);
  });
});
