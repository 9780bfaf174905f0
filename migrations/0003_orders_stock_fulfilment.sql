CREATE TABLE `credit_decisions` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer NOT NULL,
	`decision` text NOT NULL,
	`amount` integer NOT NULL,
	`exposure` integer NOT NULL,
	`reasons` text NOT NULL,
	`note` text NOT NULL,
	`decided_by` integer,
	`decided_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `credit_decisions_order_idx` ON `credit_decisions` (`order_id`);--> statement-breakpoint
CREATE TABLE `order_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`product_id` integer,
	`description` text DEFAULT '' NOT NULL,
	`qty` integer NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`unit_price` text NOT NULL,
	`discount_percent` text,
	`discount_amount` integer,
	`tax_rate_id` integer,
	`tax_percent` text DEFAULT '0' NOT NULL,
	`fee_kind` text,
	`net` integer NOT NULL,
	`tax` integer NOT NULL,
	`shipped_qty` integer DEFAULT 0 NOT NULL,
	`cancelled_qty` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tax_rate_id`) REFERENCES `tax_rates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_lines_order_idx` ON `order_lines` (`order_id`,`position`);--> statement-breakpoint
CREATE INDEX `order_lines_product_idx` ON `order_lines` (`product_id`);--> statement-breakpoint
CREATE TABLE `order_messages` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer NOT NULL,
	`kind` text NOT NULL,
	`recipient` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`shipment_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_messages_order_idx` ON `order_messages` (`order_id`);--> statement-breakpoint
CREATE INDEX `order_messages_status_idx` ON `order_messages` (`status`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`number` text,
	`status` text NOT NULL,
	`customer_id` integer NOT NULL,
	`quote_id` integer,
	`order_date` text NOT NULL,
	`valid_until` text,
	`requested_delivery_date` text,
	`customer_reference` text DEFAULT '' NOT NULL,
	`channel` text NOT NULL,
	`billing_address` text NOT NULL,
	`shipping_address` text NOT NULL,
	`currency` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`net` integer DEFAULT 0 NOT NULL,
	`tax` integer DEFAULT 0 NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`discount` integer DEFAULT 0 NOT NULL,
	`fees` integer DEFAULT 0 NOT NULL,
	`open_value` integer DEFAULT 0 NOT NULL,
	`shipped_value` integer DEFAULT 0 NOT NULL,
	`is_confirmed` integer DEFAULT false NOT NULL,
	`is_on_hold` integer DEFAULT false NOT NULL,
	`is_rejected` integer DEFAULT false NOT NULL,
	`is_cancelled` integer DEFAULT false NOT NULL,
	`is_converted` integer DEFAULT false NOT NULL,
	`hold_reasons` text NOT NULL,
	`approved_amount` integer,
	`confirmed_at` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_number_unique` ON `orders` (`number`);--> statement-breakpoint
CREATE INDEX `orders_status_date_idx` ON `orders` (`kind`,`status`,`order_date`,`id`);--> statement-breakpoint
CREATE INDEX `orders_kind_date_idx` ON `orders` (`kind`,`order_date`,`id`);--> statement-breakpoint
CREATE INDEX `orders_customer_idx` ON `orders` (`customer_id`,`is_confirmed`,`is_cancelled`);--> statement-breakpoint
CREATE INDEX `orders_reference_idx` ON `orders` (`customer_reference`);--> statement-breakpoint
CREATE TABLE `shipment_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`shipment_id` integer NOT NULL,
	`order_line_id` integer NOT NULL,
	`product_id` integer,
	`qty` integer NOT NULL,
	`packed_qty` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`shipment_id`) REFERENCES `shipments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_line_id`) REFERENCES `order_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `shipment_lines_shipment_idx` ON `shipment_lines` (`shipment_id`);--> statement-breakpoint
CREATE INDEX `shipment_lines_order_line_idx` ON `shipment_lines` (`order_line_id`);--> statement-breakpoint
CREATE TABLE `shipments` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text,
	`order_id` integer NOT NULL,
	`status` text NOT NULL,
	`ship_date` text,
	`carrier` text DEFAULT '' NOT NULL,
	`tracking_number` text DEFAULT '' NOT NULL,
	`parcels` integer,
	`weight_kg` text,
	`delivered_on` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shipments_number_unique` ON `shipments` (`number`);--> statement-breakpoint
CREATE INDEX `shipments_status_idx` ON `shipments` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `shipments_order_idx` ON `shipments` (`order_id`);--> statement-breakpoint
CREATE TABLE `stock_movements` (
	`id` integer PRIMARY KEY NOT NULL,
	`product_id` integer NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`qty` integer NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`shipment_id` integer,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_movements_product_idx` ON `stock_movements` (`product_id`,`id`);--> statement-breakpoint
CREATE TABLE `stock_reservations` (
	`id` integer PRIMARY KEY NOT NULL,
	`product_id` integer NOT NULL,
	`order_line_id` integer NOT NULL,
	`qty` integer NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_reservations_product_idx` ON `stock_reservations` (`product_id`);--> statement-breakpoint
CREATE INDEX `stock_reservations_line_idx` ON `stock_reservations` (`order_line_id`);--> statement-breakpoint
ALTER TABLE `customers` ADD `credit_stop` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `overdue_tolerance_days` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `products` ADD `allow_negative_stock` integer DEFAULT false NOT NULL;