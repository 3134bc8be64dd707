-- The mail outbox: every mail the application sends is first a row here, written in the transaction that caused it
-- (an invitation, a reschedule, a move, a cancellation) or by the reminder scan. The sender claims a row before it
-- sends it (claimed_by, claimed_until), so two servers, or a restart, neither lose nor repeat a mail; a claim left by
-- a crash expires and the row is tried again. The meeting and the person are kept as plain ids (no foreign key), so
-- a mail already sent never stands in the way of removing a person. Portable SQL: H2 2.x and PostgreSQL 15.
CREATE TABLE mail_outbox (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    version           BIGINT                   NOT NULL,
    -- What the mail is about, e.g. invitation:<invitationId>, change:<meetingId>:<sequence>:<personId>,
    -- reminder:<meetingId>:<days>:<personId>: the same notice is never queued twice.
    dedup_key         VARCHAR(200)             NOT NULL,
    kind              VARCHAR(20)              NOT NULL,
    meeting_id        BIGINT,
    person_id         BIGINT,
    recipient_name    VARCHAR(200),
    recipient_address VARCHAR(254),
    subject           VARCHAR(500)             NOT NULL,
    body              VARCHAR(20000)           NOT NULL,
    -- The .ics attached (text/calendar, UTF-8) and its METHOD (REQUEST or CANCEL); both empty when there is none.
    attachment_ics    VARCHAR(200000),
    attachment_method VARCHAR(10),
    status            VARCHAR(20)              NOT NULL,
    queued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts          INTEGER                  NOT NULL,
    next_attempt_at   TIMESTAMP WITH TIME ZONE,
    claimed_by        VARCHAR(100),
    claimed_until     TIMESTAMP WITH TIME ZONE,
    last_error        VARCHAR(2000),
    sent_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT mail_outbox_once UNIQUE (dedup_key)
);
-- The sender's query: due rows by their next attempt.
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
-- The mail page: newest first.
CREATE INDEX mail_outbox_queued ON mail_outbox (queued_at);
CREATE INDEX mail_outbox_meeting ON mail_outbox (meeting_id);
CREATE INDEX mail_outbox_person ON mail_outbox (person_id);
