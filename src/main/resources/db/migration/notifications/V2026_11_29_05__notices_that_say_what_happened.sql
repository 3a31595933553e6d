-- Notices that say what happened: which service, which organisation on the other side, which case (by its number,
-- shown only to those who see case numbers). None of it names a person.
ALTER TABLE notification ADD COLUMN service_code text, ADD COLUMN organization_id uuid, ADD COLUMN case_number text;
CREATE INDEX notification_by_age ON notification (created_at);
