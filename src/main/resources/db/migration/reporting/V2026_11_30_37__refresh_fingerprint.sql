-- What the last refresh of the indicators was computed from (the tables it reads, the day, the settings), so that a
-- restart does not read every case again when nothing has changed: at a million persons that read takes minutes.
ALTER TABLE reporting_refresh ADD COLUMN fingerprint text;
