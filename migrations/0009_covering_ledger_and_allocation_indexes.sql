DROP INDEX `journal_lines_account_date_idx`;--> statement-breakpoint
DROP INDEX `journal_lines_customer_idx`;--> statement-breakpoint
CREATE INDEX `journal_lines_account_date_idx` ON `journal_lines` (`account_id`,`date`,`amount_base`);--> statement-breakpoint
CREATE INDEX `journal_lines_customer_idx` ON `journal_lines` (`customer_id`,`date`,`entry_id`,`account_id`,`amount`);--> statement-breakpoint
DROP INDEX `allocations_invoice_idx`;--> statement-breakpoint
DROP INDEX `allocations_source_idx`;--> statement-breakpoint
CREATE INDEX `allocations_invoice_idx` ON `allocations` (`invoice_id`,`kind`,`source_type`,`amount`,`date`);--> statement-breakpoint
CREATE INDEX `allocations_source_idx` ON `allocations` (`source_type`,`source_id`,`kind`,`date`,`amount`);