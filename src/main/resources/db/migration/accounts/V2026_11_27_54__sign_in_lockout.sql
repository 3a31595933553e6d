-- Failed sign-ins in a row, and until when an account is locked after too many of them.
ALTER TABLE app_user ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz;
