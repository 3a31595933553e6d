CREATE TABLE repatriation_operation (
  id              uuid PRIMARY KEY,
  version         integer NOT NULL DEFAULT 0,
  name            text NOT NULL,
  operation_date  date NOT NULL,
  origin_country  char(2) NOT NULL REFERENCES country (code),
  origin_facility text,
  notes           text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  updated_by      text NOT NULL
);
CREATE UNIQUE INDEX repatriation_operation_name ON repatriation_operation (lower(name));

CREATE TABLE person (
  id                   uuid PRIMARY KEY,
  version              integer NOT NULL DEFAULT 0,
  surname_latin        text,
  given_name_latin     text,
  patronymic_latin     text,
  surname_cyrillic     text,
  given_name_cyrillic  text,
  patronymic_cyrillic  text,
  name_original        text,
  aliases              text[] NOT NULL DEFAULT '{}',
  sex                  text NOT NULL,
  birth_date           date NOT NULL,
  birth_date_estimated boolean NOT NULL DEFAULT false,
  citizenship_status   text NOT NULL,
  kind                 text NOT NULL,
  operation_id         uuid REFERENCES repatriation_operation (id),
  arrival_date         date,
  region_id            uuid NOT NULL REFERENCES region (id),
  locality             text,
  -- script-independent phonetic keys of every name and alias, so that "Ахмедова" finds "Akhmedova"
  name_keys            text[] NOT NULL,
  sort_name            text NOT NULL,
  created_at           timestamptz NOT NULL DEFAULT now(),
  created_by           text NOT NULL,
  updated_at           timestamptz NOT NULL DEFAULT now(),
  updated_by           text NOT NULL
);
CREATE INDEX person_by_name_keys ON person USING gin (name_keys);
CREATE INDEX person_by_birth_date ON person (birth_date);
CREATE INDEX person_by_region ON person (region_id, sort_name);
CREATE INDEX person_by_operation ON person (operation_id);
CREATE INDEX person_by_sort_name ON person (sort_name, id);

CREATE TABLE identity_document (
  id              uuid PRIMARY KEY,
  person_id       uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  kind            text NOT NULL,
  number          text NOT NULL,
  -- the number without spaces, dashes and case, for matching
  number_key      text NOT NULL,
  issuing_country char(2) REFERENCES country (code),
  issue_date      date,
  expiry_date     date,
  created_at      timestamptz NOT NULL DEFAULT now(),
  created_by      text NOT NULL
);
CREATE INDEX identity_document_by_number ON identity_document (number_key);
CREATE INDEX identity_document_by_person ON identity_document (person_id);

CREATE TABLE household (
  id         uuid PRIMARY KEY,
  version    integer NOT NULL DEFAULT 0,
  label      text NOT NULL,
  region_id  uuid NOT NULL REFERENCES region (id),
  locality   text,
  address    text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL
);
CREATE INDEX household_by_region ON household (region_id);

CREATE TABLE household_member (
  household_id uuid NOT NULL REFERENCES household (id) ON DELETE CASCADE,
  person_id    uuid NOT NULL REFERENCES person (id),
  relationship text NOT NULL,
  PRIMARY KEY (household_id, person_id)
);
CREATE INDEX household_member_by_person ON household_member (person_id);
