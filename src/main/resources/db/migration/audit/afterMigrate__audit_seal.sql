-- Runs after afterMigrate.sql (callbacks run in the order of their names): the application role may append
-- seals but never change or remove one, as for the entries themselves.
DO $seal$
BEGIN
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON TABLE audit_seal FROM PUBLIC, %I', '${app_role}');
END
$seal$;
