-- Minutes record the language they were written in (en, fr, es or ar: the Dialogue's four languages); minutes written
-- before this migration were all written in English. A translation of one revision of minutes into another of those
-- languages is a rich text (sanitised HTML), a draft until the secretariat verifies it; at most one per language.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE minutes ADD COLUMN language VARCHAR(2) DEFAULT 'en' NOT NULL;
ALTER TABLE minutes ADD CONSTRAINT minutes_language_known CHECK (language IN ('en', 'fr', 'es', 'ar'));

CREATE TABLE minutes_translation (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    minutes_id  BIGINT                   NOT NULL REFERENCES minutes (id),
    language    VARCHAR(2)               NOT NULL,
    body_html   VARCHAR(1000000)         NOT NULL,
    status      VARCHAR(20)              NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by  VARCHAR(60)              NOT NULL,
    verified_at TIMESTAMP WITH TIME ZONE,
    verified_by VARCHAR(60),
    CONSTRAINT minutes_translation_language_unique UNIQUE (minutes_id, language),
    CONSTRAINT minutes_translation_language_known CHECK (language IN ('en', 'fr', 'es', 'ar')),
    CONSTRAINT minutes_translation_verified_has_verifier
        CHECK (status <> 'VERIFIED' OR (verified_at IS NOT NULL AND verified_by IS NOT NULL))
);
