-- Issue 7, part 8: each user's personal calendar feed, read by calendar applications at
-- /calendar/feeds/<token>.ics without signing in. Only the SHA-256 hash of the secret token is kept (hex), so a copy of
-- the database does not open anyone's feed; the token itself is shown once, when it is made. Regenerating replaces
-- the hash, which stops the old address at once.
ALTER TABLE user_account ADD COLUMN calendar_feed_hash VARCHAR(64);
ALTER TABLE user_account ADD COLUMN calendar_feed_issued_at TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX user_account_calendar_feed ON user_account (calendar_feed_hash);
