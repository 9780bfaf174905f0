CREATE TABLE `allocations` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer_id` integer NOT NULL,
	`kind` text NOT NULL,
	`source_type` text NOT NULL,
	`source_id` integer NOT NULL,
	`invoice_id` integer,
	`refund_id` integer,
	`date` text NOT NULL,
	`amount` integer NOT NULL,
	`ar_base` integer NOT NULL,
	`source_base` integer NOT NULL,
	`tax_corrected` integer DEFAULT false NOT NULL,
	`reverses_id` integer,
	`reason` text DEFAULT '' NOT NULL,
	`journal_entry_id` integer NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`refund_id`) REFERENCES `refunds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`journal_entry_id`) REFERENCES `journal_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `allocations_invoice_idx` ON `allocations` (`invoice_id`,`kind`,`source_type`,`amount`);--> statement-breakpoint
CREATE INDEX `allocations_source_idx` ON `allocations` (`source_type`,`source_id`,`kind`,`amount`);--> statement-breakpoint
CREATE INDEX `allocations_customer_idx` ON `allocations` (`customer_id`,`date`);--> statement-breakpoint
CREATE UNIQUE INDEX `allocations_reverses_unique` ON `allocations` (`reverses_id`);--> statement-breakpoint
CREATE TABLE `cash_rounding` (
	`currency` text PRIMARY KEY NOT NULL,
	`increment` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `credit_note_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`credit_note_id` integer NOT NULL,
	`invoice_line_id` integer,
	`description` text DEFAULT '' NOT NULL,
	`product_id` integer,
	`qty` integer DEFAULT 0 NOT NULL,
	`restock_qty` integer DEFAULT 0 NOT NULL,
	`account_id` integer NOT NULL,
	`tax_rate_id` integer,
	`net` integer NOT NULL,
	`tax` integer NOT NULL,
	FOREIGN KEY (`credit_note_id`) REFERENCES `credit_notes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_line_id`) REFERENCES `invoice_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tax_rate_id`) REFERENCES `tax_rates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `credit_note_lines_note_idx` ON `credit_note_lines` (`credit_note_id`);--> statement-breakpoint
CREATE INDEX `credit_note_lines_invoice_line_idx` ON `credit_note_lines` (`invoice_line_id`);--> statement-breakpoint
CREATE TABLE `credit_notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text,
	`invoice_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`date` text NOT NULL,
	`mode` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`restock` integer DEFAULT false NOT NULL,
	`currency` text NOT NULL,
	`fx_rate` text NOT NULL,
	`net` integer DEFAULT 0 NOT NULL,
	`tax` integer DEFAULT 0 NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`journal_entry_id` integer,
	`posted_at` text,
	`posted_by` integer,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`journal_entry_id`) REFERENCES `journal_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`posted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `credit_notes_number_unique` ON `credit_notes` (`number`);--> statement-breakpoint
CREATE INDEX `credit_notes_invoice_idx` ON `credit_notes` (`invoice_id`);--> statement-breakpoint
CREATE INDEX `credit_notes_customer_idx` ON `credit_notes` (`customer_id`,`date`);--> statement-breakpoint
CREATE INDEX `credit_notes_entry_idx` ON `credit_notes` (`journal_entry_id`);--> statement-breakpoint
CREATE TABLE `invoice_balances` (
	`invoice_id` integer PRIMARY KEY NOT NULL,
	`customer_id` integer NOT NULL,
	`total` integer NOT NULL,
	`paid` integer DEFAULT 0 NOT NULL,
	`credited` integer DEFAULT 0 NOT NULL,
	`written_off` integer DEFAULT 0 NOT NULL,
	`discounted` integer DEFAULT 0 NOT NULL,
	`open` integer NOT NULL,
	`next_due_date` text,
	`ar_base_relieved` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoice_balances_open_idx` ON `invoice_balances` (`customer_id`,`next_due_date`);--> statement-breakpoint
