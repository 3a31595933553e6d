-- Programme intelligence (issue 10): the summary tables every dashboard, export and report reads, so that no page
-- reads the cases. One row per cell of every indicator's table per quarter: the exact figure (for coordinators,
-- inside the node) and whether small-cell suppression withholds it from everyone else. No row names, dates or
-- identifies a person.
CREATE TABLE reporting_figure (
  quarter      text NOT NULL,
  indicator    text NOT NULL,
  category     text NOT NULL,
  region       text NOT NULL,
  sex          text NOT NULL,
  age          text NOT NULL,
  numerator    integer NOT NULL,
  denominator  integer NOT NULL,
  value        double precision,
  withheld     boolean NOT NULL,
  PRIMARY KEY (quarter, indicator, category, region, sex, age)
);

-- One row per series (indicator and category) per quarter: what its cells were computed from (a hash of the exact
-- figures, so that suppression and its audit run again only when a figure changed) and the audit's finding.
CREATE TABLE reporting_series (
  quarter      text NOT NULL,
  indicator    text NOT NULL,
  category     text NOT NULL,
  input_hash   text NOT NULL,
  threshold    integer NOT NULL,
  passed       boolean NOT NULL,
  narrowest    double precision,
  as_of        date NOT NULL,
  computed_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (quarter, indicator, category)
);

-- When the summary tables were last refreshed.
CREATE TABLE reporting_refresh (
  id            integer PRIMARY KEY CHECK (id = 1),
  refreshed_at  timestamptz NOT NULL,
  cases         integer NOT NULL
);

-- The node's signing key (a JWK with its private part), generated at the first start unless one is configured.
CREATE TABLE reporting_node_key (
  kid         text PRIMARY KEY,
  jwk         text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- The quarters this node sent to the Council's hub, and what the hub answered.
CREATE TABLE reporting_submission (
  id           uuid PRIMARY KEY,
  quarter      text NOT NULL,
  message_id   text NOT NULL,
  hub_url      text NOT NULL,
  sent_at      timestamptz NOT NULL DEFAULT now(),
  sent_by      text NOT NULL,
  http_status  integer,
  revision     integer,
  answer       text
);
CREATE INDEX reporting_submission_by_quarter ON reporting_submission (quarter, sent_at DESC);
