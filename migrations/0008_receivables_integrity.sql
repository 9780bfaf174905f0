-- Posted invoices and credit notes, payments, refunds, their reversals and allocation rows are immutable.
-- Drafts (no number yet) stay editable and deletable.
CREATE TRIGGER invoices_posted_fixed BEFORE UPDATE ON invoices WHEN OLD.posted_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a posted invoice cannot be changed; issue a credit note'); END;
--> statement-breakpoint
CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices WHEN OLD.number IS NOT NULL OR OLD.posted_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a posted invoice is never deleted; cancel it with a credit note'); END;
--> statement-breakpoint
CREATE TRIGGER invoice_lines_posted_fixed BEFORE UPDATE ON invoice_lines
WHEN (SELECT posted_at FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: lines of a posted invoice cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER invoice_lines_posted_no_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT posted_at FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: lines of a posted invoice cannot be removed'); END;
--> statement-breakpoint
CREATE TRIGGER invoice_lines_posted_no_insert BEFORE INSERT ON invoice_lines
WHEN (SELECT posted_at FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: lines cannot be added to a posted invoice'); END;
--> statement-breakpoint
CREATE TRIGGER invoice_installments_posted_fixed BEFORE UPDATE ON invoice_installments
WHEN (SELECT posted_at FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: installments of a posted invoice cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER invoice_installments_posted_no_delete BEFORE DELETE ON invoice_installments
WHEN (SELECT posted_at FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: installments of a posted invoice cannot be removed'); END;
--> statement-breakpoint
CREATE TRIGGER invoice_installments_posted_no_insert BEFORE INSERT ON invoice_installments
WHEN (SELECT posted_at FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: installments cannot be added to a posted invoice'); END;
--> statement-breakpoint
CREATE TRIGGER invoice_disputes_no_update BEFORE UPDATE ON invoice_disputes
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: dispute history is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER invoice_disputes_no_delete BEFORE DELETE ON invoice_disputes
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: dispute history is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER credit_notes_posted_fixed BEFORE UPDATE ON credit_notes WHEN OLD.posted_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a posted credit note cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER credit_notes_no_delete BEFORE DELETE ON credit_notes WHEN OLD.number IS NOT NULL OR OLD.posted_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a posted credit note is never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER credit_note_lines_posted_fixed BEFORE UPDATE ON credit_note_lines
WHEN (SELECT posted_at FROM credit_notes WHERE id = OLD.credit_note_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: lines of a posted credit note cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER credit_note_lines_posted_no_delete BEFORE DELETE ON credit_note_lines
WHEN (SELECT posted_at FROM credit_notes WHERE id = OLD.credit_note_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: lines of a posted credit note cannot be removed'); END;
--> statement-breakpoint
CREATE TRIGGER credit_note_lines_posted_no_insert BEFORE INSERT ON credit_note_lines
WHEN (SELECT posted_at FROM credit_notes WHERE id = NEW.credit_note_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: lines cannot be added to a posted credit note'); END;
--> statement-breakpoint
CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a payment cannot be changed; reverse it'); END;
--> statement-breakpoint
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a payment is never deleted; reverse it'); END;
--> statement-breakpoint
CREATE TRIGGER payment_reversals_no_update BEFORE UPDATE ON payment_reversals
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a payment reversal cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER payment_reversals_no_delete BEFORE DELETE ON payment_reversals
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a payment reversal is never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER refunds_no_update BEFORE UPDATE ON refunds
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a refund cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER refunds_no_delete BEFORE DELETE ON refunds
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a refund is never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER allocations_no_update BEFORE UPDATE ON allocations
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: allocation rows are append-only; add a reversing row'); END;
--> statement-breakpoint
CREATE TRIGGER allocations_no_delete BEFORE DELETE ON allocations
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: allocation rows are append-only; add a reversing row'); END;
--> statement-breakpoint
INSERT OR IGNORE INTO receivables_settings (id, write_off_tolerance_amount, write_off_tolerance_percent, discount_tax_correction, updated_at)
VALUES (1, '0', '0', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
--> statement-breakpoint
INSERT OR IGNORE INTO number_series (key, name, pattern, reset_yearly, start_number) VALUES ('payment', 'Payments', 'PAY-{YYYY}-{#####}', 1, 1);
--> statement-breakpoint
INSERT OR IGNORE INTO number_series (key, name, pattern, reset_yearly, start_number) VALUES ('refund', 'Refunds', 'RF-{YYYY}-{#####}', 1, 1);
