-- Sign-in, roles and need-to-know, and the audit trail. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
-- No account is inserted here: the first start creates the administrator (FirstAdministrator), never with a
-- password written in code or configuration.

CREATE TABLE user_account (
    id                   BIGINT                   NOT NULL PRIMARY KEY,
    version              BIGINT                   NOT NULL,
    username             VARCHAR(60)              NOT NULL,
    full_name            VARCHAR(200)             NOT NULL,
    password_hash        VARCHAR(300)             NOT NULL,
    role                 VARCHAR(20)              NOT NULL,
    organisation_id      BIGINT REFERENCES organisation (id),
    enabled              BOOLEAN                  NOT NULL,
    must_change_password BOOLEAN                  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT user_account_username_unique UNIQUE (username),
    -- Delegates and observers speak for an organisation.
    CONSTRAINT user_account_organisation_for_role
        CHECK (role NOT IN ('DELEGATE', 'OBSERVER') OR organisation_id IS NOT NULL)
);
CREATE INDEX user_account_organisation ON user_account (organisation_id);

-- Failed sign-ins per typed user name (whether or not such a user exists), so a restart does not reset them.
CREATE TABLE sign_in_throttle (
    username     VARCHAR(60)              NOT NULL PRIMARY KEY,
    version      BIGINT                   NOT NULL,
    failures     INTEGER                  NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE
);

-- Append-only: the application inserts rows and never updates or deletes them.
CREATE TABLE audit_entry (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(60)              NOT NULL,
    action      VARCHAR(40)              NOT NULL,
    record_kind VARCHAR(40),
    record_id   BIGINT,
    changes     VARCHAR(8000)
);
CREATE INDEX audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX audit_entry_record ON audit_entry (record_kind, record_id);

-- Need-to-know: meetings made before this version were visible to all; from now on they are restricted to the
-- organisations taking part, the default for new meetings too.
ALTER TABLE meeting ADD COLUMN classification VARCHAR(20) DEFAULT 'RESTRICTED' NOT NULL;
CREATE INDEX meeting_classification ON meeting (classification);

CREATE TABLE meeting_access (
    meeting_id BIGINT NOT NULL REFERENCES meeting (id),
    user_id    BIGINT NOT NULL REFERENCES user_account (id),
    PRIMARY KEY (meeting_id, user_id)
);
CREATE INDEX meeting_access_user ON meeting_access (user_id);
