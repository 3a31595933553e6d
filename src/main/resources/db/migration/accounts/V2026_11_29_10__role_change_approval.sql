-- Four eyes on the administrator's work: a role that reads personal data (or the administrator's own role) granted
-- by one administrator, and a new password for an account holding one, wait here until a second administrator
-- approves or rejects them. Role changes that take effect at once are kept here too, so that the auditor sees every
-- role change in one list. A waiting password is kept only as a hash, and only while it waits.
CREATE TABLE role_change (
  id            uuid PRIMARY KEY,
  version       integer NOT NULL DEFAULT 0,
  user_id       uuid NOT NULL REFERENCES app_user (id),
  kind          text NOT NULL CHECK (kind IN ('ROLES', 'PASSWORD_RESET')),
  status        text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'APPLIED')),
  roles_before  text[] NOT NULL,
  roles_after   text[] NOT NULL,
  password_hash text,
  requested_by  uuid NOT NULL REFERENCES app_user (id),
  requested_at  timestamptz NOT NULL DEFAULT now(),
  decided_by    uuid REFERENCES app_user (id),
  decided_at    timestamptz,
  CONSTRAINT role_change_password_only_while_waiting
    CHECK (password_hash IS NULL OR (kind = 'PASSWORD_RESET' AND status = 'PENDING')),
  CONSTRAINT role_change_password_waits_with_its_hash
    CHECK (kind <> 'PASSWORD_RESET' OR status <> 'PENDING' OR password_hash IS NOT NULL)
);
-- At most one change of each kind waits for an account at a time.
CREATE UNIQUE INDEX role_change_one_waiting ON role_change (user_id, kind) WHERE status = 'PENDING';
CREATE INDEX role_change_newest ON role_change (requested_at DESC, id);
