-- Initial schema. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
-- One sequence for every table's ids; ids below 1000 are kept for reference data inserted by migrations.
CREATE SEQUENCE id_sequence START WITH 1000 INCREMENT BY 50;

CREATE TABLE organisation (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    acronym        VARCHAR(20)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    founded_year   INTEGER,
    headquarters   VARCHAR(100),
    member_count   INTEGER,
    observer_count INTEGER,
    motto          VARCHAR(300),
    CONSTRAINT organisation_acronym_unique UNIQUE (acronym)
);

CREATE TABLE cooperation_agreement (
    id        BIGINT        NOT NULL PRIMARY KEY,
    version   BIGINT        NOT NULL,
    title     VARCHAR(300)  NOT NULL,
    kind      VARCHAR(20)   NOT NULL,
    signed_on DATE,
    status    VARCHAR(20)   NOT NULL,
    summary   VARCHAR(4000)
);

CREATE TABLE agreement_party (
    agreement_id    BIGINT NOT NULL REFERENCES cooperation_agreement (id),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (agreement_id, organisation_id)
);
CREATE INDEX agreement_party_organisation ON agreement_party (organisation_id);

CREATE TABLE agreement_scope (
    agreement_id BIGINT      NOT NULL REFERENCES cooperation_agreement (id),
    scope        VARCHAR(40) NOT NULL,
    PRIMARY KEY (agreement_id, scope)
);

CREATE TABLE dialogue_edition (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    number        INTEGER      NOT NULL,
    title         VARCHAR(300) NOT NULL,
    edition_year  INTEGER,
    planned_start DATE,
    planned_end   DATE,
    venue_name    VARCHAR(200),
    venue_room    VARCHAR(100),
    venue_city    VARCHAR(100),
    venue_country VARCHAR(100),
    time_zone     VARCHAR(60),
    status        VARCHAR(20)  NOT NULL,
    CONSTRAINT dialogue_edition_number_unique UNIQUE (number)
);

CREATE TABLE edition_participant (
    edition_id      BIGINT NOT NULL REFERENCES dialogue_edition (id),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (edition_id, organisation_id)
);

-- edition_id and position are nullable: the unidirectional one-to-many inserts the row, then links and orders it.
CREATE TABLE priority_axis (
    id         BIGINT       NOT NULL PRIMARY KEY,
    edition_id BIGINT REFERENCES dialogue_edition (id),
    position   INTEGER,
    title      VARCHAR(300) NOT NULL
);
CREATE INDEX priority_axis_edition ON priority_axis (edition_id);

CREATE TABLE meeting (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    kind          VARCHAR(40)              NOT NULL,
    title         VARCHAR(300)             NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone     VARCHAR(60)              NOT NULL,
    venue_name    VARCHAR(200),
    venue_room    VARCHAR(100),
    venue_city    VARCHAR(100),
    venue_country VARCHAR(100),
    status        VARCHAR(20)              NOT NULL,
    edition_id    BIGINT REFERENCES dialogue_edition (id),
    agreement_id  BIGINT REFERENCES cooperation_agreement (id),
    CONSTRAINT meeting_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX meeting_starts_at ON meeting (starts_at);
CREATE INDEX meeting_edition ON meeting (edition_id);
CREATE INDEX meeting_agreement ON meeting (agreement_id);

CREATE TABLE meeting_co_organiser (
    meeting_id      BIGINT NOT NULL REFERENCES meeting (id),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (meeting_id, organisation_id)
);
CREATE INDEX meeting_co_organiser_organisation ON meeting_co_organiser (organisation_id);

CREATE TABLE agenda_item (
    id              BIGINT       NOT NULL PRIMARY KEY,
    meeting_id      BIGINT REFERENCES meeting (id),
    position        INTEGER,
    title           VARCHAR(300) NOT NULL,
    presenter_id    BIGINT REFERENCES organisation (id),
    planned_minutes INTEGER      NOT NULL,
    notes           VARCHAR(4000),
    CONSTRAINT agenda_item_positive_duration CHECK (planned_minutes > 0)
);
CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id);

CREATE TABLE participant (
    id              BIGINT       NOT NULL PRIMARY KEY,
    meeting_id      BIGINT REFERENCES meeting (id),
    full_name       VARCHAR(200) NOT NULL,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    role            VARCHAR(30)  NOT NULL
);
CREATE INDEX participant_meeting ON participant (meeting_id);
CREATE INDEX participant_organisation ON participant (organisation_id);
