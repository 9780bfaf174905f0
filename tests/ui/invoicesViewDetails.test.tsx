import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates';
import { todayIso } from '../../renderer/src/lib/today';
import { installOrdo, renderApp } from './fakeOrdo';
import { creditNote, invoiceRoutes, postedInvoice } from './invoicesFixtures';

describe('invoice and credit note details', () => {
  it('an overdue invoice says how many days late it is, beside its due date', async () => {
    installOrdo(
      invoiceRoutes({
        'invoices.get': postedInvoice({
          status: 'overdue',
          dueDate: addDays(todayIso(), -12),
          installments: [{ dueDate: addDays(todayIso(), -12), amount: 16605 }],
        }),
      }),
    );
    renderApp('#/invoices/61');
    const due = (await screen.findByText('Due date')).nextElementSibling;
    expect(due).toHaveTextContent('12 days overdue');
  });

  it('a credit of an amount shows no quantity, and no stock column when nothing goes back', async () => {
    installOrdo(
      invoiceRoutes({
        'creditNotes.get': creditNote({
          mode: 'amount',
          lines: [
            {
              id: 1,
              invoiceLineId: 801,
              description: 'Chef’s knife',
              quantity: '0',
              restockQuantity: '0',
              accountId: 40,
              taxRateId: 1,
              net: 4500,
              tax: 1035,
            },
          ],
        }),
      }),
    );
    renderApp('#/credit-notes/9');
    const lines = await screen.findByRole('table', { name: 'Credit note lines' });
    expect(
      within(lines)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Item', 'Net', 'Tax']);
  });
});