CREATE INDEX `invoice_balances_due_idx` ON `invoice_balances` (`next_due_date`);--> statement-breakpoint
CREATE TABLE `invoice_disputes` (
	`id` integer PRIMARY KEY NOT NULL,
	`invoice_id` integer NOT NULL,
	`is_disputed` integer NOT NULL,
	`reason` text NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoice_disputes_invoice_idx` ON `invoice_disputes` (`invoice_id`,`id`);--> statement-breakpoint
CREATE TABLE `invoice_installments` (
	`id` integer PRIMARY KEY NOT NULL,
	`invoice_id` integer NOT NULL,
	`due_date` text NOT NULL,
	`amount` integer NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoice_installments_invoice_idx` ON `invoice_installments` (`invoice_id`,`due_date`);--> statement-breakpoint
CREATE TABLE `invoice_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`invoice_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`product_id` integer,
	`order_line_id` integer,
	`deposit_invoice_id` integer,
	`description` text DEFAULT '' NOT NULL,
	`qty` integer NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`unit_price` text NOT NULL,
	`discount_percent` text,
	`discount_amount` integer,
	`tax_rate_id` integer,
	`tax_percent` text DEFAULT '0' NOT NULL,
	`fee_kind` text,
	`account_id` integer NOT NULL,
	`net` integer NOT NULL,
	`tax` integer NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_line_id`) REFERENCES `order_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tax_rate_id`) REFERENCES `tax_rates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoice_lines_invoice_idx` ON `invoice_lines` (`invoice_id`,`position`);--> statement-breakpoint
CREATE INDEX `invoice_lines_order_line_idx` ON `invoice_lines` (`order_line_id`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text,
	`customer_id` integer NOT NULL,
	`order_id` integer,
	`is_deposit` integer DEFAULT false NOT NULL,
	`invoice_date` text NOT NULL,
	`due_date` text NOT NULL,
	`payment_terms_id` integer,
	`installment_plan` text,
	`early_discount_percent` text,
	`early_discount_deadline` text,
	`currency` text NOT NULL,
	`fx_rate` text NOT NULL,
	`prices_include_tax` integer DEFAULT false NOT NULL,
	`discount_percent` text,
	`customer_reference` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`billing_address` text NOT NULL,
	`net` integer DEFAULT 0 NOT NULL,
	`tax` integer DEFAULT 0 NOT NULL,
	`discount` integer DEFAULT 0 NOT NULL,
	`fees` integer DEFAULT 0 NOT NULL,
	`cash_rounding` integer DEFAULT 0 NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`ar_base` integer,
	`journal_entry_id` integer,
	`posted_at` text,
	`posted_by` integer,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payment_terms_id`) REFERENCES `payment_terms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`journal_entry_id`) REFERENCES `journal_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`posted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_number_unique` ON `invoices` (`number`);--> statement-breakpoint
CREATE INDEX `invoices_date_idx` ON `invoices` (`invoice_date`,`id`);--> statement-breakpoint
CREATE INDEX `invoices_customer_idx` ON `invoices` (`customer_id`,`invoice_date`);--> statement-breakpoint
CREATE INDEX `invoices_order_idx` ON `invoices` (`order_id`);--> statement-breakpoint
CREATE INDEX `invoices_number_nocase_idx` ON `invoices` ("number" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `invoices_entry_idx` ON `invoices` (`journal_entry_id`);--> statement-breakpoint
CREATE TABLE `payment_reversals` (
	`payment_id` integer PRIMARY KEY NOT NULL,
	`date` text NOT NULL,
	`reason` text NOT NULL,
	`journal_entry_id` integer NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`journal_entry_id`) REFERENCES `journal_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `payments` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`customer_id` integer NOT NULL,
	`date` text NOT NULL,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`fx_rate` text NOT NULL,
	`method` text NOT NULL,
	`bank_account_id` integer NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	`memo` text DEFAULT '' NOT NULL,
	`journal_entry_id` integer NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bank_account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`journal_entry_id`) REFERENCES `journal_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payments_number_unique` ON `payments` (`number`);--> statement-breakpoint
CREATE INDEX `payments_customer_idx` ON `payments` (`customer_id`,`date`);--> statement-breakpoint
CREATE INDEX `payments_date_idx` ON `payments` (`date`,`id`);--> statement-breakpoint
CREATE INDEX `payments_entry_idx` ON `payments` (`journal_entry_id`);--> statement-breakpoint
CREATE TABLE `receivables_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`write_off_tolerance_amount` text DEFAULT '0' NOT NULL,
	`write_off_tolerance_percent` text DEFAULT '0' NOT NULL,
	`discount_tax_correction` integer DEFAULT true NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `refunds` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`customer_id` integer NOT NULL,
	`date` text NOT NULL,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`fx_rate` text NOT NULL,
	`method` text NOT NULL,
	`bank_account_id` integer NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	`journal_entry_id` integer NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bank_account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`journal_entry_id`) REFERENCES `journal_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `refunds_number_unique` ON `refunds` (`number`);--> statement-breakpoint
CREATE INDEX `refunds_customer_idx` ON `refunds` (`customer_id`,`date`);--> statement-breakpoint
CREATE INDEX `refunds_entry_idx` ON `refunds` (`journal_entry_id`);