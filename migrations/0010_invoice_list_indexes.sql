CREATE INDEX `invoice_balances_credited_idx` ON `invoice_balances` (`invoice_id`) WHERE "invoice_balances"."credited" > 0;--> statement-breakpoint
CREATE INDEX `invoices_draft_idx` ON `invoices` (`invoice_date`,`id`) WHERE "invoices"."posted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `invoices_currency_idx` ON `invoices` (`currency`,`invoice_date`,`id`);