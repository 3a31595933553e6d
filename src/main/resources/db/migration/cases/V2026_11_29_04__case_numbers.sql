-- Case numbers people can say on the phone: country, region, year of opening and a sequence within them,
-- "UZ-TAS-2026-000123". A case keeps its number when it moves to another region.
ALTER TABLE case_file ADD COLUMN number text UNIQUE;

CREATE TABLE case_number_counter (
  prefix  text PRIMARY KEY,
  last    integer NOT NULL
);
