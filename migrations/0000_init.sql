CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`role` text,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_code_unique` ON `accounts` (`code`);--> statement-breakpoint
CREATE INDEX `accounts_role_idx` ON `accounts` (`role`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`user_name` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `company` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`address_line1` text DEFAULT '' NOT NULL,
	`address_line2` text DEFAULT '' NOT NULL,
	`postal_code` text DEFAULT '' NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`region` text DEFAULT '' NOT NULL,
	`country` text DEFAULT '' NOT NULL,
	`tax_id` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`website` text DEFAULT '' NOT NULL,
	`base_currency` text NOT NULL,
	`locale` text NOT NULL,
	`bank_name` text DEFAULT '' NOT NULL,
	`bank_account_holder` text DEFAULT '' NOT NULL,
	`bank_iban` text DEFAULT '' NOT NULL,
	`bank_bic` text DEFAULT '' NOT NULL,
	`rounding_mode` text DEFAULT 'half_up' NOT NULL,
	`tax_rounding` text DEFAULT 'line' NOT NULL,
	`period_lock_date` text,
	`logo` blob,
	`logo_mime_type` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "company_single_row" CHECK("company"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `customer_contacts` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`is_primary` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `customer_contacts_customer_idx` ON `customer_contacts` (`customer_id`,`position`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`name` text NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`website` text DEFAULT '' NOT NULL,
	`tax_id` text DEFAULT '' NOT NULL,
	`currency` text NOT NULL,
	`payment_terms_id` integer,
	`credit_limit` integer,
	`language` text DEFAULT 'en' NOT NULL,
	`segment` text DEFAULT '' NOT NULL,
	`tags` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`billing_line1` text DEFAULT '' NOT NULL,
	`billing_line2` text DEFAULT '' NOT NULL,
	`billing_postal_code` text DEFAULT '' NOT NULL,
	`billing_city` text DEFAULT '' NOT NULL,
	`billing_region` text DEFAULT '' NOT NULL,
	`billing_country` text DEFAULT '' NOT NULL,
	`shipping_same_as_billing` integer DEFAULT true NOT NULL,
	`shipping_line1` text DEFAULT '' NOT NULL,
	`shipping_line2` text DEFAULT '' NOT NULL,
	`shipping_postal_code` text DEFAULT '' NOT NULL,
	`shipping_city` text DEFAULT '' NOT NULL,
	`shipping_region` text DEFAULT '' NOT NULL,
	`shipping_country` text DEFAULT '' NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`payment_terms_id`) REFERENCES `payment_terms`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "customers_credit_limit_nonneg" CHECK("customers"."credit_limit" IS NULL OR "customers"."credit_limit" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_number_unique` ON `customers` (`number`);--> statement-breakpoint
CREATE INDEX `customers_name_idx` ON `customers` ("name" COLLATE NOCASE,`id`);--> statement-breakpoint
CREATE INDEX `customers_archived_name_idx` ON `customers` (`archived`,"name" COLLATE NOCASE,`id`);--> statement-breakpoint
CREATE TABLE `journal_entries` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`date` text NOT NULL,
	`description` text NOT NULL,
	`currency` text NOT NULL,
	`fx_rate` text DEFAULT '1' NOT NULL,
	`source_type` text NOT NULL,
	`source_id` integer,
	`posted_at` text NOT NULL,
	`posted_by` integer,
	FOREIGN KEY (`posted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `journal_entries_number_unique` ON `journal_entries` (`number`);--> statement-breakpoint
CREATE INDEX `journal_entries_date_idx` ON `journal_entries` (`date`);--> statement-breakpoint
CREATE INDEX `journal_entries_source_idx` ON `journal_entries` (`source_type`,`source_id`);--> statement-breakpoint
CREATE TABLE `journal_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`entry_id` integer NOT NULL,
	`line_no` integer NOT NULL,
	`account_id` integer NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`amount` integer NOT NULL,
	`amount_base` integer NOT NULL,
	`customer_id` integer,
	`date` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `journal_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `journal_lines_entry_idx` ON `journal_lines` (`entry_id`,`line_no`);--> statement-breakpoint
CREATE INDEX `journal_lines_account_date_idx` ON `journal_lines` (`account_id`,`date`);--> statement-breakpoint
CREATE INDEX `journal_lines_customer_idx` ON `journal_lines` (`customer_id`);--> statement-breakpoint
CREATE TABLE `number_counters` (
	`series_key` text NOT NULL,
	`period` integer NOT NULL,
	`last_number` integer NOT NULL,
	FOREIGN KEY (`series_key`) REFERENCES `number_series`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `number_counters_series_period` ON `number_counters` (`series_key`,`period`);--> statement-breakpoint
CREATE TABLE `number_series` (
	`key` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`pattern` text NOT NULL,
	`reset_yearly` integer DEFAULT true NOT NULL,
	`start_number` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `payment_terms` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`days` integer NOT NULL,
	`discount_percent` text,
	`discount_days` integer,
	`is_default` integer DEFAULT false NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`unit` text DEFAULT 'pcs' NOT NULL,
	`price` text NOT NULL,
	`tax_rate_id` integer,
	`barcode` text DEFAULT '' NOT NULL,
	`is_stock_tracked` integer DEFAULT true NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tax_rate_id`) REFERENCES `tax_rates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` ("sku" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `products_barcode_idx` ON `products` (`barcode`);--> statement-breakpoint
CREATE INDEX `products_name_idx` ON `products` ("name" COLLATE NOCASE,`id`);--> statement-breakpoint
CREATE TABLE `tax_rates` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`rate_percent` text NOT NULL,
	`category` text NOT NULL,
	`account_id` integer NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`roles` text NOT NULL,
	`pin_hash` text,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL
);
