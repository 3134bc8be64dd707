-- Issue 7, invitations: the secret that signs the reply links of invitation e-mails, and the attendance the
-- secretariat records on the day of a meeting.

-- Secrets the application generates for itself, once, and shares between the instances of a cluster. Used only when
-- no secret is configured (meetings.tokens.secret). The name is the key: a second instance that starts at the same
-- moment and tries to insert the same name fails and reads the first one's value instead.
CREATE TABLE application_secret (
    name         VARCHAR(60)              NOT NULL PRIMARY KEY,
    secret_value VARCHAR(200)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Who came, per person and meeting: present, absent or excused. One row per person and meeting; a correction
-- replaces the status (the audit trail keeps the earlier one).
CREATE TABLE meeting_attendance (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    meeting_id  BIGINT                   NOT NULL REFERENCES meeting (id),
    person_id   BIGINT                   NOT NULL REFERENCES person (id),
    status      VARCHAR(20)              NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(60)              NOT NULL,
    CONSTRAINT meeting_attendance_once_per_person UNIQUE (meeting_id, person_id)
);
CREATE INDEX meeting_attendance_person ON meeting_attendance (person_id);
