-- The Hub's membership: shops, their public keys, invitations, member sessions and the registry version.
CREATE SCHEMA IF NOT EXISTS hub;

-- One row: the registry version. Every registry change increments it while holding the row lock, so
-- changes commit in version order and a reader of version v has seen every change up to v.
CREATE TABLE hub.registry (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   bigint  NOT NULL CHECK (version >= 0)
);
INSERT INTO hub.registry (singleton, version) VALUES (true, 0);

CREATE TABLE hub.member (
    shop_id           varchar(40)  PRIMARY KEY,
    name              varchar(200) NOT NULL,
    base_url          varchar(500) NOT NULL,
    accepts_push      boolean      NOT NULL,
    status            varchar(16)  NOT NULL,
    applied_at        timestamptz  NOT NULL,
    joined_at         timestamptz,
    status_changed_at timestamptz  NOT NULL,
    registry_version  bigint       NOT NULL,
    CONSTRAINT member_status_ck CHECK (status IN ('PENDING', 'ACTIVE', 'SUSPENDED', 'LEFT', 'REJECTED')),
    CONSTRAINT member_shop_id_ck CHECK (shop_id ~ '^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$')
);
-- A base URL belongs to one live member at a time.
CREATE UNIQUE INDEX member_base_url_uq ON hub.member (base_url) WHERE status IN ('PENDING', 'ACTIVE', 'SUSPENDED');
CREATE INDEX member_registry_version_ix ON hub.member (registry_version);

CREATE TABLE hub.member_key (
    shop_id      varchar(40) NOT NULL REFERENCES hub.member (shop_id),
    kid          varchar(64) NOT NULL,
    public_jwk   text        NOT NULL,
    not_before   timestamptz NOT NULL,
    expires_at   timestamptz,
    PRIMARY KEY (shop_id, kid)
);

-- Invitation codes are shown once; only their SHA-256 is kept.
CREATE TABLE hub.invitation (
    id         uuid         PRIMARY KEY,
    code_hash  char(64)     NOT NULL UNIQUE,
    note       varchar(200) NOT NULL DEFAULT '',
    created_by varchar(64)  NOT NULL,
    created_at timestamptz  NOT NULL,
    expires_at timestamptz  NOT NULL,
    used_at    timestamptz,
    used_by    varchar(40),
    CONSTRAINT invitation_use_ck CHECK ((used_at IS NULL) = (used_by IS NULL))
);

-- A session of a member: one chain of refresh tokens, each used once. Revoking the family ends
-- every refresh token and every access token (claim "sid") of the session.
CREATE TABLE hub.token_family (
    id             uuid        PRIMARY KEY,
    shop_id        varchar(40) NOT NULL REFERENCES hub.member (shop_id),
    created_at     timestamptz NOT NULL,
    revoked_at     timestamptz,
    revoked_reason varchar(64)
);
CREATE INDEX token_family_shop_ix ON hub.token_family (shop_id) WHERE revoked_at IS NULL;

CREATE TABLE hub.refresh_token (
    token_hash char(64)    PRIMARY KEY,
    family_id  uuid        NOT NULL REFERENCES hub.token_family (id),
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

-- Signed requests carry a jti; one seen before its expiry is a replay.
CREATE TABLE hub.seen_request (
    jti        varchar(100) PRIMARY KEY,
    expires_at timestamptz  NOT NULL
);
CREATE INDEX seen_request_expiry_ix ON hub.seen_request (expires_at);
