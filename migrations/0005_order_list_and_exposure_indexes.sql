DROP INDEX `journal_lines_customer_idx`;--> statement-breakpoint
CREATE INDEX `journal_lines_customer_idx` ON `journal_lines` (`customer_id`,`account_id`,`amount`);--> statement-breakpoint
DROP INDEX `orders_customer_idx`;--> statement-breakpoint
DROP INDEX `orders_reference_idx`;--> statement-breakpoint
CREATE INDEX `orders_number_nocase_idx` ON `orders` ("number" COLLATE NOCASE,`kind`);--> statement-breakpoint
CREATE INDEX `orders_customer_idx` ON `orders` (`customer_id`,`is_confirmed`,`is_cancelled`,`is_rejected`,`kind`,`open_value`,`shipped_value`);--> statement-breakpoint
CREATE INDEX `orders_reference_idx` ON `orders` ("customer_reference" COLLATE NOCASE,`kind`);--> statement-breakpoint
DROP INDEX `stock_movements_product_idx`;--> statement-breakpoint
CREATE INDEX `stock_movements_product_idx` ON `stock_movements` (`product_id`,`id`,`qty`);--> statement-breakpoint
DROP INDEX `stock_reservations_product_idx`;--> statement-breakpoint
CREATE INDEX `stock_reservations_product_idx` ON `stock_reservations` (`product_id`,`qty`);