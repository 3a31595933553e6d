-- Runs after every migration: the application role may read and write the tables of the modules, and may
-- append to the audit trail but never change or remove an entry. When the application connects as the owner
-- itself (a single-role external database), the revocation below still applies to it, and the trail's
-- triggers refuse updates and deletes for everyone.
DO $grants$
BEGIN
  IF current_user <> '${app_role}' THEN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), '${app_role}');
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), '${app_role}');
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), '${app_role}');
    EXECUTE format('REVOKE ALL ON TABLE flyway_schema_history FROM %I', '${app_role}');
  END IF;
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON TABLE audit_entry FROM PUBLIC, %I', '${app_role}');
END
$grants$;
