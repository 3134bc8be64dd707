-- Minutes and their approval by the delegations, follow-up actions, the priority axes register and the search index.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15. Long texts are VARCHAR, not CLOB, so both databases
-- compare and index them the same way.

-- One row per revision of a meeting's minutes: revision 1 is the original, each correction of approved minutes is the
-- next revision, with its reason. The approved text and its SHA-256 are written once, at approval.
CREATE TABLE minutes (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    version           BIGINT                   NOT NULL,
    meeting_id        BIGINT                   NOT NULL REFERENCES meeting (id),
    revision          INTEGER                  NOT NULL,
    correction_reason VARCHAR(2000),
    state             VARCHAR(20)              NOT NULL,
    opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by         VARCHAR(60)              NOT NULL,
    saved_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by          VARCHAR(60)              NOT NULL,
    -- Set at the first circulation (copied into a correction): delegations read minutes only from then on.
    shared_at         TIMESTAMP WITH TIME ZONE,
    approved_at       TIMESTAMP WITH TIME ZONE,
    approved_text     VARCHAR(1000000),
    approved_sha256   CHAR(64),
    superseded_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT minutes_revision_unique UNIQUE (meeting_id, revision),
    CONSTRAINT minutes_approved_has_hash CHECK (state NOT IN ('APPROVED', 'SUPERSEDED') OR approved_sha256 IS NOT NULL)
);
CREATE INDEX minutes_state ON minutes (state);

-- The notes of one agenda item (sanitised HTML). The agenda item's title is kept as it was, so the record reads the
-- same if the agenda changes later.
CREATE TABLE minutes_item (
    id             BIGINT        NOT NULL PRIMARY KEY,
    minutes_id     BIGINT REFERENCES minutes (id),
    position       INTEGER,
    agenda_item_id BIGINT,
    title          VARCHAR(300)  NOT NULL,
    notes_html     VARCHAR(200000),
    search_text    VARCHAR(200000)
);
CREATE INDEX minutes_item_minutes ON minutes_item (minutes_id);

CREATE TABLE minutes_attendance (
    id              BIGINT       NOT NULL PRIMARY KEY,
    minutes_id      BIGINT REFERENCES minutes (id),
    position        INTEGER,
    full_name       VARCHAR(200) NOT NULL,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    status          VARCHAR(20)  NOT NULL,
    unannounced     BOOLEAN      NOT NULL
);
CREATE INDEX minutes_attendance_minutes ON minutes_attendance (minutes_id);

CREATE TABLE minutes_decision (
    id               BIGINT        NOT NULL PRIMARY KEY,
    minutes_id       BIGINT REFERENCES minutes (id),
    position         INTEGER,
    decision_text    VARCHAR(4000) NOT NULL,
    agenda_item_id   BIGINT,
    priority_axis_id BIGINT REFERENCES priority_axis (id),
    search_text      VARCHAR(4000)
);
CREATE INDEX minutes_decision_minutes ON minutes_decision (minutes_id);
CREATE INDEX minutes_decision_axis ON minutes_decision (priority_axis_id);

-- Every saved version of a draft, as its canonical text, for comparison.
CREATE TABLE minutes_version (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    minutes_id BIGINT                   NOT NULL REFERENCES minutes (id),
    number     INTEGER                  NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by   VARCHAR(60)              NOT NULL,
    content    VARCHAR(1000000)         NOT NULL,
    CONSTRAINT minutes_version_unique UNIQUE (minutes_id, number)
);

-- A round of circulation: every organisation taking part answers once, or is counted as approving by silence when
-- the deadline passes. closed_at is written once, by whichever closes the round first (a delegate's last approval,
-- the secretariat's revision, or the deadline check), under the minutes' version.
CREATE TABLE approval_round (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    minutes_id     BIGINT REFERENCES minutes (id),
    number         INTEGER                  NOT NULL,
    circulated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    circulated_by  VARCHAR(60)              NOT NULL,
    deadline       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at      TIMESTAMP WITH TIME ZONE,
    outcome        VARCHAR(30),
    revision_reason VARCHAR(2000)
);
CREATE INDEX approval_round_minutes ON approval_round (minutes_id);
CREATE INDEX approval_round_open_deadline ON approval_round (closed_at, deadline);

CREATE TABLE round_answer (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    round_id        BIGINT REFERENCES approval_round (id),
    organisation_id BIGINT                   NOT NULL REFERENCES organisation (id),
    answer          VARCHAR(30)              NOT NULL,
    answered_by     VARCHAR(60),
    answered_at     TIMESTAMP WITH TIME ZONE,
    comment_text    VARCHAR(4000),
    agenda_item_id  BIGINT,
    reply_text      VARCHAR(4000),
    replied_by      VARCHAR(60),
    replied_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT round_answer_once UNIQUE (round_id, organisation_id)
);

-- Follow-up actions: written with the minutes, then followed up on their own (status and its history), also after
-- the minutes are approved. meeting_id and edition_id are copied from the minutes for the action list's filters.
CREATE TABLE action_item (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    minutes_id            BIGINT        NOT NULL REFERENCES minutes (id),
    meeting_id            BIGINT        NOT NULL REFERENCES meeting (id),
    edition_id            BIGINT REFERENCES dialogue_edition (id),
    position              INTEGER       NOT NULL,
    title                 VARCHAR(500)  NOT NULL,
    owner_organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    focal_point           VARCHAR(200)  NOT NULL,
    due_date              DATE          NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    decision_number       INTEGER,
    priority_axis_id      BIGINT REFERENCES priority_axis (id),
    search_text           VARCHAR(1000)
);
CREATE INDEX action_item_minutes ON action_item (minutes_id);
CREATE INDEX action_item_meeting ON action_item (meeting_id);
CREATE INDEX action_item_owner_status ON action_item (owner_organisation_id, status);
CREATE INDEX action_item_status_due ON action_item (status, due_date);
CREATE INDEX action_item_axis ON action_item (priority_axis_id);
CREATE INDEX action_item_edition ON action_item (edition_id);

-- Append-only history of an action's status.
CREATE TABLE action_update (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    action_id   BIGINT                   NOT NULL REFERENCES action_item (id),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(60)              NOT NULL,
    from_status VARCHAR(20)              NOT NULL,
    to_status   VARCHAR(20)              NOT NULL,
    note        VARCHAR(2000)
);
CREATE INDEX action_update_action ON action_update (action_id, updated_at);

-- The priority axes register: for each axis, a status per organisation per year, with a comment.
CREATE TABLE axis_progress (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    version          BIGINT                   NOT NULL,
    priority_axis_id BIGINT                   NOT NULL REFERENCES priority_axis (id),
    organisation_id  BIGINT                   NOT NULL REFERENCES organisation (id),
    progress_year    INTEGER                  NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    comment_text     VARCHAR(2000),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(60)              NOT NULL,
    CONSTRAINT axis_progress_unique UNIQUE (priority_axis_id, organisation_id, progress_year)
);

-- The search index: each word of minutes notes, decisions and actions, lower-cased and without accents, pointing to
-- the place it was found. A search looks words up by prefix on the index, never by scanning the texts.
CREATE TABLE search_term (
    term        VARCHAR(60) NOT NULL,
    record_kind VARCHAR(20) NOT NULL,
    record_id   BIGINT      NOT NULL,
    minutes_id  BIGINT      NOT NULL,
    PRIMARY KEY (term, record_kind, record_id)
);
CREATE INDEX search_term_record ON search_term (record_kind, record_id);
CREATE INDEX search_term_minutes ON search_term (minutes_id);
