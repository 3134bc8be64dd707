-- Issue 14: approved minutes are signed by the application's key. Every public key that ever signed is published
-- here, by its key id (the SHA-256 of the key's DER SubjectPublicKeyInfo, in hex), and stays published after the key
-- is replaced, so minutes signed before a rotation remain checkable. A key is recorded when an instance starts with
-- it; first_used_at is set by its first signature.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
CREATE TABLE signing_key (
    key_id         CHAR(64)                 NOT NULL PRIMARY KEY,
    algorithm      VARCHAR(30)              NOT NULL,
    public_key_pem VARCHAR(4000)            NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    first_used_at  TIMESTAMP WITH TIME ZONE
);

-- The signature of the approved canonical text (its UTF-8 bytes), DER-encoded and kept as Base64, and the key that
-- made it. Minutes approved before this migration have neither: they keep their SHA-256 only.
ALTER TABLE minutes ADD COLUMN approved_signature VARCHAR(1000);
ALTER TABLE minutes ADD COLUMN approved_key_id CHAR(64) REFERENCES signing_key (key_id);
ALTER TABLE minutes ADD CONSTRAINT minutes_signature_has_key
    CHECK ((approved_signature IS NULL AND approved_key_id IS NULL)
        OR (approved_signature IS NOT NULL AND approved_key_id IS NOT NULL));
