import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { installOrdo, rejectWith, renderApp } from './fakeOrdo';
import { editorRoutes, order, preview } from './ordersFixtures';

async function chooseCustomer(user: ReturnType<typeof renderApp>['user']) {
  const customer = await screen.findByRole('combobox', { name: 'Customer' });
  await user.click(customer);
  await user.keyboard('heron{Enter}');
  await waitFor(() => expect(customer).toHaveValue('Hungry Heron Café'));
}

async function pickProduct(user: ReturnType<typeof renderApp>['user'], lineNo: number, code: string) {
  const cell = screen.getByRole('combobox', { name: `Product, line ${lineNo}` });
  await user.click(cell);
  await user.keyboard(`${code}{Enter}`);
  await waitFor(() => expect(cell).not.toHaveValue(code));
  return cell;
}

describe('order editor', () => {
  it('creates an order from the keyboard: SKU and Enter pick, Tab to quantity, 3, Enter adds a line', async () => {
    const ordo = installOrdo(
      editorRoutes({ 'orders.create': order({ id: 42 }), 'orders.get': order({ id: 42 }) }),
    );
    const { user } = renderApp('#/orders/new');
    await chooseCustomer(user);

    const product1 = await pickProduct(user, 1, 'HT-100');
    expect(product1).toHaveValue('HT-100 Chef’s knife');
    await user.tab();
    const quantity1 = screen.getByLabelText('Quantity, line 1');
    expect(quantity1).toHaveFocus();
    await user.keyboard('3{Enter}');
    expect(quantity1).toHaveValue('3');
    const product2 = screen.getByRole('combobox', { name: 'Product, line 2' });
    expect(product2).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(ordo.inputsOf('orders.create')).toHaveLength(1));
    const sent = ordo.lastInputOf('orders.create') as InputOf<'orders.create'>;
    expect(sent).toMatchObject({ kind: 'order', customerId: 7, channel: 'phone' });
    // The empty second line is not sent; price and tax rate are left to main (the product's).
    expect(sent.lines).toEqual([
      {
        kind: 'product',
        productId: 31,
        description: '',
        quantity: '3',
        unit: '',
        discountPercent: null,
        discountAmount: null,
        feeKind: null,
      },
    ]);
    await waitFor(() => expect(window.location.hash).toBe('#/orders/42'));
  });

  it('a scanned barcode picks its product, exact codes first', async () => {
    installOrdo(editorRoutes());
    const { user } = renderApp('#/orders/new');
    await chooseCustomer(user);
    const cell = await pickProduct(user, 1, '5012345678900');
    expect(cell).toHaveValue('HT-100 Chef’s knife');
  });

  it('shows totals and availability exactly as orders.preview returns them', async () => {
    const ordo = installOrdo(editorRoutes());
    const { user } = renderApp('#/orders/new');
    await chooseCustomer(user);
    await pickProduct(user, 1, 'HT-100');
    await user.tab();
    await user.keyboard('3');

    await waitFor(() =>
      expect(ordo.lastInputOf('orders.preview')).toMatchObject({
        customerId: 7,
        lines: [{ productId: 31, quantity: '3' }],
      }),
    );
    const totals = await screen.findByRole('region', { name: 'Totals' });
    // Distinct numbers that no sum of the lines gives: the screen shows main's figures, it does not add up.
    const valueOf = (term: string | RegExp) =>
      within(totals).getByText(term).closest('dt')?.nextElementSibling;
    await waitFor(() => expect(valueOf('Net')).toHaveTextContent('€135.79'));
    expect(valueOf('Discounts given')).toHaveTextContent('€2.46');
    expect(valueOf('Fees (included in net)')).toHaveTextContent('€13.57');
    expect(valueOf(/Standard 23%/)).toHaveTextContent('€31.23');
    expect(valueOf(/Standard 23%/)?.previousElementSibling).toHaveTextContent('Standard 23% on €135.79');
    expect(valueOf('Total')).toHaveTextContent('€167.02');

    const row = screen.getByLabelText('Quantity, line 1').closest('tr') as HTMLElement;
    expect(within(row).getByText('10 / 8 / 2')).toBeInTheDocument();
    // 3 wanted, 2 available: marked in words as well as in amber.
    expect(within(row).getByText('Only 2 available')).toBeInTheDocument();
    expect(within(row).getByText('€135.00')).toBeInTheDocument();
    // The product's price from main is the unit price's placeholder.
    expect(screen.getByLabelText('Unit price, line 1')).toHaveAttribute('placeholder', '45.00');
  });

  it('puts a VALIDATION error on lines.0.quantity beside that cell', async () => {
    const ordo = installOrdo(
      editorRoutes({
        'orders.create': rejectWith('VALIDATION', 'Check the order', [
          { path: 'lines.0.quantity', message: 'Quantity must be more than 0' },
        ]),
      }),
    );
    const { user } = renderApp('#/orders/new');
    await chooseCustomer(user);
    await pickProduct(user, 1, 'HT-100');
    await user.tab();
    await user.keyboard('0');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(ordo.inputsOf('orders.create')).toHaveLength(1));
    const quantity = screen.getByLabelText('Quantity, line 1');
    await waitFor(() => expect(quantity).toHaveAttribute('aria-invalid', 'true'));
    expect(quantity).toHaveAccessibleDescription('Quantity must be more than 0');
    expect(quantity).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Check the field marked below.');
    expect(window.location.hash).toBe('#/orders/new');
  });

  it('puts update errors (order.lines.N…) on the right line, counting only the lines sent', async () => {
    const saved = order({
      id: 42,
      status: 'confirmed',
      number: 'SO-2026-00042',
      lines: [{ ...order().lines[0]!, id: 501, quantity: '3', shipped: '2', remaining: '1' }],
    });
    const ordo = installOrdo(
      editorRoutes({
        'orders.get': saved,
        'orders.update': rejectWith('VALIDATION', 'Check the order', [
          { path: 'order.lines.0.quantity', message: 'At least 2 (already shipped or cancelled)' },
        ]),
      }),
    );
    const { user } = renderApp('#/orders/42');
    const quantity = await screen.findByLabelText('Quantity, line 1');
    expect(screen.getByText(/Shipped 2 · to ship 1/)).toBeInTheDocument();
    // Part of the line shipped: its product stays and it cannot be removed.
    expect(screen.getByRole('combobox', { name: 'Product, line 1' })).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Remove line 1' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Customer' })).toHaveAttribute('readonly');

    await user.clear(quantity);
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(ordo.inputsOf('orders.update')).toHaveLength(1));
    expect(ordo.lastInputOf('orders.update')).toMatchObject({
      id: 42,
      order: { lines: [{ id: 501, productId: 31, quantity: '1' }] },
    });
    await waitFor(() =>
      expect(quantity).toHaveAccessibleDescription('At least 2 (already shipped or cancelled)'),
    );
  });

  it('Confirm order asks once, then calls orders.confirm', async () => {
    const ordo = installOrdo(
      editorRoutes({
        'orders.get': order({ id: 42 }),
        'orders.confirm': order({ id: 42, status: 'confirmed', number: 'SO-2026-00042' }),
      }),
    );
    const { user } = renderApp('#/orders/42');
    await user.click(await screen.findByRole('button', { name: 'Confirm order' }));

    const dialog = screen.getByRole('dialog', { name: 'Confirm order?' });
    expect(dialog).toHaveTextContent(
      'It gets its number, reserves stock and is checked against the credit limit.',
    );
    expect(ordo.inputsOf('orders.confirm')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm order' }));
    await waitFor(() => expect(ordo.inputsOf('orders.confirm')).toEqual([{ id: 42 }]));
    // Nothing was changed, so nothing was saved first.
    expect(ordo.inputsOf('orders.update')).toHaveLength(0);
    expect(await screen.findByText('Order SO-2026-00042 confirmed')).toBeInTheDocument();
  });

  it('a credit warning on a draft warns and does not block saving', async () => {
    const ordo = installOrdo(
      editorRoutes({
        'orders.preview': preview({ creditWarning: ['Over the credit limit'] }),
        'orders.create': order({ id: 42 }),
        'orders.get': order({ id: 42 }),
      }),
    );
    const { user } = renderApp('#/orders/new');
    await chooseCustomer(user);
    await pickProduct(user, 1, 'HT-100');
    const warning = await screen.findByText('Over the credit limit');
    expect(warning.closest('[role="status"]')).toHaveTextContent('A warning only: you can save.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(ordo.inputsOf('orders.create')).toHaveLength(1));
  });

  it('adds fee and text lines and sends them with their kind', async () => {
    const ordo = installOrdo(
      editorRoutes({ 'orders.create': order({ id: 42 }), 'orders.get': order({ id: 42 }) }),
    );
    const { user } = renderApp('#/orders/new');
    await chooseCustomer(user);
    await pickProduct(user, 1, 'HT-101');
    await user.click(screen.getByRole('button', { name: 'Add fee (shipping, handling…)' }));
    expect(screen.getByRole('combobox', { name: 'Fee, line 2' })).toHaveFocus();
    await user.type(screen.getByLabelText('Unit price, line 2'), '7.50');
    await user.click(screen.getByRole('button', { name: 'Add text line' }));
    await user.keyboard('Gift wrapping');
    await user.type(screen.getByLabelText('Unit price, line 3'), '2');
    await user.type(screen.getByLabelText('Discount %, line 3'), '10');

    // Ctrl+Backspace removes the line the cursor is in; the others stay.
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    expect(screen.getByRole('combobox', { name: 'Product, line 4' })).toHaveFocus();
    await user.keyboard('{Control>}{Backspace}{/Control}');
    expect(screen.queryByRole('combobox', { name: 'Product, line 4' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(ordo.inputsOf('orders.create')).toHaveLength(1));
    expect(ordo.lastInputOf('orders.create')?.lines).toMatchObject([
      { kind: 'product', productId: 32, quantity: '1' },
      { kind: 'fee', feeKind: 'shipping', description: 'Shipping', unitPrice: '7.5', quantity: '1' },
      { kind: 'text', description: 'Gift wrapping', unitPrice: '2', discountPercent: '10' },
    ]);
  });

  it('a quote is saved as a quote with its validity date', async () => {
    const ordo = installOrdo(
      editorRoutes({
        'orders.create': order({ id: 50, kind: 'quote', status: 'quote' }),
        'orders.get': order({ id: 50, kind: 'quote', status: 'quote' }),
      }),
    );
    const { user } = renderApp('#/orders/quotes/new');
    expect(await screen.findByRole('heading', { name: 'New quote' })).toBeInTheDocument();
    await chooseCustomer(user);
    await user.type(screen.getByLabelText('Valid until'), '2026-04-30');
    await pickProduct(user, 1, 'HT-100');
    expect(screen.queryByRole('button', { name: 'Confirm order' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save quote' }));
    await waitFor(() =>
      expect(ordo.lastInputOf('orders.create')).toMatchObject({ kind: 'quote', validUntil: '2026-04-30' }),
    );
  });
});
