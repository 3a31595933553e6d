-- Community notes per organisation (DESIGN.md §2): a community or civil-society worker reads the notes and files of
-- their own organisation's referrals only, so every note and file records the organisation of whoever wrote it.
ALTER TABLE case_note ADD COLUMN organization_id uuid REFERENCES organization (id);
ALTER TABLE case_attachment ADD COLUMN organization_id uuid REFERENCES organization (id);

UPDATE case_note n SET organization_id = u.organization_id FROM app_user u WHERE lower(u.username) = lower(n.written_by);
UPDATE case_attachment a SET organization_id = u.organization_id FROM app_user u
WHERE lower(u.username) = lower(a.uploaded_by);
