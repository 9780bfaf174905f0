ALTER TABLE `number_series` ADD `start_period` integer;
--> statement-breakpoint
-- A period's first number is 1, or the start the user chose for that period: nothing else may be inserted.
CREATE TRIGGER number_counters_first_number BEFORE INSERT ON number_counters
WHEN NEW.last_number <> coalesce(
  (SELECT CASE WHEN s.start_period = NEW.period THEN s.start_number ELSE 1 END FROM number_series s WHERE s.key = NEW.series_key), 1)
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: a new period of a number series starts at its first number'); END;
--> statement-breakpoint
-- Once a period has issued numbers, its chosen start can no longer move.
CREATE TRIGGER number_series_start_fixed BEFORE UPDATE OF start_number, start_period ON number_series
WHEN EXISTS (SELECT 1 FROM number_counters c WHERE c.series_key = OLD.key AND c.period IN (OLD.start_period, NEW.start_period))
  AND (NEW.start_number <> OLD.start_number OR NEW.start_period IS NOT OLD.start_period)
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: numbers were already issued in that period'); END;
