import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ScanResult, Shipment, ShipmentLine } from '../../shared/contract';
import { todayIso } from '../../renderer/src/lib/today';
import { installOrdo, renderApp } from './fakeOrdo';

function line(patch: Partial<ShipmentLine>): ShipmentLine {
  return {
    id: 1,
    orderLineId: 11,
    productId: 101,
    sku: 'BEAN-1',
    barcode: '5390000000017',
    description: 'Beans 1 kg',
    unit: 'kg',
    quantity: '5',
    packed: '0',
    isPacked: false,
    ...patch,
  };
}

function shipment(lines: ShipmentLine[], patch: Partial<Shipment> = {}): Shipment {
  return {
    id: 7,
    number: null,
    status: 'open',
    order: { id: 3, number: 'SO-2026-00003', customerReference: 'PO-991' },
    customer: { id: 4, name: 'Hungry Heron Café' },
    shippingAddress: {
      line1: '12 Quay Street',
      line2: '',
      postalCode: 'D02 X285',
      city: 'Dublin',
      region: '',
      country: 'IE',
    },
    shipDate: null,
    carrier: '',
    trackingNumber: '',
    parcels: null,
    weightKg: null,
    deliveredOn: null,
    lines,
    isFullyPacked: lines.every((l) => l.isPacked),
    createdAt: '2026-03-02T09:00:00.000Z',
    ...patch,
  };
}

const beans = line({});
const mug = line({
  id: 2,
  orderLineId: 12,
  productId: 102,
  sku: 'MUG-1',
  barcode: '',
  description: 'Mug',
  unit: 'pcs',
  quantity: '1',
});

