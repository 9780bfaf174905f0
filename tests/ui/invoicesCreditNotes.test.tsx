import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../renderer/src/lib/today';
import { installOrdo, rejectWith, renderApp } from './fakeOrdo';
import { creditNote, invoiceLine, invoiceRoutes, postedInvoice } from './invoicesFixtures';

type User = ReturnType<typeof renderApp>['user'];

async function openDialog(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Create credit note' }));
  return screen.getByRole('dialog', { name: 'Create credit note for invoice INV-2026-00061' });
}

describe('credit note from an invoice', () => {
  it('the whole invoice, goods back into stock: creates the draft, then posts it after saying what happens', async () => {
    const ordo = installOrdo(
      invoiceRoutes({
        'invoices.get': postedInvoice(),
        'creditNotes.createFromInvoice': creditNote({ mode: 'all', restock: true, total: 17774 }),
        'creditNotes.post': creditNote({ number: 'CN-2026-00002', isPosted: true }),
      }),
    );
    const { user } = renderApp('#/invoices/61');
    const dialog = await openDialog(user);
    expect(within(dialog).getByRole('radio', { name: 'The whole invoice' })).toBeChecked();
    await user.click(within(dialog).getByLabelText('Put the goods back into stock'));
    await user.type(within(dialog).getByLabelText('Reason'), 'Returned unopened');
    await user.click(within(dialog).getByRole('button', { name: 'Create credit note' }));

    await waitFor(() =>
      expect(ordo.inputsOf('creditNotes.createFromInvoice')).toEqual([
        { invoiceId: 61, date: todayIso(), mode: 'all', reason: 'Returned unopened', restock: true },
      ]),
    );
    const post = await screen.findByRole('dialog', { name: 'Post credit note?' });
    // The draft's amounts are main's.
    expect(post).toHaveTextContent(
      'A draft credit note of €177.74 (net €45.00, tax €10.35) was created for invoice INV-2026-00061.',
    );
    expect(post).toHaveTextContent(
      'Posting gives it the next credit note number, posts it to the ledger and takes it off what Hungry Heron Café owes on this invoice; any part beyond the open amount becomes customer credit. The goods marked to come back go into stock. A posted credit note cannot be changed.',
    );
    expect(ordo.inputsOf('creditNotes.post')).toHaveLength(0);
    await user.click(within(post).getByRole('button', { name: 'Post credit note' }));
    await waitFor(() => expect(ordo.inputsOf('creditNotes.post')).toEqual([{ id: 9 }]));
    expect(await screen.findByText('Credit note CN-2026-00002 posted')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('chosen lines with quantities and restock; main’s error on a line shows beside its quantity', async () => {
    const ordo = installOrdo(
      invoiceRoutes({
        'invoices.get': postedInvoice({
          lines: [
            invoiceLine({ id: 801, credited: '1' }),
            invoiceLine({ id: 802, sku: 'HT-101', description: 'Cutting board', quantity: '2' }),
            invoiceLine({ id: 803, kind: 'fee', productId: null, sku: null, description: 'Shipping' }),
          ],
        }),
        'creditNotes.createFromInvoice': rejectWith('VALIDATION', 'Check the credit note', [
          { path: 'lines.1.quantity', message: 'At most 2 of this line can still be credited' },
        ]),
      }),
    );
    const { user } = renderApp('#/invoices/61');
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('radio', { name: 'Chosen lines' }));

    // What is left to credit is the starting quantity: 3 billed, 1 credited already.
    const knifeQuantity = within(dialog).getByLabelText('Quantity to credit, HT-100 Chef’s knife');
    expect(knifeQuantity).toHaveValue('2');
    expect(knifeQuantity).toBeDisabled();
    expect(within(dialog).getByText('Billed 3 · credited 1')).toBeInTheDocument();
    // Fees do not go back into stock.
    expect(within(dialog).queryByLabelText('Put Shipping back into stock')).not.toBeInTheDocument();

    await user.click(within(dialog).getByLabelText('Credit HT-100 Chef’s knife'));
    await user.clear(knifeQuantity);
    await user.type(knifeQuantity, '1');
    await user.click(within(dialog).getByLabelText('Put HT-100 Chef’s knife back into stock'));
    await user.click(within(dialog).getByLabelText('Credit HT-101 Cutting board'));
    const boardQuantity = within(dialog).getByLabelText('Quantity to credit, HT-101 Cutting board');
    await user.clear(boardQuantity);
    await user.type(boardQuantity, '1.5');
    await user.type(within(dialog).getByLabelText('Reason'), 'Damaged in transit');
    await user.click(within(dialog).getByRole('button', { name: 'Create credit note' }));

    await waitFor(() =>
      expect(ordo.lastInputOf('creditNotes.createFromInvoice')).toEqual({
        invoiceId: 61,
        date: todayIso(),
        mode: 'lines',
        reason: 'Damaged in transit',
        lines: [
          { invoiceLineId: 801, quantity: '1', restock: true },
          { invoiceLineId: 802, quantity: '1.5', restock: false },
        ],
      }),
    );
    await waitFor(() =>
      expect(boardQuantity).toHaveAccessibleDescription('At most 2 of this line can still be credited'),
    );
    expect(knifeQuantity).not.toHaveAttribute('aria-invalid');
  });

  it('an amount, read as money in the invoice currency; Keep as draft opens the draft', async () => {
    const ordo = installOrdo(
      invoiceRoutes({
        'invoices.get': postedInvoice(),
        'creditNotes.createFromInvoice': creditNote({ mode: 'amount', total: 1250 }),
        'creditNotes.get': creditNote({ mode: 'amount', total: 1250 }),
      }),
    );
    const { user } = renderApp('#/invoices/61');
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('radio', { name: 'An amount' }));
    await user.type(within(dialog).getByLabelText('Amount to credit, tax included (EUR)'), '12.50');
    await user.type(within(dialog).getByLabelText('Reason'), 'Goodwill');
    await user.click(within(dialog).getByRole('button', { name: 'Create credit note' }));

    await waitFor(() =>
      expect(ordo.inputsOf('creditNotes.createFromInvoice')).toEqual([
        { invoiceId: 61, date: todayIso(), mode: 'amount', reason: 'Goodwill', amount: 1250 },
      ]),
    );
    const post = await screen.findByRole('dialog', { name: 'Post credit note?' });
    await user.click(within(post).getByRole('button', { name: 'Keep as draft' }));
    await waitFor(() => expect(window.location.hash).toBe('#/credit-notes/9'));
    expect(await screen.findByRole('heading', { name: /Draft credit note/ })).toBeInTheDocument();
    expect(ordo.inputsOf('creditNotes.post')).toHaveLength(0);
  });

  it('asks for a reason, and a chosen line in lines mode, before calling main', async () => {
    const ordo = installOrdo(invoiceRoutes({ 'invoices.get': postedInvoice() }));
    const { user } = renderApp('#/invoices/61');
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('radio', { name: 'Chosen lines' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create credit note' }));

    expect(within(dialog).getByLabelText('Reason')).toHaveAccessibleDescription(/Enter a reason$/);
    expect(within(dialog).getByText('Choose at least one line to credit')).toBeInTheDocument();
    expect(ordo.inputsOf('creditNotes.createFromInvoice')).toHaveLength(0);
  });
});

describe('credit note view', () => {
  it('a draft shows its lines and totals; Post credit note asks, then calls creditNotes.post', async () => {
    const ordo = installOrdo(
      invoiceRoutes({
        'creditNotes.get': creditNote(),
        'creditNotes.post': creditNote({ number: 'CN-2026-00002', isPosted: true }),
      }),
    );
    const { user } = renderApp('#/credit-notes/9');
    const heading = await screen.findByRole('heading', { name: /Draft credit note/ });
    expect(within(heading).getByText('Draft')).toHaveClass('chip-draft');
    expect(screen.getByRole('link', { name: 'INV-2026-00061' })).toHaveAttribute('href', '#/invoices/61');
    const lines = screen.getByRole('table', { name: 'Credit note lines' });
    expect(
      within(within(lines).getAllByRole('row')[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Chef’s knife', '1', '1', '€45.00', '€10.35']);
    const totals = screen.getByRole('region', { name: 'Totals' });
    expect(within(totals).getByText('Total').nextElementSibling).toHaveTextContent('€55.35');

    await user.click(screen.getByRole('button', { name: 'Post credit note' }));
    const dialog = screen.getByRole('dialog', { name: 'Post credit note?' });
    await user.click(within(dialog).getByRole('button', { name: 'Post credit note' }));
    await waitFor(() => expect(ordo.inputsOf('creditNotes.post')).toEqual([{ id: 9 }]));
  });

  it('a posted note says how much went off the invoice and how much became customer credit', async () => {
    installOrdo(
      invoiceRoutes({
        'creditNotes.get': creditNote({
          number: 'CN-2026-00002',
          isPosted: true,
          appliedToInvoice: 4000,
          toCredit: 1535,
          unapplied: 1535,
          postedAt: '2026-03-06T10:00:00.000Z',
          journalEntryId: 81,
        }),
      }),
    );
    renderApp('#/credit-notes/9');
    await screen.findByRole('heading', { name: /Credit note CN-2026-00002/ });
    const totals = screen.getByRole('region', { name: 'Totals' });
    expect(within(totals).getByText('Taken off the invoice').nextElementSibling).toHaveTextContent('€40.00');
    expect(within(totals).getByText('Became customer credit').nextElementSibling).toHaveTextContent('€15.35');
    expect(screen.getByRole('link', { name: 'Ledger entry' })).toHaveAttribute(
      'href',
      '#/reports/journal/81',
    );
    expect(screen.queryByRole('button', { name: 'Post credit note' })).not.toBeInTheDocument();
  });
});
