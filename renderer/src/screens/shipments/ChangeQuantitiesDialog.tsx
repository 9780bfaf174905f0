// Change quantities before packing: ship less of a line, or 0 to leave it out. Never more than the shipment
// took from the order; what is left out stays on the order for a later shipment.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Shipment } from '../../../../shared/contract';
import { Dec, parseDecimal } from '../../../../shared/money';
import { FormDialog } from '../../components/FormDialog';
import { useToast } from '../../components/Toasts';
import { decimalInputText, decimalText } from '../../lib/format';
import { formErrorsAnyCode } from '../../lib/formErrorsAnyCode';
import { mergeErrors } from '../../lib/formErrors';
import { queryKeyOf, useOrdoMutation } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';

interface Props {
  shipment: Shipment;
  onClose: () => void;
}

export function ChangeQuantitiesDialog({ shipment, onClose }: Props) {
  const { locale } = useCompanyLocale();
  const toast = useToast();
  const client = useQueryClient();
  const [texts, setTexts] = useState(() => shipment.lines.map((l) => decimalInputText(l.quantity, locale)));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  // Main names lines by their place in what was sent (zeros are left out), so remember which line was where.
  const [sentLineIds, setSentLineIds] = useState<number[]>([]);
  const update = useOrdoMutation('shipments.updateLines', {
    alsoInvalidates: ['orders', 'stock'],
    onSuccess: (updated) => {
      client.setQueryData(queryKeyOf('shipments.get', { id: updated.id }), updated);
      toast('Quantities changed');
      onClose();
    },
  });
  const remote = formErrorsAnyCode(update.error, (path) => /^lines\.\d+\.quantity$/.test(path));
  const remoteByLine: Record<string, string> = {};
  for (const [path, message] of Object.entries(remote.fields)) {
    const lineId = sentLineIds[Number(path.split('.')[1])];
    if (lineId !== undefined) remoteByLine[String(lineId)] = message;
  }
  const errors = mergeErrors(localErrors, { fields: remoteByLine, general: remote.general });

  function submit() {
    const problems: Record<string, string> = {};
    const lines: { orderLineId: number; quantity: string; lineId: number }[] = [];
    shipment.lines.forEach((line, index) => {
      const parsed = parseDecimal(texts[index] ?? '', locale, 4);
      const key = String(line.id);
      if (!parsed.ok) problems[key] = parsed.error;
      else if (parsed.value.startsWith('-')) problems[key] = 'Enter 0 or more';
      else if (new Dec(parsed.value).gt(new Dec(line.quantity)))
        problems[key] =
          `At most ${decimalText(line.quantity, locale, 4)}: a shipment can only get smaller here`;
      else if (new Dec(parsed.value).gt(0))
        lines.push({ orderLineId: line.orderLineId, quantity: parsed.value, lineId: line.id });
    });
    if (Object.keys(problems).length === 0 && lines.length === 0) {
      problems[String(shipment.lines[0]?.id ?? 0)] =
        'Keep at least one line; to ship nothing, cancel the shipment instead';
    }
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) {
      update.reset();
      return;
    }
    setSentLineIds(lines.map((l) => l.lineId));
    update.mutate({
      id: shipment.id,
      lines: lines.map(({ orderLineId, quantity }) => ({ orderLineId, quantity })),
    });
  }

  return (
    <FormDialog
      title="Change quantities"
      submitLabel="Save quantities"
      isPending={update.isPending}
      errors={errors}
      onSubmit={submit}
      onClose={onClose}
    >
      <p className="muted">
        Ship less of a line, or 0 to leave it out of this shipment. What is left out stays on the order.
      </p>
      <table className="grid-table">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col" className="num">
              Quantity
            </th>
            <th scope="col">Unit</th>
          </tr>
        </thead>
        <tbody>
          {shipment.lines.map((line, index) => {
            const error = errors.fields[String(line.id)];
            const errorId = `quantity-error-${line.id}`;
            return (
              <tr key={line.id}>
                <td>
                  <label htmlFor={`quantity-${line.id}`}>{line.description}</label>
                  {line.sku ? <span className="muted"> · {line.sku}</span> : null}
                </td>
                <td className="num">
                  <input
                    id={`quantity-${line.id}`}
                    value={texts[index] ?? ''}
                    inputMode="decimal"
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    data-autofocus={index === 0 ? true : undefined}
                    onChange={(event) =>
                      setTexts((all) => all.map((t, i) => (i === index ? event.target.value : t)))
                    }
                  />
                  {error ? (
                    <p id={errorId} className="field-error">
                      {error}
                    </p>
                  ) : null}
                </td>
                <td>{line.unit}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </FormDialog>
  );
}
