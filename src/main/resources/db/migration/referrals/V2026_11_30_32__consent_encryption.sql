-- Encryption at rest (issue 12): a consent's evidence file and the child's own words are stored as Tink envelope
-- ciphertexts, with the id of the key that sealed them; rows recorded before are encrypted by the application in the
-- background, which then empties the clear columns.
ALTER TABLE consent ADD COLUMN evidence_sealed bytea;
ALTER TABLE consent ADD COLUMN child_view_sealed bytea;
ALTER TABLE consent ADD COLUMN sealed_key integer;
