import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { todayIso } from '../../renderer/src/lib/today';
import { installOrdo, rejectWith, renderApp } from './fakeOrdo';
import { invoice, invoicePreview, invoiceRoutes, postedInvoice } from './invoicesFixtures';
import { heron } from './ordersFixtures';

type User = ReturnType<typeof renderApp>['user'];

async function chooseCustomer(user: User) {
  const customer = await screen.findByRole('combobox', { name: 'Customer' });
  await user.click(customer);
  await user.keyboard('heron{Enter}');
  await waitFor(() => expect(customer).toHaveValue('Hungry Heron Café'));
}

async function pickProduct(user: User, lineNo: number, code: string) {
  const cell = screen.getByRole('combobox', { name: `Product, line ${lineNo}` });
  await user.click(cell);
  await user.keyboard(`${code}{Enter}`);
  await waitFor(() => expect(cell).not.toHaveValue(code));
  return cell;
}

function totalsValue(term: string | RegExp) {
  const totals = screen.getByRole('region', { name: 'Totals' });
  return within(totals).getByText(term).closest('dt')?.nextElementSibling;
}

describe('invoice editor', () => {
  it('creates a draft from the keyboard, showing main’s preview totals and due date', async () => {
    const ordo = installOrdo(
      invoiceRoutes({ 'invoices.create': invoice({ id: 60 }), 'invoices.get': invoice({ id: 60 }) }),
    );
    const { user } = renderApp('#/invoices/new');
    expect(await screen.findByRole('heading', { name: 'New invoice' })).toBeInTheDocument();
    await chooseCustomer(user);
    await pickProduct(user, 1, 'HT-100');
    await user.tab();
    expect(screen.getByLabelText('Quantity, line 1')).toHaveFocus();
    await user.keyboard('3{Enter}');
    expect(screen.getByRole('combobox', { name: 'Product, line 2' })).toHaveFocus();

    await waitFor(() =>
      expect(ordo.lastInputOf('invoices.preview')).toMatchObject({
        customerId: 7,
        invoiceDate: todayIso(),
        installments: [],
        lines: [{ productId: 31, quantity: '3' }],
      }),
    );
    await waitFor(() => expect(totalsValue('Net')).toHaveTextContent('€135.79'));
    expect(totalsValue('Discounts given')).toHaveTextContent('€2.46');
    expect(totalsValue('Fees (included in net)')).toHaveTextContent('€13.57');
    expect(totalsValue(/Standard 23%/)).toHaveTextContent('€31.23');
    expect(totalsValue(/Standard 23%/)?.previousElementSibling).toHaveTextContent('Standard 23% on €135.79');
    expect(totalsValue('Cash rounding')).toHaveTextContent('-€0.02');
    expect(totalsValue('Total')).toHaveTextContent('€167.00');
    expect(totalsValue('Due date')).toHaveTextContent('Apr 15, 2026');
    const row = screen.getByLabelText('Quantity, line 1').closest('tr') as HTMLElement;
    expect(within(row).getByText('€135.11')).toBeInTheDocument();
    // The product's list price is the hint until a price is typed.
    expect(screen.getByLabelText('Unit price, line 1')).toHaveAttribute('placeholder', '45.00');

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(ordo.inputsOf('invoices.create')).toHaveLength(1));
    expect(ordo.lastInputOf('invoices.create')).toEqual({
      customerId: 7,
      orderId: null,
      isDeposit: false,
      invoiceDate: todayIso(),
      installments: [],
      pricesIncludeTax: false,
      discountPercent: null,
      customerReference: '',
      notes: '',
      lines: [
        {
          kind: 'product',
          productId: 31,
          description: '',
          quantity: '3',
          unit: '',
          discountPercent: null,
          discountAmount: null,
          feeKind: null,
          orderLineId: null,
          depositInvoiceId: null,
          accountId: null,
        },
      ],
    });
    await waitFor(() => expect(window.location.hash).toBe('#/invoices/60'));
  });

  it('sends header choices, terms and installments, and shows each installment from the preview', async () => {
    const ordo = installOrdo(
      invoiceRoutes({
        'invoices.create': invoice({ id: 60 }),
        'invoices.get': invoice({ id: 60 }),
        'invoices.preview': invoicePreview({
          installments: [
            { dueDate: '2026-04-15', amount: 8350 },
            { dueDate: '2026-05-15', amount: 8350 },
          ],
        }),
      }),
    );
    const { user } = renderApp('#/invoices/new');
    await chooseCustomer(user);
    await pickProduct(user, 1, 'HT-101');
    await user.selectOptions(screen.getByLabelText('Payment terms'), 'Net 30');
    await user.click(screen.getByLabelText('Prices include tax'));
    await user.type(screen.getByLabelText('Document discount %'), '5');
    await user.type(screen.getByLabelText('Customer reference / PO'), 'PO-9');

    await waitFor(() => expect(totalsValue('Total')).toHaveTextContent('€167.00'));
    await user.click(screen.getByLabelText('Pay in installments'));
    // The first installment starts from the due date main works out from the terms.
    expect(screen.getByLabelText('Due date, installment 1')).toHaveValue('2026-04-15');
    await user.type(screen.getByLabelText('Share %, installment 1'), '50');
    await user.type(screen.getByLabelText('Due date, installment 2'), '2026-05-15');
    await user.type(screen.getByLabelText('Share %, installment 2'), '50');
    await waitFor(() => expect(totalsValue(/Installment 2 due May 15, 2026/)).toHaveTextContent('€83.50'));

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(ordo.inputsOf('invoices.create')).toHaveLength(1));
    expect(ordo.lastInputOf('invoices.create')).toMatchObject({
      paymentTermsId: 3,
      pricesIncludeTax: true,
      discountPercent: '5',
      customerReference: 'PO-9',
      installments: [
        { dueDate: '2026-04-15', percent: '50' },
        { dueDate: '2026-05-15', percent: '50' },
      ],
      lines: [{ productId: 32, quantity: '1' }],
    });
    // Same currency as the company: no exchange rate is asked or sent.
    expect(screen.queryByLabelText(/Exchange rate/)).not.toBeInTheDocument();
    expect(ordo.lastInputOf('invoices.create')).not.toHaveProperty('fxRate');
  });

  it('puts a rejected call’s field errors beside their fields, lines and installments included', async () => {
    const ordo = installOrdo(
      invoiceRoutes({
        'invoices.create': rejectWith('VALIDATION', 'Check the invoice', [
          { path: 'invoiceDate', message: 'The period up to 2026-03-31 is locked' },
          { path: 'installments.1.percent', message: 'The shares must add up to 100' },
          { path: 'lines.0.quantity', message: 'Quantity must be more than 0' },
          { path: 'billingAddress', message: 'The customer has no billing address' },
        ]),
      }),
    );
    const { user } = renderApp('#/invoices/new');
    await chooseCustomer(user);
    await pickProduct(user, 1, 'HT-100');
    await user.tab();
    await user.keyboard('0');
    await user.click(screen.getByLabelText('Pay in installments'));
    await user.type(screen.getByLabelText('Share %, installment 1'), '60');
    await user.type(screen.getByLabelText('Due date, installment 2'), '2026-05-15');
    await user.type(screen.getByLabelText('Share %, installment 2'), '30');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(ordo.inputsOf('invoices.create')).toHaveLength(1));
    const date = screen.getByLabelText('Invoice date');
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription('The period up to 2026-03-31 is locked');
    expect(date).toHaveFocus();
    expect(screen.getByLabelText('Share %, installment 2')).toHaveAccessibleDescription(
      'The shares must add up to 100',
    );
    expect(screen.getByLabelText('Quantity, line 1')).toHaveAccessibleDescription(
      'Quantity must be more than 0',
    );
    // Not tied to a field on this screen: in the summary, with the pointer to the marked fields.
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('The customer has no billing address');
    expect(summary).toHaveTextContent('Check the 3 fields marked below.');
    expect(window.location.hash).toBe('#/invoices/new');
  });

  it('update errors (invoice.lines.N…) land on the right line; saved lines keep their account', async () => {
    const ordo = installOrdo(
      invoiceRoutes({
        'invoices.get': invoice({ id: 60 }),
        'invoices.update': rejectWith('VALIDATION', 'Check the invoice', [
          {
            path: 'invoice.lines.0.unitPrice',
            message: 'Unit price must be a number with at most 6 decimals',
          },
        ]),
      }),
    );
    const { user } = renderApp('#/invoices/60');
    const price = await screen.findByLabelText('Unit price, line 1');
    expect(screen.getByRole('heading', { name: /Draft invoice for Hungry Heron Café/ })).toBeInTheDocument();
    // A saved draft shows its stored amounts until something changes.
    expect(totalsValue('Total')).toHaveTextContent('€166.05');
    await user.clear(price);
    await user.keyboard('44');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(ordo.inputsOf('invoices.update')).toHaveLength(1));
    expect(ordo.lastInputOf('invoices.update')).toMatchObject({
      id: 60,
      invoice: {
        customerReference: 'PO-77',
        lines: [{ productId: 31, quantity: '3', unitPrice: '44', taxRateId: 1, accountId: 40 }],
      },
    });
    await waitFor(() =>
      expect(price).toHaveAccessibleDescription('Unit price must be a number with at most 6 decimals'),
    );
  });

  it('asks for the exchange rate only in a foreign currency, suggesting main’s rate', async () => {
    const ordo = installOrdo(
      invoiceRoutes({
        'customers.get': { ...heron, currency: 'GBP' },
        'invoices.preview': invoicePreview({ fxRate: '1.1634' }),
        'invoices.create': invoice({ id: 60 }),
        'invoices.get': invoice({ id: 60, currency: 'GBP' }),
      }),
    );
    const { user } = renderApp('#/invoices/new');
    await chooseCustomer(user);
    await pickProduct(user, 1, 'HT-100');
    const rate = await screen.findByLabelText('Exchange rate (EUR per GBP)');
    await waitFor(() => expect(rate).toHaveAttribute('placeholder', '1.1634'));
    expect(await screen.findByText('Lines in GBP')).toBeInTheDocument();
    await user.type(rate, '1.2');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(ordo.lastInputOf('invoices.create')).toMatchObject({ fxRate: '1.2' }));
  });

  it('Post invoice asks once, saying what happens, then calls invoices.post and shows the posted invoice', async () => {
    let isPosted = false;
    const posted = postedInvoice({ id: 60, number: 'INV-2026-00060', status: 'open' });
    const ordo = installOrdo(
      invoiceRoutes({
        'invoices.get': () => (isPosted ? posted : invoice({ id: 60 })),
        'invoices.post': () => {
          isPosted = true;
          return posted;
        },
      }),
    );
    const { user } = renderApp('#/invoices/60');
    await user.click(await screen.findByRole('button', { name: 'Post invoice' }));

    let dialog = screen.getByRole('dialog', { name: 'Post invoice?' });
    expect(dialog).toHaveTextContent(
      'The invoice gets the next number of the invoice series, is posted to the ledger (what the customer owes, revenue and tax) and can no longer be edited. To correct it afterwards, create a credit note.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(ordo.inputsOf('invoices.post')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Post invoice' }));
    dialog = screen.getByRole('dialog', { name: 'Post invoice?' });
    await user.click(within(dialog).getByRole('button', { name: 'Post invoice' }));
    await waitFor(() => expect(ordo.inputsOf('invoices.post')).toEqual([{ id: 60 }]));
    // Nothing was changed, so nothing was saved first.
    expect(ordo.inputsOf('invoices.update')).toHaveLength(0);
    expect(await screen.findByText('Invoice INV-2026-00060 posted')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: /Invoice INV-2026-00060/ })).toBeInTheDocument();
  });

  it('a sales profile saves drafts but is not offered Post invoice', async () => {
    installOrdo(
      invoiceRoutes({
        'users.current': { id: 2, name: 'Sam Sales', roles: ['sales'], hasPin: false, archived: false },
        'invoices.get': invoice({ id: 60 }),
      }),
    );
    renderApp('#/invoices/60');
    expect(await screen.findByRole('button', { name: 'Save draft' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete draft' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Post invoice' })).not.toBeInTheDocument();
  });

  it('Delete draft asks, deletes and goes back to the list', async () => {
    const ordo = installOrdo(
      invoiceRoutes({
        'invoices.get': invoice({ id: 60 }),
        'invoices.deleteDraft': { deleted: true },
        'invoices.list': { rows: [], total: 0, asOf: '2026-03-20' },
      }),
    );
    const { user } = renderApp('#/invoices/60');
    await user.click(await screen.findByRole('button', { name: 'Delete draft' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this draft invoice?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete draft' }));
    await waitFor(() => expect(ordo.inputsOf('invoices.deleteDraft')).toEqual([{ id: 60 }]));
    await waitFor(() => expect(window.location.hash).toBe('#/invoices'));
  });

  it('adds fee and text lines and sends them with their kind', async () => {
    const ordo = installOrdo(
      invoiceRoutes({ 'invoices.create': invoice({ id: 60 }), 'invoices.get': invoice({ id: 60 }) }),
    );
    const { user } = renderApp('#/invoices/new');
    await chooseCustomer(user);
    await pickProduct(user, 1, 'HT-101');
    await user.click(screen.getByRole('button', { name: 'Add fee (shipping, handling…)' }));
    expect(screen.getByRole('combobox', { name: 'Fee, line 2' })).toHaveFocus();
    await user.type(screen.getByLabelText('Unit price, line 2'), '7.50');
    await user.click(screen.getByRole('button', { name: 'Add text line' }));
    await user.keyboard('Consulting');
    await user.type(screen.getByLabelText('Unit price, line 3'), '80');

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(ordo.inputsOf('invoices.create')).toHaveLength(1));
    const sent = ordo.lastInputOf('invoices.create') as InputOf<'invoices.create'>;
    expect(sent.lines).toMatchObject([
      { kind: 'product', productId: 32, quantity: '1' },
      { kind: 'fee', feeKind: 'shipping', description: 'Shipping', unitPrice: '7.5', quantity: '1' },
      { kind: 'text', description: 'Consulting', unitPrice: '80', productId: null },
    ]);
  });
});
