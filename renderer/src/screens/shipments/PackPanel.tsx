// Pack: a barcode scanner (which types the code and Enter) or the keyboard adds one unit per scan; each scan
// answers in words in a live region. Counted by hand instead? Type the packed quantity into the line.
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import type { Shipment, ShipmentLine } from '../../../../shared/contract';
import { parseDecimal } from '../../../../shared/money';
import { OrdoError } from '../../../../shared/errors';
import { StatusChip } from '../../components/StatusChip';
import { countText, decimalInputText, decimalText } from '../../lib/format';
import { queryKeyOf, useOrdoMutation } from '../../lib/queries';
import { useCompanyLocale } from '../../lib/useCompanyLocale';
import { scanFeedback, scanIcons, type ScanFeedback } from './scanFeedback';

interface PackPanelProps {
  shipment: Shipment;
  mayPack: boolean;
}

function errorFeedback(error: unknown): ScanFeedback {
  const text = error instanceof Error ? error.message : 'The scan did not go through; try again.';
  return { tone: 'error', icon: scanIcons.error, text };
}

export function PackPanel({ shipment, mayPack }: PackPanelProps) {
  const { locale } = useCompanyLocale();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [feedback, setFeedback] = useState<ScanFeedback | null>(null);
  const [lastLineId, setLastLineId] = useState<number | null>(null);
  const scan = useOrdoMutation('shipments.scan');
  const quantityText = (value: string) => decimalText(value, locale, 4);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const typed = code.trim();
    input.current?.focus();
    if (typed === '') {
      setFeedback({ tone: 'warning', icon: scanIcons.warning, text: 'Scan or type a code first' });
      return;
    }
    // Cleared at once: a scanner may send the next code before this one is answered.
    setCode('');
    try {
      const answer = await scan.mutateAsync({ id: shipment.id, code: typed });
      client.setQueryData(queryKeyOf('shipments.get', { id: shipment.id }), answer.shipment);
      setFeedback(scanFeedback(typed, answer.scan, answer.shipment, quantityText));
      setLastLineId('lineId' in answer.scan ? answer.scan.lineId : null);
    } catch (error) {
      setFeedback(errorFeedback(error));
    }
  }

  const packedLines = shipment.lines.filter((l) => l.isPacked).length;
  return (
    <section aria-labelledby="pack-title" className="pack-panel">
      <h2 id="pack-title">Pack</h2>
      {mayPack ? (
        <form className="scan-form no-print" onSubmit={(event) => void submit(event)} noValidate>
          <div className="field scan-field">
            <label htmlFor="scan-code">Scan or type a code</label>
            <input
              id="scan-code"
              ref={input}
              value={code}
              onChange={(event) => setCode(event.target.value)}
              autoFocus
              autoComplete="off"
              spellCheck={false}
              maxLength={64}
              aria-describedby="scan-hint"
            />
            <p id="scan-hint" className="field-hint">
              SKU or barcode, then Enter. Each scan packs one unit.
            </p>
          </div>
          <button type="submit">Pack one</button>
        </form>
      ) : null}
      <p
        className={feedback ? `scan-feedback no-print scan-${feedback.tone}` : 'scan-feedback no-print'}
        role="status"
        aria-live="polite"
        aria-atomic="true"
      >
        {feedback ? (
          <>
            <span className="scan-icon" aria-hidden="true">
              {feedback.icon}
            </span>{' '}
            {feedback.text}
          </>
        ) : null}
      </p>
      <p className="muted pack-progress">
        {countText(packedLines, locale)} of {countText(shipment.lines.length, locale)} lines packed
      </p>
      <div className="table-wrap">
        <table className="data-table pack-table">
          <caption className="visually-hidden">Lines to pack</caption>
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">Description</th>
              <th scope="col" className="num">
                Packed
              </th>
              <th scope="col" className="num">
                Quantity
              </th>
              <th scope="col">Unit</th>
              <th scope="col">Progress</th>
            </tr>
          </thead>
          <tbody>
            {shipment.lines.map((line) => (
              <tr key={line.id} className={line.id === lastLineId ? 'selected' : undefined}>
                <td>
                  <code>{line.sku ?? '—'}</code>
                </td>
                <td className="cell-wrap">{line.description}</td>
                <td className="num">
                  {mayPack ? <PackedInput shipmentId={shipment.id} line={line} /> : quantityText(line.packed)}
                </td>
                <td className="num">{quantityText(line.quantity)}</td>
                <td>{line.unit}</td>
                <td>
                  <LineProgress line={line} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function LineProgress({ line }: { line: ShipmentLine }) {
  const quantity = Number(line.quantity);
  const packed = Math.min(Number(line.packed), quantity);
  return (
    <span className="line-progress">
      <progress value={packed} max={quantity > 0 ? quantity : 1} aria-hidden="true" />
      {line.isPacked ? (
        <StatusChip tone="done">✓ Packed</StatusChip>
      ) : packed > 0 ? (
        <StatusChip tone="open">Packing</StatusChip>
      ) : (
        <StatusChip tone="draft">Not started</StatusChip>
      )}
    </span>
  );
}

/** The packed quantity of one line, typed after a count by hand; saved on Enter or when leaving the field. */
function PackedInput({ shipmentId, line }: { shipmentId: number; line: ShipmentLine }) {
  const { locale } = useCompanyLocale();
  const client = useQueryClient();
  const [text, setText] = useState(() => decimalInputText(line.packed, locale));
  const [shownPacked, setShownPacked] = useState(line.packed);
  const [error, setError] = useState<string | null>(null);
  const setPacked = useOrdoMutation('shipments.setPacked');

  // A scan changed this line: show the new count (adjusting state while rendering, as React recommends).
  if (shownPacked !== line.packed) {
    setShownPacked(line.packed);
    setText(decimalInputText(line.packed, locale));
    setError(null);
  }

  async function commit() {
    const parsed = parseDecimal(text, locale, 4);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    if (parsed.value === line.packed) return;
    try {
      const shipment = await setPacked.mutateAsync({ id: shipmentId, lineId: line.id, packed: parsed.value });
      client.setQueryData(queryKeyOf('shipments.get', { id: shipmentId }), shipment);
    } catch (reason) {
      const issue = reason instanceof OrdoError ? reason.details.fields?.[0]?.message : undefined;
      setError(issue ?? (reason instanceof Error ? reason.message : 'Could not save the packed quantity'));
    }
  }

  const errorId = `packed-error-${line.id}`;
  return (
    <>
      <input
        className="packed-input"
        value={text}
        inputMode="decimal"
        aria-label={`Packed, ${line.description}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void commit();
          }
        }}
      />
      {error ? (
        <span id={errorId} className="field-error">
          {error}
        </span>
      ) : null}
    </>
  );
}
