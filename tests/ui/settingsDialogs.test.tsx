import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NumberSeries, PaymentTerms } from '../../shared/contract';
import { todayIso } from '../../renderer/src/lib/today';
import { companySettings, installOrdo, rejection, renderApp } from './fakeOrdo';

const year = todayIso().slice(0, 4);

const net30: PaymentTerms = {
  id: 1,
  name: 'Net 30',
  kind: 'net',
  days: 30,
  discountPercent: null,
  discountDays: null,
  isDefault: true,
  archived: false,
  description: 'Net 30',
};

describe('payment terms', () => {
  it('says the terms in words instead of repeating the name', async () => {
    installOrdo({
      'paymentTerms.list': [
        net30,
        {
          ...net30,
          id: 2,
          name: 'EOM',
          kind: 'end_of_month',
          days: 15,
          isDefault: false,
          description: 'EOM',
        },
        { ...net30, id: 3, name: 'Due now', days: 0, isDefault: false, description: 'Due now' },
      ],
    });
    renderApp('#/settings/payment-terms');

    const table = await screen.findByRole('table', { name: 'Payment terms' });
    const names = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelectorAll('td')[1]?.textContent);
    expect(names).toEqual([
      'Due 30 days after the invoice date',
      'Due 15 days after the end of the invoice month',
      'Due on the invoice date',
    ]);
  });

  it('shows the contract’s error beside “Discount days” for a discount without days, then saves a default', async () => {
    let terms: PaymentTerms[] = [net30];
    const ordo = installOrdo({
      'settings.get': companySettings({ locale: 'de-DE' }),
      'paymentTerms.list': () => terms,
      'paymentTerms.create': (input) => {
        if ((input.discountPercent ?? null) !== null && (input.discountDays ?? null) === null) {
          throw rejection('VALIDATION', 'Check the payment terms', [
            { path: 'discountDays', message: 'Give both the discount % and its days, or neither' },
          ]);
        }
        const created: PaymentTerms = {
          id: 2,
          name: input.name,
          kind: input.kind,
          days: input.days,
          discountPercent: input.discountPercent ?? null,
          discountDays: input.discountDays ?? null,
          isDefault: input.isDefault ?? false,
          archived: false,
          description: input.name,
        };
        terms = [{ ...net30, isDefault: false }, created];
        return created;
      },
    });
    const { user } = renderApp('#/settings/payment-terms');

    await user.click(await screen.findByRole('button', { name: 'Add payment terms' }));
    const dialog = screen.getByRole('dialog', { name: 'Add payment terms' });
    await user.type(within(dialog).getByLabelText('Name'), '2 % 10, netto 30');
    await user.clear(within(dialog).getByLabelText('Days'));
    await user.type(within(dialog).getByLabelText('Days'), '30');
    await user.type(within(dialog).getByLabelText('Discount (%)'), '2,5');
    await user.click(within(dialog).getByLabelText('Default for new customers'));
    await user.click(within(dialog).getByRole('button', { name: 'Save payment terms' }));

    const discountDays = within(dialog).getByLabelText('Discount days');
    await waitFor(() => expect(discountDays).toHaveAttribute('aria-invalid', 'true'));
    expect(discountDays).toHaveAccessibleDescription(
      expect.stringContaining('Give both the discount % and its days, or neither'),
    );
    expect(discountDays).toHaveFocus();
    expect(within(dialog).getByLabelText('Discount (%)')).not.toHaveAttribute('aria-invalid');
    expect(ordo.lastInputOf('paymentTerms.create')).toEqual({
      name: '2 % 10, netto 30',
      kind: 'net',
      days: 30,
      discountPercent: '2.5',
      discountDays: null,
      isDefault: true,
    });

    await user.type(discountDays, '10');
    // The dialog says what the typed terms mean before they are saved.
    expect(
      within(dialog).getByText('Due 30 days after the invoice date; 2,5 % off if paid within 10 days'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save payment terms' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(ordo.lastInputOf('paymentTerms.create')).toMatchObject({ discountDays: 10, isDefault: true });
    const row = await screen.findByRole('row', { name: /^2 % 10, netto 30 Default/ });
    expect(row).toHaveTextContent('2,5 % off if paid within 10 days');
    expect(screen.getByRole('row', { name: /^Net 30 Due 30 days/ })).not.toHaveTextContent('Default');
  });

  it('edits terms and makes them the default through paymentTerms.update', async () => {
    const net60: PaymentTerms = { ...net30, id: 4, name: 'Net 60', days: 60, isDefault: false };
    const ordo = installOrdo({
      'paymentTerms.list': [net30, net60],
      'paymentTerms.update': (input) => ({ ...net60, ...input, isDefault: input.isDefault ?? false }),
    });
    const { user } = renderApp('#/settings/payment-terms');

    await user.click(await screen.findByRole('button', { name: 'Edit Net 60' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit payment terms' });
    expect(within(dialog).getByLabelText('Days')).toHaveValue('60');
    expect(within(dialog).getByLabelText('Default for new customers')).not.toBeChecked();
    await user.click(within(dialog).getByLabelText('Default for new customers'));
    await user.click(within(dialog).getByRole('button', { name: 'Save payment terms' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('paymentTerms.update')).toEqual({
        id: 4,
        name: 'Net 60',
        kind: 'net',
        days: 60,
        discountPercent: null,
        discountDays: null,
        isDefault: true,
      }),
    );
  });
});

const invoices: NumberSeries = {
  key: 'invoice',
  name: 'Invoices',
  pattern: 'INV-{YYYY}-{#####}',
  resetYearly: true,
  nextNumber: 42,
  lastIssued: `INV-${year}-00041`,
  preview: `INV-${year}-00042`,
};
const orders: NumberSeries = {
  key: 'order',
  name: 'Orders',
  pattern: 'SO-{YYYY}-{#####}',
  resetYearly: true,
  nextNumber: 1,
  lastIssued: null,
  preview: `SO-${year}-00001`,
};

describe('number series', () => {
  it('lists the last number issued and the next one', async () => {
    installOrdo({ 'numberSeries.list': [invoices, orders] });
    renderApp('#/settings/number-series');

    expect(
      await screen.findByRole('row', {
        name: `Invoices INV-{YYYY}-{#####} INV-${year}-00041 INV-${year}-00042 42 Yes Edit`,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('row', { name: `Orders SO-{YYYY}-{#####} None yet SO-${year}-00001 1 Yes Edit` }),
    ).toBeInTheDocument();
  });

  it('shows the last issued number, previews the pattern as typed, and sends only the pattern', async () => {
    const ordo = installOrdo({
      'numberSeries.list': [invoices, orders],
      'numberSeries.update': (input) => ({ ...invoices, ...input }),
    });
    const { user } = renderApp('#/settings/number-series');

    await user.click(await screen.findByRole('button', { name: 'Edit Invoices' }));
    const dialog = screen.getByRole('dialog', { name: 'Number series: Invoices' });
    expect(within(dialog).getByText(`INV-${year}-00041`)).toBeInTheDocument();
    const preview = within(dialog).getByRole('status', { name: 'Next document' });
    expect(preview).toHaveTextContent(`INV-${year}-00042`);
    // Numbers were issued in this period: the next number follows on and cannot be typed over.
    const next = within(dialog).getByLabelText('Next number');
    expect(next).toHaveAttribute('readonly');
    expect(next).toHaveAccessibleDescription(expect.stringContaining('already issued in this period'));

    const pattern = within(dialog).getByLabelText('Pattern');
    expect(pattern).toHaveFocus();
    await user.clear(pattern);
    await user.type(pattern, 'F-{{YY}/{{####}');
    expect(preview).toHaveTextContent(`F-${year.slice(2)}/0042`);
    await user.click(within(dialog).getByRole('button', { name: 'Save number series' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('numberSeries.update')).toEqual({ key: 'invoice', pattern: 'F-{YY}/{####}' }),
    );
    expect(await screen.findByText('Number series saved')).toBeInTheDocument();
  });

  it('sends only the next number when nothing was issued yet, and refuses one that is not a number', async () => {
    const ordo = installOrdo({
      'numberSeries.list': [invoices, orders],
      'numberSeries.update': (input) => ({ ...orders, ...input }),
    });
    const { user } = renderApp('#/settings/number-series');

    await user.click(await screen.findByRole('button', { name: 'Edit Orders' }));
    const dialog = screen.getByRole('dialog', { name: 'Number series: Orders' });
    expect(within(dialog).getByText('None yet in this period')).toBeInTheDocument();
    const next = within(dialog).getByLabelText('Next number');
    await user.clear(next);
    await user.type(next, 'ten');
    expect(within(dialog).getByRole('status', { name: 'Next document' })).toHaveTextContent('—');
    await user.click(within(dialog).getByRole('button', { name: 'Save number series' }));
    expect(await within(dialog).findByText('Enter a whole number, 1 or more')).toBeInTheDocument();
    expect(ordo.inputsOf('numberSeries.update')).toHaveLength(0);

    await user.clear(next);
    await user.type(next, '100');
    expect(within(dialog).getByRole('status', { name: 'Next document' })).toHaveTextContent(
      `SO-${year}-00100`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save number series' }));
    await waitFor(() =>
      expect(ordo.lastInputOf('numberSeries.update')).toEqual({ key: 'order', nextNumber: 100 }),
    );
  });
});

describe('period lock', () => {
  it('locks the books up to a date after confirming, and removes the lock again', async () => {
    let lockDate: string | null = null;
    const ordo = installOrdo({
      'settings.get': () => companySettings({ periodLockDate: lockDate }),
      'settings.setPeriodLock': (input) => {
        lockDate = input.date;
        return companySettings({ periodLockDate: lockDate });
      },
    });
    const { user } = renderApp('#/settings/period-lock');

    expect(await screen.findByText('No period is locked.')).toBeInTheDocument();
    const lockButton = screen.getByRole('button', { name: 'Lock period' });
    expect(lockButton).toBeDisabled();
    await user.type(screen.getByLabelText('Lock up to and including'), '2026-03-31');
    await user.click(lockButton);

    const confirm = screen.getByRole('dialog', { name: 'Lock the books?' });
    expect(confirm).toHaveTextContent('Nothing can be posted on or before Mar 31, 2026.');
    expect(ordo.inputsOf('settings.setPeriodLock')).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Lock period' }));

    await waitFor(() => expect(ordo.lastInputOf('settings.setPeriodLock')).toEqual({ date: '2026-03-31' }));
    expect(
      await screen.findByText('The books are locked up to and including Mar 31, 2026.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove lock' }));
    const removal = screen.getByRole('dialog', { name: 'Remove the period lock?' });
    await user.click(within(removal).getByRole('button', { name: 'Remove lock' }));
    await waitFor(() => expect(ordo.lastInputOf('settings.setPeriodLock')).toEqual({ date: null }));
    expect(await screen.findByText('No period is locked.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove lock' })).not.toBeInTheDocument();
  });
});
