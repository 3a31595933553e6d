-- Sealing (issue 13): a reader's transaction appends its entries without a lock and without a hash; a single
-- sealing step chains them afterwards, in batches, into audit_seal. Entries and seals are both append-only.
--
-- tx is the writing transaction. Once no transaction older than a given one is running, no entry can still
-- appear with a smaller tx, so the sealing step can chain entries in (tx, id) order without gaps and without
-- ever having to insert one before an entry already sealed. Entries written before this migration keep tx 0
-- and their chain, which is copied into audit_seal below; the columns previous_hash and hash of audit_entry
-- are no longer written.
ALTER TABLE audit_entry ALTER COLUMN previous_hash DROP NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN hash DROP NOT NULL;
ALTER TABLE audit_entry ADD COLUMN tx xid8 NOT NULL DEFAULT '0';
ALTER TABLE audit_entry ALTER COLUMN tx SET DEFAULT pg_current_xact_id();
CREATE INDEX audit_entry_by_transaction ON audit_entry (tx, id);

-- One row per sealed entry, in chain order (position): the hash of the entry's content and of the previous
-- seal's hash, exactly as AuditChain computes it.
CREATE TABLE audit_seal (
  position       bigint PRIMARY KEY,
  entry_id       bigint NOT NULL UNIQUE,
  entry_tx       xid8 NOT NULL,
  previous_hash  char(64) NOT NULL,
  hash           char(64) NOT NULL,
  sealed_at      timestamptz NOT NULL DEFAULT now()
);

INSERT INTO audit_seal (position, entry_id, entry_tx, previous_hash, hash)
SELECT row_number() OVER (ORDER BY id), id, '0', previous_hash, hash FROM audit_entry ORDER BY id;

CREATE TRIGGER audit_seal_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_seal
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

CREATE TRIGGER audit_seal_no_truncate
  BEFORE TRUNCATE ON audit_seal
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();

-- The auditor's verifications of the chain, with their progress, so that any instance can show it.
CREATE TABLE audit_verification (
  id             uuid PRIMARY KEY,
  started_by     text NOT NULL,
  started_at     timestamptz NOT NULL DEFAULT now(),
  total          bigint NOT NULL,
  checked        bigint NOT NULL DEFAULT 0,
  finished_at    timestamptz,
  intact         boolean,
  first_broken   bigint,
  problem        text,
  pending        bigint
);
