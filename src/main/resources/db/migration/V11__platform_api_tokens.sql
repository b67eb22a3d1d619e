-- API tokens for a shop's own integrations. Only base64url(SHA-256(token)) is kept: it is the token's
-- public id, so logs and events can name a token without holding it.
CREATE TABLE platform.api_token (
    public_id  varchar(43)  PRIMARY KEY,
    name       varchar(100) NOT NULL,
    scopes     varchar(200) NOT NULL,
    created_by varchar(100) NOT NULL,
    created_at timestamptz  NOT NULL,
    revoked_at timestamptz
);
