import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ExchangeRate } from '../../shared/contract';
import { companySettings, installOrdo, rejection, renderApp } from './fakeOrdo';

const usd: ExchangeRate = {
  id: 1,
  currency: 'USD',
  date: '2026-03-01',
  rate: '0.9231',
  source: 'manual',
  updatedAt: 'x',
};

describe('exchange rates settings', () => {
  it('lists the rates and adds one, reading the rate in the company locale', async () => {
    let rows = [usd];
    const ordo = installOrdo({
      'settings.get': companySettings({ locale: 'de-DE' }),
      'exchangeRates.list': () => ({ rows, total: rows.length }),
      'exchangeRates.set': (input) => {
        const saved = { ...usd, id: 2, ...input };
        rows = [saved, ...rows];
        return saved;
      },
    });
    const { user } = renderApp('#/settings/exchange-rates');
    expect(await screen.findByRole('cell', { name: '0,9231' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add rate' }));
    const dialog = screen.getByRole('dialog', { name: 'Add exchange rate' });
    await user.type(within(dialog).getByLabelText('Currency'), 'gbp');
    await user.clear(within(dialog).getByLabelText('Valid from'));
    await user.type(within(dialog).getByLabelText('Valid from'), '2026-03-10');
    await user.type(within(dialog).getByLabelText(/^Rate/), '1,1712');
    await user.click(within(dialog).getByRole('button', { name: 'Save rate' }));
    await waitFor(() =>
      expect(ordo.lastInputOf('exchangeRates.set')).toEqual({
        currency: 'GBP',
        date: '2026-03-10',
        rate: '1.1712',
      }),
    );
    expect(await screen.findByRole('cell', { name: '1,1712' })).toBeInTheDocument();
  });

  it('shows why an import was refused, line by line', async () => {
    const ordo = installOrdo({
      'exchangeRates.list': () => ({ rows: [], total: 0 }),
      'exchangeRates.import': () => {
        throw {
          ...rejection(
            'VALIDATION',
            'Nothing was imported: line 2: "abc" is not a rate above 0 like 0.9234',
            [{ path: 'csv', message: 'Line 2: "abc" is not a rate above 0 like 0.9234' }],
          ),
          details: {
            fields: [{ path: 'csv', message: 'Line 2: "abc" is not a rate above 0 like 0.9234' }],
            lines: [
              { line: 2, message: '"abc" is not a rate above 0 like 0.9234' },
              { line: 3, message: 'EUR is the base currency; leave it out' },
            ],
          },
        };
      },
    });
    const { user } = renderApp('#/settings/exchange-rates');
    expect(await screen.findByText(/No exchange rates yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import CSV' }));
    const dialog = screen.getByRole('dialog', { name: 'Import exchange rates' });
    await user.type(within(dialog).getByLabelText(/^Rates/), '2026-03-01,USD,abc');
    await user.click(within(dialog).getByRole('button', { name: 'Import rates' }));
    expect(
      await within(dialog).findByText('Line 2: "abc" is not a rate above 0 like 0.9234'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('list', { name: 'Lines to fix' })).toHaveTextContent(
      'Line 3: EUR is the base currency; leave it out',
    );
    expect(ordo.lastInputOf('exchangeRates.import')).toEqual({ csv: '2026-03-01,USD,abc' });
  });
});
