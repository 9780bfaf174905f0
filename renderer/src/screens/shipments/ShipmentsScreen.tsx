// #/shipments — the list; #/shipments/:id — one shipment (its stage decides the view);
// #/shipments/:id/pick and /pack — the pick list or the pack view of an open shipment.
import { NotFound } from '../../app/NotFound';
import { idOf } from '../../app/router';
import { ShipmentsList } from './ShipmentsList';
import { ShipmentView, type OpenView } from './ShipmentView';
import './shipments.css';

const views: readonly (OpenView | undefined)[] = ['pick', 'pack', undefined];

export function ShipmentsScreen({ segments }: { segments: readonly string[] }) {
  const [first, view, ...rest] = segments;
  if (first === undefined) return <ShipmentsList />;
  const id = idOf(first);
  const openView = views.find((v) => v === view);
  if (id === null || rest.length > 0 || (view !== undefined && openView === undefined)) return <NotFound />;
  return <ShipmentView key={id} id={id} view={openView} />;
}
