-- Break-the-glass: emergency access to one section of a case, for hours, queued for the auditor's review.
CREATE TABLE emergency_access (
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES case_file (id),
  section      text NOT NULL,
  user_id      uuid NOT NULL REFERENCES app_user (id),
  username     text NOT NULL,
  reason       text NOT NULL,
  granted_at   timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL,
  review       text NOT NULL DEFAULT 'PENDING',
  reviewed_by  text,
  reviewed_at  timestamptz,
  review_note  text,
  version      integer NOT NULL DEFAULT 0
);
CREATE INDEX emergency_access_active ON emergency_access (user_id, case_id, expires_at);
CREATE INDEX emergency_access_review ON emergency_access (review, granted_at);

-- Transfers of a case to another region or organisation: requested, then accepted or declined by the receiving side.
CREATE TABLE case_transfer (
  id                        uuid PRIMARY KEY,
  version                   integer NOT NULL DEFAULT 0,
  case_id                   uuid NOT NULL REFERENCES case_file (id),
  from_region_id            uuid NOT NULL REFERENCES region (id),
  from_organization_id      uuid REFERENCES organization (id),
  to_region_id              uuid NOT NULL REFERENCES region (id),
  to_organization_id        uuid REFERENCES organization (id),
  reason                    text NOT NULL,
  status                    text NOT NULL,
  requested_by              text NOT NULL,
  requested_at              timestamptz NOT NULL DEFAULT now(),
  decided_by                text,
  decided_at                timestamptz,
  decision_reason           text
);
CREATE INDEX case_transfer_by_case ON case_transfer (case_id, requested_at DESC);
CREATE INDEX case_transfer_pending ON case_transfer (status, to_region_id);
