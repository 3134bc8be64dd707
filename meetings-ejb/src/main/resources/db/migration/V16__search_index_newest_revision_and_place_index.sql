-- Issue 16: searching at thousands of meetings took seconds for a common word. Two changes to the search index,
-- measured with SearchBenchmark (docs/development.md, "Search"):
--
-- 1. Only the newest revision of a meeting's minutes is ever found, and each search checked that for every row it
--    matched. The index now holds only the newest revision: indexing a revision deletes the rows of the earlier ones
--    (SearchIndex), and this removes the rows earlier revisions left. Nothing a search finds changes.
-- 2. Every word after the first is looked up at the same place (record): the index on (record_kind, record_id) read
--    all of a record's words to find one, and H2 also chose it to read every action's row when the search kept
--    actions only. An index on (record_id, term) finds the word at the place directly; record ids are unique across
--    kinds (one sequence).
--
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
DELETE FROM search_term
WHERE minutes_id IN (SELECT older.id FROM minutes older
                     WHERE EXISTS (SELECT 1 FROM minutes newer
                                   WHERE newer.meeting_id = older.meeting_id AND newer.revision > older.revision));

DROP INDEX search_term_record;
CREATE INDEX search_term_place ON search_term (record_id, term);
