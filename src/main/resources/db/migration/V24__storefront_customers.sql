-- Customers of the storefront: an identity store of their own, apart from the node's administrators.
-- Addresses are kept lower-case, so one address is one customer however it is typed.
CREATE TABLE storefront.customer (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email               varchar(254) NOT NULL UNIQUE CHECK (email = lower(email)),
    name                varchar(100) NOT NULL,
    password_hash       varchar(300) NOT NULL,
    created_at          timestamptz  NOT NULL,
    verified_at         timestamptz,
    locked_at           timestamptz,
    lock_reason         varchar(200),
    password_changed_at timestamptz  NOT NULL
);

-- Single-use links mailed to a customer (verify the address, reset the password). Only the SHA-256 of the secret in
-- the link is kept; a link is taken by setting used_at, so it works once.
CREATE TABLE storefront.customer_token (
    hash        char(64)    PRIMARY KEY,
    customer_id bigint      NOT NULL REFERENCES storefront.customer (id) ON DELETE CASCADE,
    purpose     varchar(8)  NOT NULL CHECK (purpose IN ('verify', 'reset')),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX customer_token_customer_ix ON storefront.customer_token (customer_id);
CREATE INDEX customer_token_expires_ix ON storefront.customer_token (expires_at);

-- Signed-in browsers: the SHA-256 of the session cookie's secret.
CREATE TABLE storefront.customer_session (
    hash        char(64)    PRIMARY KEY,
    customer_id bigint      NOT NULL REFERENCES storefront.customer (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX customer_session_customer_ix ON storefront.customer_session (customer_id);
CREATE INDEX customer_session_expires_ix ON storefront.customer_session (expires_at);

-- Where a customer has things sent.
CREATE TABLE storefront.address (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint       NOT NULL REFERENCES storefront.customer (id) ON DELETE CASCADE,
    name        varchar(100) NOT NULL,
    line1       varchar(100) NOT NULL,
    line2       varchar(100) NOT NULL DEFAULT '',
    postal_code varchar(20)  NOT NULL,
    city        varchar(100) NOT NULL,
    country     char(2)      NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    created_at  timestamptz  NOT NULL
);
CREATE INDEX address_customer_ix ON storefront.address (customer_id);

-- A signed-in customer's cart follows the customer, not the browser.
ALTER TABLE storefront.cart ADD COLUMN customer_id bigint UNIQUE REFERENCES storefront.customer (id) ON DELETE CASCADE;
