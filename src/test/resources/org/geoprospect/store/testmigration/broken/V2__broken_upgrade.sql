-- Test-only migration that fails half-way.
INSERT INTO project_meta (meta_key, meta_value) VALUES ('broken_marker', 'x');
THIS IS NOT SQL;
