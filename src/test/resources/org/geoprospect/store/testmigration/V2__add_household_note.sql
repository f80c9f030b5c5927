-- Test-only migration: proves that an older project is upgraded on open, after V1, with placeholders.
ALTER TABLE household ADD COLUMN note VARCHAR;
INSERT INTO project_meta (meta_key, meta_value) VALUES ('v2_srid_seen', '${projectSrid}');
