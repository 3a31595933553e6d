-- Search that an index serves (issue 13). search_terms holds every prefix of every loose name key and each key as
-- a whole name; a search is "the terms of each typed word overlap the person's terms" (&&), which the GIN index
-- answers, with the region inside the same index scan (btree_gin). match_keys are the blocking keys of duplicate
-- matching: a whole loose name key with the year of birth. Both are made by the application's rules
-- (org.homeward.registry.names); name_index_version says by which version, so that rows made by older rules are
-- indexed again at start-up.
CREATE EXTENSION IF NOT EXISTS btree_gin;

ALTER TABLE person ADD COLUMN search_terms text[] NOT NULL DEFAULT '{}';
ALTER TABLE person ADD COLUMN match_keys text[] NOT NULL DEFAULT '{}';
ALTER TABLE person ADD COLUMN name_index_version smallint NOT NULL DEFAULT 0;

CREATE INDEX person_by_search_terms ON person USING gin (region_id, search_terms);
CREATE INDEX person_by_match_keys ON person USING gin (match_keys);
CREATE INDEX person_by_name_index_version ON person (name_index_version) WHERE name_index_version < 2;
-- The phonetic keys are still stored, but nothing searches them any more.
DROP INDEX person_by_name_keys;
