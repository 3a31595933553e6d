-- In-application notifications; an e-mail tells the user one is waiting, when the node has a mail server.
CREATE TABLE notification (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES app_user (id),
  kind        text NOT NULL,
  case_id     uuid,
  referral_id uuid,
  created_at  timestamptz NOT NULL DEFAULT now(),
  read_at     timestamptz,
  mailed_at   timestamptz
);
CREATE INDEX notification_unread ON notification (user_id, created_at DESC) WHERE read_at IS NULL;
