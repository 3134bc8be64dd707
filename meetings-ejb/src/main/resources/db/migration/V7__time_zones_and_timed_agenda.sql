-- Issue 7, parts 2 and 3: each user's own time zone (an IANA id, empty until the first sign-in reports the
-- browser's), and the kind of an agenda item (a subject, or a break that is timed like one).
ALTER TABLE user_account ADD COLUMN time_zone VARCHAR(60);

ALTER TABLE agenda_item ADD COLUMN kind VARCHAR(10) DEFAULT 'ITEM' NOT NULL;
ALTER TABLE agenda_item ADD CONSTRAINT ck_agenda_item_kind CHECK (kind IN ('ITEM', 'BREAK'));
