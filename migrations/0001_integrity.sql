-- Integrity the database enforces by itself, whatever the code does.
-- Posted ledger rows and audit rows can never be changed or removed.
CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: posted journal entries cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: posted journal entries cannot be deleted'); END;
--> statement-breakpoint
CREATE TRIGGER journal_lines_no_update BEFORE UPDATE ON journal_lines
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: posted journal lines cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER journal_lines_no_delete BEFORE DELETE ON journal_lines
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: posted journal lines cannot be deleted'); END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: the audit log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: the audit log is append-only'); END;
--> statement-breakpoint
-- Gapless numbering: a counter only ever moves forward by exactly one and is never removed.
CREATE TRIGGER number_counters_step_by_one BEFORE UPDATE ON number_counters
WHEN NEW.last_number <> OLD.last_number + 1 OR NEW.series_key <> OLD.series_key OR NEW.period <> OLD.period
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a number counter only advances by one'); END;
--> statement-breakpoint
CREATE TRIGGER number_counters_no_delete BEFORE DELETE ON number_counters
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a number counter cannot be removed'); END;
--> statement-breakpoint
-- Substring search (3+ characters) over customers and products without scanning the tables.
CREATE VIRTUAL TABLE customers_fts USING fts5(
  name, email, tax_id, number, content='customers', content_rowid='id', tokenize='trigram'
);
--> statement-breakpoint
CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN
  INSERT INTO customers_fts(rowid, name, email, tax_id, number) VALUES (new.id, new.name, new.email, new.tax_id, new.number);
END;
--> statement-breakpoint
CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN
  INSERT INTO customers_fts(customers_fts, rowid, name, email, tax_id, number)
  VALUES ('delete', old.id, old.name, old.email, old.tax_id, old.number);
END;
--> statement-breakpoint
CREATE TRIGGER customers_fts_au AFTER UPDATE OF name, email, tax_id, number ON customers BEGIN
  INSERT INTO customers_fts(customers_fts, rowid, name, email, tax_id, number)
  VALUES ('delete', old.id, old.name, old.email, old.tax_id, old.number);
  INSERT INTO customers_fts(rowid, name, email, tax_id, number) VALUES (new.id, new.name, new.email, new.tax_id, new.number);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE products_fts USING fts5(
  sku, name, barcode, content='products', content_rowid='id', tokenize='trigram'
);
--> statement-breakpoint
CREATE TRIGGER products_fts_ai AFTER INSERT ON products BEGIN
  INSERT INTO products_fts(rowid, sku, name, barcode) VALUES (new.id, new.sku, new.name, new.barcode);
END;
--> statement-breakpoint
CREATE TRIGGER products_fts_ad AFTER DELETE ON products BEGIN
  INSERT INTO products_fts(products_fts, rowid, sku, name, barcode) VALUES ('delete', old.id, old.sku, old.name, old.barcode);
END;
--> statement-breakpoint
CREATE TRIGGER products_fts_au AFTER UPDATE OF sku, name, barcode ON products BEGIN
  INSERT INTO products_fts(products_fts, rowid, sku, name, barcode) VALUES ('delete', old.id, old.sku, old.name, old.barcode);
  INSERT INTO products_fts(rowid, sku, name, barcode) VALUES (new.id, new.sku, new.name, new.barcode);
END;
--> statement-breakpoint
-- External-content FTS tables start empty: index the rows a file already has when it is updated to this version.
INSERT INTO customers_fts(customers_fts) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO products_fts(products_fts) VALUES ('rebuild');
