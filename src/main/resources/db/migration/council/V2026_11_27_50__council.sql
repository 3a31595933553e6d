-- The Regional Expert Council: working groups, meetings with their agenda, organisations and invitations,
-- delegations and participants, materials, minutes, the outcome document, recommendations with their follow-up,
-- and the good-practice library. None of it is returnees' data; participants' contact details are personal data
-- and are read only by the secretariat, audited.

CREATE TABLE council_working_group (
  id           uuid PRIMARY KEY,
  version      integer NOT NULL DEFAULT 0,
  name_en      text NOT NULL,
  name_ru      text NOT NULL,
  name_uz      text NOT NULL,
  description  text,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   text NOT NULL,
  UNIQUE (name_en)
);

CREATE TABLE council_working_group_member (
  working_group_id  uuid NOT NULL REFERENCES council_working_group (id) ON DELETE CASCADE,
  organization_id   uuid NOT NULL REFERENCES organization (id),
  PRIMARY KEY (working_group_id, organization_id)
);

CREATE TABLE council_meeting (
  id            uuid PRIMARY KEY,
  version       integer NOT NULL DEFAULT 0,
  title         text NOT NULL,
  starts_on     date NOT NULL,
  ends_on       date NOT NULL,
  city          text,
  venue         text,
  host_country  char(2) REFERENCES country (code),
  chair         text,
  status        text NOT NULL,
  -- the zone of the meeting's local times (agenda), for the calendar export
  time_zone     text NOT NULL,
  -- where the facts come from, and what is illustrative
  note          text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  created_by    text NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  updated_by    text NOT NULL,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX council_meeting_by_date ON council_meeting (starts_on);

-- An organisation's role in a meeting: organiser, participant or invited.
CREATE TABLE council_meeting_party (
  meeting_id       uuid NOT NULL REFERENCES council_meeting (id),
  organization_id  uuid NOT NULL REFERENCES organization (id),
  role             text NOT NULL,
  PRIMARY KEY (meeting_id, organization_id)
);
CREATE INDEX council_meeting_party_by_organization ON council_meeting_party (organization_id);

CREATE TABLE council_agenda_item (
  id                uuid PRIMARY KEY,
  version           integer NOT NULL DEFAULT 0,
  meeting_id        uuid NOT NULL REFERENCES council_meeting (id),
  kind              text NOT NULL,
  title             text NOT NULL,
  description       text,
  day               date NOT NULL,
  -- the place in the day's order; items sharing a slot run in parallel (breakout sessions)
  slot              integer NOT NULL,
  starts_at         time,
  ends_at           time,
  room              text,
  moderator         text,
  working_group_id  uuid REFERENCES council_working_group (id),
  follow_up         boolean NOT NULL DEFAULT false,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  updated_by        text NOT NULL,
  CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX council_agenda_item_by_meeting ON council_agenda_item (meeting_id, day, slot);

-- A speaker of an agenda item; the name may be unknown (a head of delegation not named in the announcement).
CREATE TABLE council_speaker (
  id               bigserial PRIMARY KEY,
  agenda_item_id   uuid NOT NULL REFERENCES council_agenda_item (id) ON DELETE CASCADE,
  position         integer NOT NULL,
  name             text,
  title            text,
  organization_id  uuid REFERENCES organization (id),
  country_code     char(2) REFERENCES country (code)
);
CREATE INDEX council_speaker_by_item ON council_speaker (agenda_item_id, position);

CREATE TABLE council_invitation (
  id                uuid PRIMARY KEY,
  version           integer NOT NULL DEFAULT 0,
  meeting_id        uuid NOT NULL REFERENCES council_meeting (id),
  organization_id   uuid NOT NULL REFERENCES organization (id),
  rsvp              text NOT NULL DEFAULT 'PENDING',
  invited_at        timestamptz NOT NULL DEFAULT now(),
  invited_by        text NOT NULL,
  responded_at      timestamptz,
  responded_by      text,
  response_note     text,
  UNIQUE (meeting_id, organization_id)
);
CREATE INDEX council_invitation_by_organization ON council_invitation (organization_id);

-- Every reminder of a pending invitation, sent by the secretariat or by the daily schedule; shown in the app.
CREATE TABLE council_reminder (
  id             bigserial PRIMARY KEY,
  invitation_id  uuid NOT NULL REFERENCES council_invitation (id),
  sent_at        timestamptz NOT NULL DEFAULT now(),
  sent_by        text NOT NULL,
  scheduled      boolean NOT NULL
);
CREATE INDEX council_reminder_by_invitation ON council_reminder (invitation_id, sent_at);

-- A state's or an organisation's delegation to a meeting.
CREATE TABLE council_delegation (
  id               uuid PRIMARY KEY,
  meeting_id       uuid NOT NULL REFERENCES council_meeting (id),
  country_code     char(2) REFERENCES country (code),
  organization_id  uuid REFERENCES organization (id),
  CHECK ((country_code IS NULL) <> (organization_id IS NULL)),
  UNIQUE (meeting_id, country_code),
  UNIQUE (meeting_id, organization_id)
);

CREATE TABLE council_participant (
  id                  uuid PRIMARY KEY,
  version             integer NOT NULL DEFAULT 0,
  delegation_id       uuid NOT NULL REFERENCES council_delegation (id),
  -- none: not named (as the heads of delegation in the first meeting's announcement)
  name                text,
  position            text,
  function            text NOT NULL,
  email               text,
  phone               text,
  consent_to_publish  boolean NOT NULL DEFAULT false,
  consent_changed_at  timestamptz,
  attendance          text,
  attendance_by       text,
  attendance_at       timestamptz,
  -- the account of an expert who registered themselves
  user_id             uuid REFERENCES app_user (id),
  registered_at       timestamptz NOT NULL DEFAULT now(),
  registered_by       text NOT NULL,
  updated_at          timestamptz NOT NULL DEFAULT now(),
  updated_by          text NOT NULL,
  UNIQUE (delegation_id, user_id)
);
CREATE INDEX council_participant_by_delegation ON council_participant (delegation_id);

-- Files of materials, good practices and progress reports, their type checked by content.
CREATE TABLE council_file (
  id            uuid PRIMARY KEY,
  file_name     text NOT NULL,
  content_type  text NOT NULL,
  size          integer NOT NULL,
  content       bytea NOT NULL,
  uploaded_at   timestamptz NOT NULL DEFAULT now(),
  uploaded_by   text NOT NULL
);

CREATE TABLE council_material (
  id              uuid PRIMARY KEY,
  meeting_id      uuid NOT NULL REFERENCES council_meeting (id),
  agenda_item_id  uuid REFERENCES council_agenda_item (id),
  title           text NOT NULL,
  visibility      text NOT NULL,
  link            text,
  file_id         uuid REFERENCES council_file (id),
  added_at        timestamptz NOT NULL DEFAULT now(),
  added_by        text NOT NULL,
  CHECK (link IS NOT NULL OR file_id IS NOT NULL)
);
CREATE INDEX council_material_by_meeting ON council_material (meeting_id);

-- Minutes of an agenda item: every saved text is a new revision; the latest is the minutes.
CREATE TABLE council_minutes_revision (
  agenda_item_id  uuid NOT NULL REFERENCES council_agenda_item (id),
  revision        integer NOT NULL,
  text            text NOT NULL,
  written_at      timestamptz NOT NULL DEFAULT now(),
  written_by      text NOT NULL,
  PRIMARY KEY (agenda_item_id, revision)
);

CREATE TABLE council_outcome_document (
  meeting_id   uuid PRIMARY KEY REFERENCES council_meeting (id),
  version      integer NOT NULL DEFAULT 0,
  title        text NOT NULL,
  text         text NOT NULL,
  adopted_on   date,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   text NOT NULL
);

CREATE TABLE council_recommendation (
  id              uuid PRIMARY KEY,
  version         integer NOT NULL DEFAULT 0,
  meeting_id      uuid NOT NULL REFERENCES council_meeting (id),
  agenda_item_id  uuid REFERENCES council_agenda_item (id),
  number          integer NOT NULL,
  text            text NOT NULL,
  theme           text NOT NULL,
  due_on          date,
  note            text,
  adopted_at      timestamptz NOT NULL DEFAULT now(),
  adopted_by      text NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  updated_by      text NOT NULL,
  UNIQUE (meeting_id, number)
);

-- A recommendation's addressee (a state or an organisation) and how far it has implemented it.
CREATE TABLE council_addressee (
  id                 uuid PRIMARY KEY,
  version            integer NOT NULL DEFAULT 0,
  recommendation_id  uuid NOT NULL REFERENCES council_recommendation (id),
  country_code       char(2) REFERENCES country (code),
  organization_id    uuid REFERENCES organization (id),
  status             text NOT NULL DEFAULT 'NOT_STARTED',
  status_changed_at  timestamptz NOT NULL DEFAULT now(),
  CHECK ((country_code IS NULL) <> (organization_id IS NULL)),
  UNIQUE (recommendation_id, country_code),
  UNIQUE (recommendation_id, organization_id)
);
CREATE INDEX council_addressee_by_country ON council_addressee (country_code);
CREATE INDEX council_addressee_by_organization ON council_addressee (organization_id);

CREATE TABLE council_progress_report (
  id               uuid PRIMARY KEY,
  addressee_id     uuid NOT NULL REFERENCES council_addressee (id),
  reported_on      date NOT NULL,
  text             text NOT NULL,
  evidence         text,
  evidence_file_id uuid REFERENCES council_file (id),
  proposed_status  text NOT NULL,
  submitted_at     timestamptz NOT NULL DEFAULT now(),
  submitted_by     text NOT NULL,
  review           text NOT NULL DEFAULT 'SUBMITTED',
  review_note      text,
  reviewed_at      timestamptz,
  reviewed_by      text
);
CREATE INDEX council_progress_report_by_addressee ON council_progress_report (addressee_id, reported_on);

CREATE TABLE council_status_change (
  id            bigserial PRIMARY KEY,
  addressee_id  uuid NOT NULL REFERENCES council_addressee (id),
  from_status   text,
  to_status     text NOT NULL,
  note          text,
  report_id     uuid REFERENCES council_progress_report (id),
  changed_at    timestamptz NOT NULL DEFAULT now(),
  changed_by    text NOT NULL
);
CREATE INDEX council_status_change_by_addressee ON council_status_change (addressee_id, id);

-- The recommendations a follow-up agenda item reviews.
CREATE TABLE council_follow_up (
  agenda_item_id     uuid NOT NULL REFERENCES council_agenda_item (id) ON DELETE CASCADE,
  recommendation_id  uuid NOT NULL REFERENCES council_recommendation (id),
  PRIMARY KEY (agenda_item_id, recommendation_id)
);

-- Good practices, searched in full text. Russian and English have stemmers, so that "реинтеграции" finds
-- "реинтеграция"; Uzbek has none in PostgreSQL and is matched by the simple configuration, with prefixes.
CREATE TABLE council_good_practice (
  id               uuid PRIMARY KEY,
  version          integer NOT NULL DEFAULT 0,
  title            text NOT NULL,
  country_code     char(2) REFERENCES country (code),
  theme            text NOT NULL,
  approach         text NOT NULL,
  stage            text NOT NULL,
  description      text NOT NULL,
  results          text,
  lessons          text,
  status           text NOT NULL DEFAULT 'DRAFT',
  submitted_at     timestamptz NOT NULL DEFAULT now(),
  submitted_by     text NOT NULL,
  submitter_id     uuid REFERENCES app_user (id),
  organization_id  uuid REFERENCES organization (id),
  review_note      text,
  reviewed_at      timestamptz,
  reviewed_by      text,
  published_at     timestamptz,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  updated_by       text NOT NULL,
  search_simple    tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig,
                     coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(results, '') || ' '
                     || coalesce(lessons, ''))) STORED,
  search_russian   tsvector GENERATED ALWAYS AS (to_tsvector('russian'::regconfig,
                     coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(results, '') || ' '
                     || coalesce(lessons, ''))) STORED,
  search_english   tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig,
                     coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(results, '') || ' '
                     || coalesce(lessons, ''))) STORED
);
CREATE INDEX council_good_practice_simple ON council_good_practice USING gin (search_simple);
CREATE INDEX council_good_practice_russian ON council_good_practice USING gin (search_russian);
CREATE INDEX council_good_practice_english ON council_good_practice USING gin (search_english);
CREATE INDEX council_good_practice_by_status ON council_good_practice (status, country_code);

CREATE TABLE council_practice_attachment (
  practice_id  uuid NOT NULL REFERENCES council_good_practice (id),
  file_id      uuid NOT NULL REFERENCES council_file (id),
  PRIMARY KEY (practice_id, file_id)
);
