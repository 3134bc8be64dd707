-- Issue 7's shared ground: the people of each organisation, the link from participants and user accounts to them,
-- invitations to a meeting, and the meeting's iCalendar sequence. Later migrations of the issue (V6 to V10) build
-- on these tables.

-- The people of an organisation: delegations are chosen from them.
CREATE TABLE person (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    organisation_id    BIGINT       NOT NULL REFERENCES organisation (id),
    full_name          VARCHAR(200) NOT NULL,
    job_function       VARCHAR(200),
    email              VARCHAR(254),
    phone              VARCHAR(40),
    preferred_language VARCHAR(10)
);
CREATE INDEX person_organisation ON person (organisation_id, full_name);

-- Participants added before people existed keep only their name; new ones are chosen from the people.
ALTER TABLE participant ADD COLUMN person_id BIGINT REFERENCES person (id);
CREATE INDEX participant_person ON participant (person_id);

-- A user account may be linked to the person it belongs to.
ALTER TABLE user_account ADD COLUMN person_id BIGINT REFERENCES person (id);
CREATE INDEX user_account_person ON user_account (person_id);

-- One invitation per person and meeting, with its reply.
CREATE TABLE invitation (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    version      BIGINT                   NOT NULL,
    meeting_id   BIGINT                   NOT NULL REFERENCES meeting (id),
    person_id    BIGINT                   NOT NULL REFERENCES person (id),
    status       VARCHAR(20)              NOT NULL,
    invited_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    invited_by   VARCHAR(60)              NOT NULL,
    responded_at TIMESTAMP WITH TIME ZONE,
    responded_by VARCHAR(100),
    CONSTRAINT invitation_once_per_person UNIQUE (meeting_id, person_id)
);
CREATE INDEX invitation_person ON invitation (person_id);

-- iCalendar's SEQUENCE: raised on each reschedule or change of place, so calendars replace the old event.
ALTER TABLE meeting ADD COLUMN calendar_sequence INTEGER DEFAULT 0 NOT NULL;
