-- Encryption at rest (issue 12): notes, attachments and the fields of the health, psychosocial, legal and security
-- sections are stored as Tink envelope ciphertexts, with the id of the key that sealed them so that a rotation can
-- re-encrypt what an older key sealed. The clear columns stay for rows written before; the application encrypts
-- those in the background and empties the clear column.
ALTER TABLE case_note ALTER COLUMN text DROP NOT NULL;
ALTER TABLE case_note ADD COLUMN text_sealed bytea;
ALTER TABLE case_note ADD COLUMN sealed_key integer;
ALTER TABLE case_note ADD CONSTRAINT case_note_has_text CHECK (text IS NOT NULL OR text_sealed IS NOT NULL);

ALTER TABLE case_attachment ALTER COLUMN content DROP NOT NULL;
ALTER TABLE case_attachment ADD COLUMN content_sealed bytea;
ALTER TABLE case_attachment ADD COLUMN sealed_key integer;

ALTER TABLE case_section ADD COLUMN fields_sealed bytea;
ALTER TABLE case_section ADD COLUMN sealed_key integer;