describe('pick list', () => {
  it('shows who it is for, where it goes and what to pick, and prints', async () => {
    installOrdo({ 'shipments.get': shipment([beans, mug]) });
    const printed: number[] = [];
    window.print = () => printed.push(1);
    const { user } = renderApp('#/shipments/7');

    expect(await screen.findByRole('heading', { name: 'Pick list' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Shipment for order SO-2026-00003');
    expect(screen.getByText('Hungry Heron Café', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'SO-2026-00003' })).toHaveAttribute('href', '#/orders/3');
    expect(screen.getByText(/12 Quay Street/).closest('address')).toHaveTextContent(
      'Hungry Heron Café12 Quay StreetD02 X285 DublinIE',
    );
    const table = screen.getByRole('table', { name: 'Items to pick' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['BEAN-1Beans 1 kg5kg☐', 'MUG-1Mug1pcs☐']);

    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(printed).toHaveLength(1);
  });
});

describe('pack screen', () => {
  it('sends each typed code to shipments.scan and says what happened; the input clears and keeps focus', async () => {
    const answers: Record<string, { shipment: Shipment; scan: ScanResult }> = {
      'BEAN-1': {
        shipment: shipment([line({ packed: '3' }), mug]),
        scan: { result: 'packed', lineId: 1, packed: '3', quantity: '5', complete: false },
      },
      'MUG-1': {
        shipment: shipment([line({ packed: '3' }), { ...mug, packed: '1', isPacked: true }]),
        scan: { result: 'packed', lineId: 2, packed: '1', quantity: '1', complete: true },
      },
      '5390000000017': {
        shipment: shipment([line({ packed: '5', isPacked: true }), mug]),
        scan: { result: 'already_complete', lineId: 1, quantity: '5' },
      },
      'CUP-9': {
        shipment: shipment([beans, mug]),
        scan: { result: 'not_in_shipment', productName: 'Espresso cup' },
      },
      XYZ: { shipment: shipment([beans, mug]), scan: { result: 'unknown_code' } },
    };
    const ordo = installOrdo({
      'shipments.get': shipment([line({ packed: '2' }), mug]),
      'shipments.scan': ({ code }) => {
        const answer = answers[code];
        if (!answer) throw new Error(`no answer for ${code}`);
        return answer;
      },
    });
    const { user } = renderApp('#/shipments/7/pack');

    const input = await screen.findByLabelText('Scan or type a code');
    expect(input).toHaveFocus();
    const feedback = () => document.querySelector('.scan-feedback');

    await user.type(input, 'BEAN-1{Enter}');
    await waitFor(() => expect(feedback()).toHaveTextContent('Beans 1 kg — 3 of 5 packed'));
    expect(ordo.lastInputOf('shipments.scan')).toEqual({ id: 7, code: 'BEAN-1' });
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(feedback()).toHaveAttribute('aria-live', 'polite');
    expect(feedback()).toHaveClass('scan-progress');
    expect(screen.getByRole('textbox', { name: 'Packed, Beans 1 kg' })).toHaveValue('3');

    await user.type(input, 'MUG-1{Enter}');
    await waitFor(() => expect(feedback()).toHaveTextContent('✓ Mug — 1 of 1 packed. Line complete.'));
    expect(feedback()).toHaveClass('scan-done');

    await user.type(input, '5390000000017{Enter}');
    await waitFor(() => expect(feedback()).toHaveTextContent('Beans 1 kg is already fully packed'));
    expect(feedback()).toHaveClass('scan-warning');

    await user.type(input, 'CUP-9{Enter}');
    await waitFor(() => expect(feedback()).toHaveTextContent('Espresso cup is not in this shipment'));
    expect(feedback()).toHaveClass('scan-error');

    await user.type(input, 'XYZ{Enter}');
    await waitFor(() => expect(feedback()).toHaveTextContent('No product has the code XYZ'));
    expect(feedback()).toHaveClass('scan-error');
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(ordo.inputsOf('shipments.scan').map((i) => i.code)).toEqual([
      'BEAN-1',
      'MUG-1',
      '5390000000017',
      'CUP-9',
      'XYZ',
    ]);
  });

  it('saves a packed quantity counted by hand through shipments.setPacked', async () => {
    const ordo = installOrdo({
      'shipments.get': shipment([beans, mug]),
      'shipments.setPacked': ({ packed }) => shipment([line({ packed }), mug]),
    });
    const { user } = renderApp('#/shipments/7/pack');

    const packed = await screen.findByRole('textbox', { name: 'Packed, Beans 1 kg' });
    await user.clear(packed);
    await user.type(packed, '4{Enter}');
    await waitFor(() =>
      expect(ordo.lastInputOf('shipments.setPacked')).toEqual({ id: 7, lineId: 1, packed: '4' }),
    );
  });

  it('keeps Ship disabled until everything is packed, then ships with the dialog’s fields', async () => {
    let current = shipment([line({ packed: '4' })]);
    const ordo = installOrdo({
      'shipments.get': () => current,
      'shipments.scan': () => {
        current = shipment([line({ packed: '5', isPacked: true })]);
        return {
          shipment: current,
          scan: { result: 'packed', lineId: 1, packed: '5', quantity: '5', complete: true },
        };
      },
      'shipments.ship': (input) => {
        current = {
          ...current,
          status: 'shipped',
          number: 'SH-2026-00001',
          shipDate: input.shipDate,
          carrier: input.carrier ?? '',
          trackingNumber: input.trackingNumber ?? '',
          parcels: input.parcels ?? null,
          weightKg: input.weightKg ?? null,
        };
        return current;
      },
    });
    const { user } = renderApp('#/shipments/7');

    const ship = await screen.findByRole('button', { name: 'Ship' });
    expect(ship).toBeDisabled();
    expect(ship).toHaveAccessibleDescription('Ship is possible once every line is packed.');
    await user.type(screen.getByLabelText('Scan or type a code'), 'BEAN-1{Enter}');
    await waitFor(() => expect(ship).toBeEnabled());
    expect(document.querySelector('.scan-feedback')).toHaveTextContent(
      'Beans 1 kg — 5 of 5 packed. Everything is packed: ready to ship.',
    );

    await user.click(ship);
    const dialog = screen.getByRole('dialog', { name: 'Ship' });
    expect(within(dialog).getByLabelText('Ship date')).toHaveValue(todayIso());
    await user.type(within(dialog).getByLabelText('Carrier'), 'An Post');
    await user.type(within(dialog).getByLabelText('Tracking number'), 'CE123456789IE');
    await user.type(within(dialog).getByLabelText('Parcels'), '2');
    await user.type(within(dialog).getByLabelText('Weight (kg)'), '6.25');
    await user.click(within(dialog).getByRole('button', { name: 'Ship now' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(ordo.lastInputOf('shipments.ship')).toEqual({
      id: 7,
      shipDate: todayIso(),
      carrier: 'An Post',
      trackingNumber: 'CE123456789IE',
      parcels: 2,
      weightKg: '6.25',
    });
    expect(await screen.findByRole('heading', { name: /Shipment SH-2026-00001/ })).toBeInTheDocument();
    expect(screen.getByText('Shipment SH-2026-00001 shipped')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark delivered' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open order SO-2026-00003' })).toHaveAttribute(
      'href',
      '#/orders/3',
    );
    expect(screen.queryByLabelText('Scan or type a code')).not.toBeInTheDocument();
  });

  it('shows main’s refusal to ship (not enough stock) in the dialog', async () => {
    const ordo = installOrdo({
      'shipments.get': shipment([line({ packed: '5', isPacked: true })]),
      'shipments.ship': () => {
        throw {
          code: 'INSUFFICIENT_STOCK',
          message: 'Only 2 kg of Beans 1 kg can ship now (on hand, less what other orders reserved)',
          details: { fields: [{ path: 'lines.0.quantity', message: 'At most 2' }] },
        };
      },
    });
    const { user } = renderApp('#/shipments/7/pack');
    await user.click(await screen.findByRole('button', { name: 'Ship' }));
    const dialog = screen.getByRole('dialog', { name: 'Ship' });
    await user.click(within(dialog).getByRole('button', { name: 'Ship now' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Only 2 kg of Beans 1 kg can ship now',
    );
    expect(ordo.inputsOf('shipments.ship')).toHaveLength(1);
  });

  it('lowers quantities before packing, leaving out a line set to 0', async () => {
    const ordo = installOrdo({
      'shipments.get': shipment([beans, mug]),
      'shipments.updateLines': () => shipment([line({ quantity: '3' })]),
    });
    const { user } = renderApp('#/shipments/7/pick');
    await user.click(await screen.findByRole('button', { name: 'Change quantities' }));
    const dialog = screen.getByRole('dialog', { name: 'Change quantities' });
    const beansQty = within(dialog).getByLabelText('Beans 1 kg');
    await user.clear(beansQty);
    await user.type(beansQty, '6');
    await user.click(within(dialog).getByRole('button', { name: 'Save quantities' }));
    expect(beansQty).toHaveAccessibleDescription(expect.stringContaining('At most 5'));
    expect(ordo.inputsOf('shipments.updateLines')).toHaveLength(0);

    await user.clear(beansQty);
    await user.type(beansQty, '3');
    await user.clear(within(dialog).getByLabelText('Mug'));
    await user.type(within(dialog).getByLabelText('Mug'), '0');
    await user.click(within(dialog).getByRole('button', { name: 'Save quantities' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(ordo.lastInputOf('shipments.updateLines')).toEqual({
      id: 7,
      lines: [{ orderLineId: 11, quantity: '3' }],
    });
  });

  it('cancels an open shipment after saying what will happen', async () => {
    let current = shipment([beans]);
    const ordo = installOrdo({
      'shipments.get': () => current,
      'shipments.cancel': () => {
        current = shipment([beans], { status: 'cancelled' });
        return current;
      },
    });
    const { user } = renderApp('#/shipments/7');
    await user.click(await screen.findByRole('button', { name: 'Cancel shipment' }));
    const confirm = screen.getByRole('dialog', { name: 'Cancel this shipment?' });
    expect(confirm).toHaveTextContent('stock stays as it is');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel shipment' }));
    await waitFor(() => expect(ordo.lastInputOf('shipments.cancel')).toEqual({ id: 7 }));
    expect(await screen.findByText(/was cancelled before it left/)).toBeInTheDocument();
  });
});
