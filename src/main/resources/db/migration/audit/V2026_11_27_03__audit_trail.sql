-- The audit trail: who did what to which record, when and from where. Append-only and hash-chained: each
-- entry's hash covers its content and the previous entry's hash, so a changed or removed row breaks the chain.
CREATE TABLE audit_entry (
  id                bigint PRIMARY KEY,
  occurred_at       timestamptz NOT NULL,
  actor             text NOT NULL,
  actor_roles       text NOT NULL,
  organization_id   uuid,
  action            text NOT NULL,
  record_type       text NOT NULL,
  record_id         text,
  client_address    text,
  detail            text,
  previous_hash     char(64) NOT NULL,
  hash              char(64) NOT NULL
);
CREATE SEQUENCE audit_entry_id_seq;
CREATE INDEX audit_entry_by_record ON audit_entry (record_type, record_id, id DESC);
CREATE INDEX audit_entry_by_actor ON audit_entry (actor, id DESC);
CREATE INDEX audit_entry_by_time ON audit_entry (occurred_at);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

CREATE TRIGGER audit_entry_no_truncate
  BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
