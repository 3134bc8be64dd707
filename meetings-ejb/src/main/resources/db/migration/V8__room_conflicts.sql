-- Issue 7, conflicts: two scheduled meetings may not use the same room of the same venue at overlapping times.
-- The room key is the venue's city, name and room, trimmed, with inner spaces collapsed and lower-cased, joined by
-- '|' (Venue.roomKey(); the entity fills it on every save). It is empty when the venue names no room or no venue
-- name: such a meeting never conflicts on rooms. The conflict query reads the index (room_key, starts_at).
ALTER TABLE meeting ADD COLUMN room_key VARCHAR(420);

-- Existing meetings: the same key, minus the collapsing of inner spaces (which H2 and PostgreSQL spell differently);
-- a meeting saved again gets the exact key from the entity.
UPDATE meeting SET room_key = LOWER(TRIM(venue_city)) || '|' || LOWER(TRIM(venue_name)) || '|' || LOWER(TRIM(venue_room))
 WHERE venue_name IS NOT NULL AND venue_room IS NOT NULL AND venue_city IS NOT NULL;

CREATE INDEX meeting_room_slot ON meeting (room_key, starts_at);
