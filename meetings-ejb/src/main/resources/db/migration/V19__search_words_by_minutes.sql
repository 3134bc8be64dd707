-- Issue 16: a page of search results for a common word read every place of the word (12,143 for "drogue" in the page
-- benchmark's 5,000 meetings) with its minutes and meeting, then sorted them by the meeting's start: 2.8 times slower
-- than at 100 meetings. Past the count's bound the page is now read from the newest meetings down
-- (SearchRepository.search): for each meeting's minutes, the places of the word, looked up in this index by minutes
-- and word. EXPLAIN ANALYZE on the benchmark's database: the last meeting a first page reaches, 1,303 meetings read
-- (most not held yet), then the page, 75 index rows read, together a few milliseconds where the page took 75 to 148.
-- It replaces the index on minutes_id alone, which it serves as well (the rows of one minutes deleted on re-indexing).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
CREATE INDEX search_term_in_minutes ON search_term (minutes_id, term);
DROP INDEX search_term_minutes;
