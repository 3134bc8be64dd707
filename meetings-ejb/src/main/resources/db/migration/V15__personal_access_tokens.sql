-- Issue 17: personal access tokens for the REST API. A token belongs to one account and is sent as
-- "Authorization: Bearer <token>"; only the SHA-256 hash (hex) of its secret is kept, the secret itself is shown once,
-- when it is made. A revoked or expired token stays listed (its owner sees when it was last used) but opens nothing.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
CREATE TABLE access_token (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    version      BIGINT                   NOT NULL,
    account_id   BIGINT                   NOT NULL REFERENCES user_account (id),
    name         VARCHAR(100)             NOT NULL,
    secret_hash  CHAR(64)                 NOT NULL,
    scope        VARCHAR(20)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(60),
    CONSTRAINT access_token_secret_hash_unique UNIQUE (secret_hash),
    CONSTRAINT access_token_scope CHECK (scope IN ('READ_ONLY', 'READ_WRITE')),
    CONSTRAINT access_token_expires_after_creation CHECK (expires_at > created_at)
);
CREATE INDEX access_token_account ON access_token (account_id);
