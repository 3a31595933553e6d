-- Two-factor sign-in (issue 12).

-- An authenticator app (TOTP, RFC 6238): its shared secret is encrypted at rest (Tink), and the last time step used,
-- so that a code is accepted once.
CREATE TABLE totp_authenticator (
  user_id         uuid PRIMARY KEY REFERENCES app_user (id),
  secret_sealed   bytea NOT NULL,
  sealed_key      integer NOT NULL,
  last_used_step  bigint NOT NULL DEFAULT 0,
  enrolled_at     timestamptz NOT NULL DEFAULT now()
);

-- Recovery codes, each usable once; only their SHA-256 is kept (they are random, 80 bits each).
CREATE TABLE recovery_code (
  user_id    uuid NOT NULL REFERENCES app_user (id),
  code_hash  char(64) NOT NULL,
  used_at    timestamptz,
  PRIMARY KEY (user_id, code_hash)
);

-- Passkeys (WebAuthn), in the tables of Spring Security's JDBC repositories; user_entities.name is the username.
CREATE TABLE user_entities (
  id            varchar(1000) NOT NULL PRIMARY KEY,
  name          varchar(100) NOT NULL UNIQUE,
  display_name  varchar(200)
);

CREATE TABLE user_credentials (
  credential_id                 varchar(1000) NOT NULL PRIMARY KEY,
  user_entity_user_id           varchar(1000) NOT NULL REFERENCES user_entities (id),
  public_key                    bytea NOT NULL,
  signature_count               bigint,
  uv_initialized                boolean,
  backup_eligible               boolean NOT NULL,
  authenticator_transports      varchar(1000),
  public_key_credential_type    varchar(100),
  backup_state                  boolean NOT NULL,
  attestation_object            bytea,
  attestation_client_data_json  bytea,
  created                       timestamp,
  last_used                     timestamp,
  label                         varchar(1000) NOT NULL
);
CREATE INDEX user_credentials_by_user ON user_credentials (user_entity_user_id);
