import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { withFieldRenamed } from '../fieldPaths';
import { getShipment, listShipments } from './read';
import {
  cancelShipment,
  createShipment,
  markDelivered,
  scanCode,
  setPacked,
  shipShipment,
  updateShipmentLines,
} from './shipments';

export function shipmentHandlers(session: CompanySession): HandlerGroup<'shipments'> {
  return {
    'shipments.createFromOrder': (input) => {
      const ctx = session.require();
      return withFieldRenamed('id', 'orderId', () => createShipment(ctx, input));
    },
    'shipments.updateLines': (input) => updateShipmentLines(session.require(), input),
    'shipments.scan': (input) => scanCode(session.require(), input),
    'shipments.setPacked': (input) => setPacked(session.require(), input),
    'shipments.ship': (input) => shipShipment(session.require(), input),
    'shipments.markDelivered': (input) => markDelivered(session.require(), input),
    'shipments.cancel': ({ id }) => cancelShipment(session.require(), id),
    'shipments.get': ({ id }) => getShipment(session.require(), id),
    'shipments.list': (q) => listShipments(session.require(), q),
  };
}
