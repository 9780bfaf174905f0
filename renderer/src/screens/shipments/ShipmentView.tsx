// #/shipments/:id[/pick|/pack] — one shipment through its stages: the pick list to print, packing by scan,
// shipping; afterwards what left, when and how, with "Mark delivered".
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Shipment } from '../../../../shared/contract';
import { hrefOf, navigate } from '../../app/router';
import { useConfirm } from '../../components/ConfirmDialog';
import { Loading, QueryError } from '../../components/QueryError';
import { StatusChip } from '../../components/StatusChip';
import { useToast } from '../../components/Toasts';
import { queryKeyOf, useOrdoMutation, useOrdoQuery } from '../../lib/queries';
import { useMay } from '../../lib/useActingUser';
import { ChangeQuantitiesDialog } from './ChangeQuantitiesDialog';
import { PackPanel } from './PackPanel';
import { PickList } from './PickList';
import { ShipDialog } from './ShipDialog';
import { ShippedView } from './ShippedView';
import { stageOf, stageWords } from './shipmentStage';

export type OpenView = 'pick' | 'pack';

function titleOf(shipment: Shipment): string {
  if (shipment.number) return `Shipment ${shipment.number}`;
  return `Shipment for order ${shipment.order.number ?? ''}`.trim();
}

/** Before anything is packed the pick list comes first; once packing started, the pack view. */
function defaultView(shipment: Shipment): OpenView {
  return shipment.lines.some((l) => Number(l.packed) > 0) ? 'pack' : 'pick';
}

export function ShipmentView({ id, view }: { id: number; view: OpenView | undefined }) {
  const shipment = useOrdoQuery('shipments.get', { id });
  if (shipment.error) return <QueryError error={shipment.error} onRetry={() => void shipment.refetch()} />;
  if (!shipment.data) return <Loading />;
  const s = shipment.data;
  return (
    <section className="screen shipment-screen" aria-labelledby="screen-title">
      {s.status === 'open' ? (
        <OpenShipment shipment={s} view={view ?? defaultView(s)} />
      ) : (
        <ShippedView shipment={s} title={titleOf(s)} />
      )}
    </section>
  );
}

function OpenShipment({ shipment, view }: { shipment: Shipment; view: OpenView }) {
  const mayFulfil = useMay('fulfil');
  const confirm = useConfirm();
  const toast = useToast();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<'ship' | 'quantities' | null>(null);
  const cancel = useOrdoMutation('shipments.cancel', {
    alsoInvalidates: ['orders', 'stock'],
    onSuccess: (cancelled) => {
      client.setQueryData(queryKeyOf('shipments.get', { id: cancelled.id }), cancelled);
      toast('Shipment cancelled');
    },
  });
  const stage = stageWords[stageOf(shipment)];
  const blocker = shipment.isFullyPacked ? null : 'Ship is possible once every line is packed.';
  // The line stays when packing completes, so the view below does not jump while someone is scanning.
  const shipNote = blocker ?? 'Everything is packed: ready to ship.';

  async function cancelShipment() {
    const isSure = await confirm({
      title: 'Cancel this shipment?',
      message: `Nothing has left yet: the shipment is closed without shipping, stock stays as it is, and its quantities go back to order ${shipment.order.number ?? ''} to ship later.`,
      confirmLabel: 'Cancel shipment',
      destructive: true,
    });
    if (!isSure) return;
    cancel.mutate({ id: shipment.id }, { onError: (error) => toast(error.message, 'error') });
  }

  return (
    <>
      <header className="screen-header">
        <div>
          <a className="back-link" href={hrefOf('/shipments')}>
            ← Shipments
          </a>
          <h1 id="screen-title">
            {titleOf(shipment)} <StatusChip tone={stage.tone}>{stage.label}</StatusChip>
          </h1>
        </div>
        <div className="screen-actions">
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          {mayFulfil ? (
            <>
              <button type="button" onClick={() => void cancelShipment()} disabled={cancel.isPending}>
                Cancel shipment
              </button>
              <button type="button" onClick={() => setDialog('quantities')}>
                Change quantities
              </button>
              <button
                type="button"
                className="button-primary"
                disabled={!shipment.isFullyPacked}
                aria-describedby={blocker ? 'ship-blocker' : undefined}
                onClick={() => setDialog('ship')}
              >
                Ship
              </button>
            </>
          ) : null}
        </div>
      </header>
      {mayFulfil ? (
        <p
          id="ship-blocker"
          className={blocker ? 'muted save-blocker no-print' : 'save-blocker ship-ready no-print'}
        >
          {shipNote}
        </p>
      ) : null}
      <nav className="view-tabs no-print" aria-label="Steps">
        <a
          href={hrefOf(`/shipments/${shipment.id}/pick`)}
          aria-current={view === 'pick' ? 'page' : undefined}
        >
          1 · Pick list
        </a>
        <a
          href={hrefOf(`/shipments/${shipment.id}/pack`)}
          aria-current={view === 'pack' ? 'page' : undefined}
        >
          2 · Pack
        </a>
        <span className={shipment.isFullyPacked ? 'view-step-ready' : 'muted'}>3 · Ship</span>
      </nav>
      {view === 'pick' ? (
        <>
          <PickList shipment={shipment} />
          {mayFulfil ? (
            <p className="no-print next-step">
              <button
                type="button"
                className="button-primary"
                onClick={() => navigate(`/shipments/${shipment.id}/pack`)}
              >
                Start packing
              </button>
            </p>
          ) : null}
        </>
      ) : (
        <PackPanel shipment={shipment} mayPack={mayFulfil} />
      )}
      {dialog === 'ship' ? <ShipDialog shipment={shipment} onClose={() => setDialog(null)} /> : null}
      {dialog === 'quantities' ? (
        <ChangeQuantitiesDialog shipment={shipment} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}
