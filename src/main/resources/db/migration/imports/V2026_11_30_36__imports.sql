-- Imports of persons, households and cases from spreadsheets: the uploaded file until it is run, the job's state,
-- and its per-row report (row numbers, column names and message keys only: never a cell's value).
CREATE TABLE import_job (
  id              uuid PRIMARY KEY,
  created_by      text NOT NULL,
  organization_id uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  file_type       text NOT NULL,
  encoding        text NOT NULL,
  content         bytea,
  status          text NOT NULL,
  mode            text,
  duplicates_reviewed boolean NOT NULL DEFAULT false,
  mapping         text,
  total_rows      integer NOT NULL DEFAULT 0,
  processed_rows  integer NOT NULL DEFAULT 0,
  percent_done    integer NOT NULL DEFAULT 0,
  stored_rows     integer NOT NULL DEFAULT 0,
  invalid_rows    integer NOT NULL DEFAULT 0,
  duplicate_rows  integer NOT NULL DEFAULT 0,
  households      integer NOT NULL DEFAULT 0,
  cases           integer NOT NULL DEFAULT 0,
  problem_count   integer NOT NULL DEFAULT 0,
  failure         text,
  finished_at     timestamptz
);
CREATE INDEX import_job_created_by ON import_job (created_by, created_at DESC);

CREATE TABLE import_problem (
  job_id      uuid NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
  row_number  integer NOT NULL,
  column_name text,
  kind        text NOT NULL,
  message_key text NOT NULL,
  argument    text
);
CREATE INDEX import_problem_job ON import_problem (job_id, row_number);

CREATE TABLE import_mapping (
  id              uuid PRIMARY KEY,
  name            text NOT NULL,
  owner           text NOT NULL,
  organization_id uuid,
  mapping         text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (owner, name)
);
