-- The shop's side of membership: its standing with the Hub and its copy of the registry.
CREATE SCHEMA IF NOT EXISTS federation;

-- One row once the shop has applied. The refresh token is stored sealed with the node's master key.
CREATE TABLE federation.membership (
    singleton          boolean      PRIMARY KEY DEFAULT true CHECK (singleton),
    hub_url            varchar(500) NOT NULL,
    shop_id            varchar(40)  NOT NULL,
    status             varchar(16)  NOT NULL,
    refresh_token      bytea,
    applied_at         timestamptz  NOT NULL,
    joined_at          timestamptz,
    registry_version   bigint       NOT NULL DEFAULT 0,
    registry_etag      varchar(100),
    last_sync_at       timestamptz,
    last_sync_error    varchar(500),
    published_kid      varchar(64),
    CONSTRAINT membership_status_ck CHECK (status IN ('PENDING', 'ACTIVE', 'SUSPENDED', 'LEFT', 'REJECTED'))
);

-- The members as the Hub last told this shop (push or poll), each with the registry version of its
-- entry. Members that went away stay as inactive rows without keys, so a late, older event cannot revive them.
CREATE TABLE federation.directory_member (
    shop_id          varchar(40)  PRIMARY KEY,
    name             varchar(200) NOT NULL,
    base_url         varchar(500) NOT NULL,
    active           boolean      NOT NULL,
    joined_at        timestamptz,
    jwks             text         NOT NULL,
    registry_version bigint       NOT NULL,
    received_at      timestamptz  NOT NULL
);
