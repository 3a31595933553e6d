-- Retention (issue 12): when a closed case was anonymised after its retention period; it stays counted, by stage,
-- region and dates, but holds no name, birth date, note or file any more.
ALTER TABLE case_file ADD COLUMN anonymised_at timestamptz;
CREATE INDEX case_file_closed_not_anonymised ON case_file (stage) WHERE anonymised_at IS NULL;
