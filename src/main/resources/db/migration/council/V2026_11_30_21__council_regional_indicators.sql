-- The hub's regional indicators (issue 10): the register of national nodes and their public keys, and the signed
-- submissions they send, every revision kept. Nothing here is about a person: only codes and aggregate figures.
CREATE TABLE council_node (
  id             uuid PRIMARY KEY,
  version        integer NOT NULL DEFAULT 0,
  node_id        text NOT NULL UNIQUE,
  country_code   char(2) NOT NULL REFERENCES country (code),
  key_id         text NOT NULL,
  public_jwk     text NOT NULL,
  active         boolean NOT NULL DEFAULT true,
  registered_at  timestamptz NOT NULL DEFAULT now(),
  registered_by  text NOT NULL
);

CREATE TABLE council_submission (
  id             uuid PRIMARY KEY,
  node_id        uuid NOT NULL REFERENCES council_node (id),
  country_code   char(2) NOT NULL REFERENCES country (code),
  quarter        text NOT NULL,
  revision       integer NOT NULL,
  message_id     text NOT NULL UNIQUE,
  content_type   text NOT NULL,
  prepared_at    timestamptz NOT NULL,
  received_at    timestamptz NOT NULL DEFAULT now(),
  illustrative   boolean NOT NULL,
  observations   integer NOT NULL,
  -- the message as it arrived, signature and all, so that any revision can be verified again later
  jws            text NOT NULL,
  UNIQUE (country_code, quarter, revision)
);
CREATE INDEX council_submission_latest ON council_submission (country_code, quarter, revision DESC);

CREATE TABLE council_observation (
  submission_id  uuid NOT NULL REFERENCES council_submission (id),
  indicator      text NOT NULL,
  category       text NOT NULL,
  region         text NOT NULL,
  sex            text NOT NULL,
  age            text NOT NULL,
  value          double precision,
  status         text NOT NULL,
  PRIMARY KEY (submission_id, indicator, category, region, sex, age)
);
