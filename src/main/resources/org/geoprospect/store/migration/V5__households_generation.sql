-- A stamp of the households' contents, changed by every transaction that writes the household table
-- (store.HouseholdGeneration): a copy of the in-memory columns kept beside the project is used only while
-- it carries the same stamp. A random value, so that a restored backup never matches a newer copy.
MERGE INTO project_meta (meta_key, meta_value) KEY (meta_key)
    VALUES ('households_generation', CAST(RANDOM_UUID() AS VARCHAR));
