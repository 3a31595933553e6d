-- Personal API tokens and calendar-feed addresses (issue 12): shown once to their owner, kept only as a SHA-256 hash
-- (they are random, 256 bits), scoped, expiring and revocable.
CREATE TABLE api_token (
  id            uuid PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES app_user (id),
  kind          text NOT NULL,          -- API or CALENDAR
  name          text NOT NULL,
  scope         text NOT NULL,          -- READ_ONLY or READ_WRITE
  token_hash    char(64) NOT NULL UNIQUE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  revoked_at    timestamptz,
  last_used_at  timestamptz
);
CREATE INDEX api_token_by_user ON api_token (user_id, created_at DESC);
