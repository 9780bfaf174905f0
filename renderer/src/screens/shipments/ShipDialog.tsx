// Ship: the date it leaves, carrier, tracking number, parcels and weight. Main gives the shipment its number,
// takes the stock out and marks the order shipped, all at once.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Shipment } from '../../../../shared/contract';
import { parseDecimal } from '../../../../shared/money';
import { TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { formErrorsAnyCode } from '../../lib/formErrorsAnyCode';
import { mergeErrors } from '../../lib/formErrors';
import { queryKeyOf, useOrdoMutation } from '../../lib/queries';
import { todayIso } from '../../lib/today';
import { useCompanyLocale } from '../../lib/useCompanyLocale';

const shown = new Set(['shipDate', 'carrier', 'trackingNumber', 'parcels', 'weightKg']);

export function ShipDialog({ shipment, onClose }: { shipment: Shipment; onClose: () => void }) {
  const { locale } = useCompanyLocale();
  const toast = useToast();
  const client = useQueryClient();
  const [shipDate, setShipDate] = useState(todayIso);
  const [carrier, setCarrier] = useState('');
  const [trackingNumber, setTrackingNumber] = useState('');
  const [parcels, setParcels] = useState('');
  const [weight, setWeight] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const ship = useOrdoMutation('shipments.ship', {
    alsoInvalidates: ['orders', 'stock', 'credit'],
    onSuccess: (shipped) => {
      client.setQueryData(queryKeyOf('shipments.get', { id: shipped.id }), shipped);
      toast(`Shipment ${shipped.number ?? ''} shipped`);
      onClose();
    },
  });
  const errors = mergeErrors(
    localErrors,
    formErrorsAnyCode(ship.error, (path) => shown.has(path)),
  );

  function submit() {
    const problems: Record<string, string> = {};
    const parcelsText = parcels.trim();
    if (parcelsText !== '' && !/^\d+$/.test(parcelsText)) problems.parcels = 'Parcels is a whole number';
    let weightKg: string | null = null;
    if (weight.trim() !== '') {
      const parsed = parseDecimal(weight, locale, 3);
      if (parsed.ok) weightKg = parsed.value;
      else problems.weightKg = parsed.error;
    }
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) {
      ship.reset();
      return;
    }
    ship.mutate({
      id: shipment.id,
      shipDate,
      carrier,
      trackingNumber,
      parcels: parcelsText === '' ? null : Number(parcelsText),
      weightKg,
    });
  }

  return (
    <FormDialog
      title="Ship"
      submitLabel="Ship now"
      isPending={ship.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <p className="muted">The shipment gets its number and the goods leave stock. This cannot be undone.</p>
      <div className="field-grid">
        <TextField
          label="Ship date"
          type="date"
          value={shipDate}
          onChange={setShipDate}
          error={errors.fields.shipDate}
          required
          data-autofocus
        />
        <TextField label="Carrier" value={carrier} onChange={setCarrier} error={errors.fields.carrier} />
        <TextField
          label="Tracking number"
          value={trackingNumber}
          onChange={setTrackingNumber}
          error={errors.fields.trackingNumber}
          className="span-2"
          spellCheck={false}
        />
        <TextField
          label="Parcels"
          value={parcels}
          onChange={setParcels}
          error={errors.fields.parcels}
          inputMode="numeric"
          className="field-amount"
        />
        <TextField
          label="Weight (kg)"
          value={weight}
          onChange={setWeight}
          error={errors.fields.weightKg}
          inputMode="decimal"
          className="field-amount"
        />
      </div>
    </FormDialog>
  );
}

export function DeliveredDialog({ shipment, onClose }: { shipment: Shipment; onClose: () => void }) {
  const toast = useToast();
  const client = useQueryClient();
  const [date, setDate] = useState(todayIso);
  const deliver = useOrdoMutation('shipments.markDelivered', {
    alsoInvalidates: ['orders'],
    onSuccess: (delivered) => {
      client.setQueryData(queryKeyOf('shipments.get', { id: delivered.id }), delivered);
      toast(`Shipment ${delivered.number ?? ''} delivered`);
      onClose();
    },
  });
  const errors = formErrorsAnyCode(deliver.error, (path) => path === 'date');
  return (
    <FormDialog
      title="Mark delivered"
      submitLabel="Mark delivered"
      isPending={deliver.isPending}
      errors={errors}
      onSubmit={() => deliver.mutate({ id: shipment.id, date })}
      onClose={onClose}
    >
      <TextField
        label="Delivered on"
        type="date"
        value={date}
        onChange={setDate}
        error={errors.fields.date}
        required
        data-autofocus
      />
    </FormDialog>
  );
}
