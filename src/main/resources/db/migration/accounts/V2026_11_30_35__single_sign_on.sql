-- Single sign-on (issue 12): an account made or kept up to date by the ministry's identity provider is linked to it by
-- the provider's issuer and subject, never by a user name the provider lets people choose.
ALTER TABLE app_user ADD COLUMN sso_subject text UNIQUE;
