-- Integrity of stock, credit decisions and shipments, enforced by the database itself.
-- Stock movements, reservations and credit decisions are append-only ledgers.
CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: stock movements cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: stock movements cannot be deleted'); END;
--> statement-breakpoint
CREATE TRIGGER stock_reservations_no_update BEFORE UPDATE ON stock_reservations
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: stock reservations cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER stock_reservations_no_delete BEFORE DELETE ON stock_reservations
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: stock reservations cannot be deleted'); END;
--> statement-breakpoint
CREATE TRIGGER credit_decisions_no_update BEFORE UPDATE ON credit_decisions
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: credit decisions cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER credit_decisions_no_delete BEFORE DELETE ON credit_decisions
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: credit decisions cannot be deleted'); END;
--> statement-breakpoint
-- A number, once given to an order or shipment, never changes; orders and shipments are never deleted.
CREATE TRIGGER orders_number_fixed BEFORE UPDATE OF number ON orders
WHEN OLD.number IS NOT NULL AND NEW.number IS NOT OLD.number
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: an order number never changes'); END;
--> statement-breakpoint
CREATE TRIGGER orders_no_delete BEFORE DELETE ON orders WHEN OLD.number IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a numbered order is never deleted; cancel it'); END;
--> statement-breakpoint
-- A shipped shipment is a posted document: only its delivery may be recorded afterwards.
CREATE TRIGGER shipments_posted_fixed BEFORE UPDATE ON shipments
WHEN OLD.status IN ('shipped', 'delivered') AND (
  NEW.number IS NOT OLD.number OR NEW.order_id IS NOT OLD.order_id OR NEW.ship_date IS NOT OLD.ship_date
  OR NEW.carrier IS NOT OLD.carrier OR NEW.tracking_number IS NOT OLD.tracking_number OR NEW.parcels IS NOT OLD.parcels
  OR NEW.weight_kg IS NOT OLD.weight_kg OR NEW.status NOT IN ('shipped', 'delivered'))
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a shipped shipment cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER shipments_no_delete BEFORE DELETE ON shipments
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: shipments are never deleted; cancel an open one'); END;
--> statement-breakpoint
CREATE TRIGGER shipment_lines_posted_fixed BEFORE UPDATE ON shipment_lines
WHEN (SELECT status FROM shipments WHERE id = OLD.shipment_id) IN ('shipped', 'delivered')
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: lines of a shipped shipment cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER shipment_lines_posted_no_delete BEFORE DELETE ON shipment_lines
WHEN (SELECT status FROM shipments WHERE id = OLD.shipment_id) IN ('shipped', 'delivered')
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: lines of a shipped shipment cannot be removed'); END;
