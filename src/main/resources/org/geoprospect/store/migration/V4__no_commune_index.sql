-- No query reads households by commune in SQL (criteria run on the in-memory columns), and the
-- index cost about a fifth of a bulk household import; the primary key stays.
DROP INDEX IF EXISTS household_commune_idx;
