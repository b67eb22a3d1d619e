-- The node's signing keys. Exactly one key is current (retire_after IS NULL); a rotated key keeps
-- verifying until retire_after. Private keys are stored only encrypted (AES-256-GCM, see README).
CREATE TABLE platform.signing_key (
    kid          varchar(64) PRIMARY KEY,
    algorithm    varchar(16) NOT NULL,
    public_jwk   text        NOT NULL,
    private_key  bytea       NOT NULL,
    created_at   timestamptz NOT NULL,
    retire_after timestamptz,
    CONSTRAINT signing_key_retire_ck CHECK (retire_after IS NULL OR retire_after >= created_at)
);

CREATE UNIQUE INDEX signing_key_one_current_uq ON platform.signing_key ((true)) WHERE retire_after IS NULL;
