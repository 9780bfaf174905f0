import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../renderer/src/lib/today';
import { installOrdo, renderApp } from './fakeOrdo';
import { creditNote, invoiceRoutes, postedInvoice } from './invoicesFixtures';

function totalsValue(term: string | RegExp) {
  const totals = screen.getByRole('region', { name: 'Totals' });
  return within(totals).getByText(term).closest('dt')?.nextElementSibling;
}

describe('posted invoice', () => {
  it('shows number, status, links, due dates, totals, what settled it, credit notes and history', async () => {
    const ordo = installOrdo(
      invoiceRoutes({
        'invoices.get': postedInvoice(),
        'audit.list': {
          rows: [
            {
              id: 5,
              at: '2026-03-02T10:00:00.000Z',
              userId: 1,
              userName: 'Olivia Owner',
              action: 'invoices.post',
              entity: 'invoice',
              entityId: '61',
              before: null,
              after: null,
            },
          ],
          total: 1,
        },
      }),
    );
    renderApp('#/invoices/61');

    const heading = await screen.findByRole('heading', { name: /Invoice INV-2026-00061/ });
    expect(within(heading).getByText('Partially paid')).toHaveClass('chip', 'chip-open');
    expect(within(heading).queryByText('Disputed')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hungry Heron Café' })).toHaveAttribute('href', '#/customers/7');
    expect(screen.getByRole('link', { name: 'SO-2026-00042' })).toHaveAttribute('href', '#/orders/42');
    expect(screen.getByRole('link', { name: 'Ledger entry' })).toHaveAttribute(
      'href',
      '#/reports/journal/77',
    );
    expect(screen.getByText('2 % if paid by Mar 12, 2026')).toBeInTheDocument();
    expect(screen.getByText('Due date').nextElementSibling).toHaveTextContent('Apr 1, 2026');

    const lines = screen.getByRole('table', { name: 'Invoice lines' });
    const cellsOf = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    const [, knives, shipping] = within(lines).getAllByRole('row');
    expect(cellsOf(knives!)).toEqual(['HT-100 Chef’s knife', '3 pcs', '€45.00', '', '23 %', '€135.00']);
    expect(cellsOf(shipping!)).toEqual(['Shipping', '1 pcs', '€9.50', '', '23 %', '€9.50']);

    expect(totalsValue('Total')).toHaveTextContent('€166.05');
    expect(totalsValue('Paid')).toHaveTextContent('€50.00');
    expect(totalsValue('Credited')).toHaveTextContent('€11.69');
    expect(totalsValue('Open')).toHaveTextContent('€116.05');

    const settlements = screen.getByRole('table', { name: 'Payments and credits' });
    const [, payment, credit] = within(settlements).getAllByRole('row');
    expect(payment).toHaveTextContent('Mar 5, 2026');
    expect(within(payment!).getByRole('link', { name: 'PAY-2026-00003' })).toHaveAttribute(
      'href',
      '#/payments/3',
    );
    expect(within(credit!).getByRole('link', { name: 'CN-2026-00001' })).toHaveAttribute(
      'href',
      '#/credit-notes/9',
    );
    expect(screen.getByRole('link', { name: 'Credit note CN-2026-00001' })).toHaveAttribute(
      'href',
      '#/credit-notes/9',
    );

    const history = screen.getByRole('region', { name: 'History' });
    const posted = await within(history).findByText('Posted');
    expect(posted).toHaveAttribute('title', 'invoices.post');
    expect(posted.closest('li')).toHaveTextContent(/^Posted by Olivia Owner · Mar 2, 2026/);
    expect(ordo.lastInputOf('audit.list')).toEqual({ entity: 'invoice', entityId: 61, limit: 50, offset: 0 });
  });

  it('Receive payment opens the payment screen for this customer and invoice', async () => {
    installOrdo(invoiceRoutes({ 'invoices.get': postedInvoice() }));
    const { user } = renderApp('#/invoices/61');
    await user.click(await screen.findByRole('button', { name: 'Receive payment' }));
    await waitFor(() => expect(window.location.hash).toBe('#/payments/new?customer=7&invoice=61'));
  });

  it('a paid invoice offers no payment; a credited one no credit note or cancelling', async () => {
    installOrdo(invoiceRoutes({ 'invoices.get': postedInvoice({ status: 'credited', open: 0 }) }));
    renderApp('#/invoices/61');
    const heading = await screen.findByRole('heading', { name: /Invoice INV-2026-00061/ });
    expect(within(heading).getByText('Credited')).toHaveClass('chip-muted');
    expect(screen.queryByRole('button', { name: 'Receive payment' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create credit note' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel invoice' })).not.toBeInTheDocument();
  });

  it('a sales profile drafts credit notes and disputes; posting, cancelling and payments are the bookkeeper’s', async () => {
    const ordo = installOrdo(
      invoiceRoutes({
        'users.current': { id: 2, name: 'Sam Sales', roles: ['sales'], hasPin: false, archived: false },
        'invoices.get': postedInvoice(),
        'creditNotes.createFromInvoice': creditNote({ mode: 'all' }),
        'creditNotes.get': creditNote({ mode: 'all' }),
      }),
    );
    const { user } = renderApp('#/invoices/61');
    expect(await screen.findByRole('button', { name: 'Mark disputed' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Receive payment' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel invoice' })).not.toBeInTheDocument();
    // The audit trail is the bookkeeper's: not asked for.
    expect(screen.queryByRole('region', { name: 'History' })).not.toBeInTheDocument();
    expect(ordo.inputsOf('audit.list')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Create credit note' }));
    const dialog = screen.getByRole('dialog', { name: /Create credit note/ });
    await user.type(within(dialog).getByLabelText('Reason'), 'Returned');
    await user.click(within(dialog).getByRole('button', { name: 'Create credit note' }));
    const drafted = await screen.findByRole('dialog', { name: 'Credit note drafted' });
    expect(drafted).toHaveTextContent('A bookkeeper or the owner posts it');
    expect(within(drafted).queryByRole('button', { name: 'Post credit note' })).not.toBeInTheDocument();
    await user.click(within(drafted).getByRole('button', { name: 'Open the draft' }));
    await waitFor(() => expect(window.location.hash).toBe('#/credit-notes/9'));
    expect(await screen.findByRole('button', { name: 'Delete draft' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Post credit note' })).not.toBeInTheDocument();
  });

  it('Mark disputed needs a reason, then sends it; a disputed invoice offers Clear dispute', async () => {
    let isDisputed = false;
    const ordo = installOrdo(
      invoiceRoutes({
        'invoices.get': () =>
          postedInvoice({ isDisputed, disputeReason: isDisputed ? 'Says one knife was missing' : '' }),
        'invoices.setDisputed': (input) => {
          isDisputed = input.disputed;
          return postedInvoice({ isDisputed });
        },
      }),
    );
    const { user } = renderApp('#/invoices/61');
    await user.click(await screen.findByRole('button', { name: 'Mark disputed' }));
    let dialog = screen.getByRole('dialog', { name: 'Mark invoice disputed?' });
    await user.click(within(dialog).getByRole('button', { name: 'Mark disputed' }));
    const reason = within(dialog).getByLabelText('Reason');
    expect(reason).toHaveAccessibleDescription('Enter a reason');
    expect(ordo.inputsOf('invoices.setDisputed')).toHaveLength(0);

    await user.type(reason, 'Says one knife was missing');
    await user.click(within(dialog).getByRole('button', { name: 'Mark disputed' }));
    await waitFor(() =>
      expect(ordo.inputsOf('invoices.setDisputed')).toEqual([
        { id: 61, disputed: true, reason: 'Says one knife was missing' },
      ]),
    );
    const heading = await screen.findByRole('heading', { name: /Disputed/ });
    expect(within(heading).getByText('Disputed')).toHaveClass('chip-warning');
    expect(screen.getByText('Says one knife was missing')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear dispute' }));
    dialog = screen.getByRole('dialog', { name: 'Clear the dispute?' });
    await user.type(within(dialog).getByLabelText('Reason'), 'Found in the box');
    await user.click(within(dialog).getByRole('button', { name: 'Clear dispute' }));
    await waitFor(() =>
      expect(ordo.lastInputOf('invoices.setDisputed')).toEqual({
        id: 61,
        disputed: false,
        reason: 'Found in the box',
      }),
    );
  });

  it('Cancel invoice says what happens and sends the date and reason', async () => {
    const ordo = installOrdo(
      invoiceRoutes({
        'invoices.get': postedInvoice(),
        'invoices.cancel': creditNote({ number: 'CN-2026-00002', isPosted: true, mode: 'all' }),
      }),
    );
    const { user } = renderApp('#/invoices/61');
    await user.click(await screen.findByRole('button', { name: 'Cancel invoice' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel invoice INV-2026-00061?' });
    expect(dialog).toHaveTextContent(
      'A credit note for the whole invoice is posted at once, on the date below: it reverses the invoice in the ledger and anything already paid becomes customer credit. The invoice keeps its number and shows as credited. This cannot be undone.',
    );
    expect(within(dialog).getByLabelText('Cancellation date')).toHaveValue(todayIso());
    await user.type(within(dialog).getByLabelText('Reason'), 'Billed the wrong customer');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel invoice' }));
    await waitFor(() =>
      expect(ordo.inputsOf('invoices.cancel')).toEqual([
        { id: 61, date: todayIso(), reason: 'Billed the wrong customer' },
      ]),
    );
    expect(
      await screen.findByText('Invoice INV-2026-00061 cancelled by credit note CN-2026-00002'),
    ).toBeInTheDocument();
  });
});
