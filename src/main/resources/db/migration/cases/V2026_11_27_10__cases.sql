-- The case: one per person, with its stage history, sections, notes, attachments and plan.
CREATE TABLE case_file (
  id                      uuid PRIMARY KEY,
  version                 integer NOT NULL DEFAULT 0,
  person_id               uuid NOT NULL UNIQUE REFERENCES person (id),
  mother_case_id          uuid REFERENCES case_file (id),
  region_id               uuid NOT NULL REFERENCES region (id),
  owning_organization_id  uuid REFERENCES organization (id),
  case_manager_id         uuid REFERENCES app_user (id),
  stage                   text NOT NULL,
  -- the active stage a case on hold or with lost contact resumes to
  resume_stage            text,
  flags                   text[] NOT NULL DEFAULT '{}',
  closure_requested_at    timestamptz,
  closure_requested_by    text,
  closure_reason          text,
  opened_at               timestamptz NOT NULL DEFAULT now(),
  opened_by               text NOT NULL,
  updated_at              timestamptz NOT NULL DEFAULT now(),
  updated_by              text NOT NULL
);
CREATE INDEX case_file_by_region ON case_file (region_id, stage);
CREATE INDEX case_file_by_manager ON case_file (case_manager_id, stage);
CREATE INDEX case_file_by_mother ON case_file (mother_case_id);

CREATE TABLE case_stage_change (
  id          bigserial PRIMARY KEY,
  case_id     uuid NOT NULL REFERENCES case_file (id),
  from_stage  text,
  to_stage    text NOT NULL,
  kind        text NOT NULL,
  reason      text NOT NULL,
  changed_by  text NOT NULL,
  changed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_stage_change_by_case ON case_stage_change (case_id, id);

-- A section's structured fields (validated against the section's form in code), its status field where it has
-- one, and the specialist it is assigned to.
CREATE TABLE case_section (
  case_id                  uuid NOT NULL REFERENCES case_file (id),
  section                  text NOT NULL,
  version                  integer NOT NULL DEFAULT 0,
  fields                   jsonb NOT NULL DEFAULT '{}',
  status                   text,
  assigned_specialist_id   uuid REFERENCES app_user (id),
  updated_at               timestamptz NOT NULL DEFAULT now(),
  updated_by               text NOT NULL,
  PRIMARY KEY (case_id, section)
);
CREATE INDEX case_section_by_specialist ON case_section (assigned_specialist_id, section);

CREATE TABLE case_note (
  id          uuid PRIMARY KEY,
  case_id     uuid NOT NULL REFERENCES case_file (id),
  section     text NOT NULL,
  noted_on    date NOT NULL,
  text        text NOT NULL,
  written_by  text NOT NULL,
  written_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_note_by_section ON case_note (case_id, section, noted_on DESC);

CREATE TABLE case_attachment (
  id            uuid PRIMARY KEY,
  case_id       uuid NOT NULL REFERENCES case_file (id),
  section       text NOT NULL,
  file_name     text NOT NULL,
  content_type  text NOT NULL,
  size_bytes    integer NOT NULL,
  content       bytea NOT NULL,
  uploaded_by   text NOT NULL,
  uploaded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_attachment_by_section ON case_attachment (case_id, section);

CREATE TABLE plan_goal (
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES case_file (id),
  domain       text NOT NULL,
  description  text NOT NULL,
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_goal_by_case ON plan_goal (case_id);

CREATE TABLE plan_action (
  id                          uuid PRIMARY KEY,
  version                     integer NOT NULL DEFAULT 0,
  goal_id                     uuid NOT NULL REFERENCES plan_goal (id),
  case_id                     uuid NOT NULL REFERENCES case_file (id),
  description                 text NOT NULL,
  responsible_organization_id uuid REFERENCES organization (id),
  due_date                    date NOT NULL,
  status                      text NOT NULL,
  -- kept current by the scheduled overdue check, so that lists can filter on it cheaply
  overdue                     boolean NOT NULL DEFAULT false,
  updated_by                  text NOT NULL,
  updated_at                  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_action_by_case ON plan_action (case_id);
CREATE INDEX plan_action_overdue ON plan_action (overdue) WHERE overdue;
