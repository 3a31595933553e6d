-- Three letters that name a region within its state, for case numbers people can say on the phone
-- ("UZ-TAS-2026-000123"). Filled from organizations/regions.csv at start-up.
ALTER TABLE region ADD COLUMN code text CHECK (code ~ '^[A-Z]{3}$');
CREATE UNIQUE INDEX region_code ON region (country_code, code);
