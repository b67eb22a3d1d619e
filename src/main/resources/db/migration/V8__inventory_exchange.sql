-- What partners see of the catalogue changes under one revision counter: a change takes the next
-- revision under this row's lock, so revisions commit in order and a delta (?since=) can't skip one.
-- Stock changes that don't change a product's availability class don't raise it.
CREATE TABLE inventory.catalogue (
    id          boolean  PRIMARY KEY DEFAULT true CHECK (id),
    revision    bigint   NOT NULL,
    rates_as_of date
);
INSERT INTO inventory.catalogue (id, revision) VALUES (true, 0);

ALTER TABLE inventory.product
    ADD COLUMN revision     bigint      NOT NULL DEFAULT 0,
    ADD COLUMN availability varchar(12) NOT NULL DEFAULT 'in-stock',
    ADD COLUMN deleted_at   timestamptz,
    ADD CONSTRAINT product_availability_ck CHECK (availability IN ('in-stock', 'low-stock', 'out-of-stock'));
UPDATE inventory.product SET availability = CASE WHEN stock = 0 THEN 'out-of-stock' WHEN stock <= 5 THEN 'low-stock' ELSE 'in-stock' END;
-- a new product has no stock until the ledger records its first
ALTER TABLE inventory.product ALTER COLUMN availability SET DEFAULT 'out-of-stock';
CREATE INDEX product_revision_ix ON inventory.product (revision);

-- The operator's rates: how many US dollars one unit of a currency is worth.
CREATE TABLE inventory.exchange_rate (
    currency     char(3)        PRIMARY KEY CHECK (currency ~ '^[A-Z]{3}$'),
    usd_per_unit numeric(19, 8) NOT NULL CHECK (usd_per_unit > 0),
    updated_at   timestamptz    NOT NULL
);

-- Every change of stock, with its cause: holds, releases, orders and restocks all write here.
CREATE TABLE inventory.stock_movement (
    id         bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id bigint       NOT NULL REFERENCES inventory.product (id),
    delta      integer      NOT NULL,
    reason     varchar(12)  NOT NULL CHECK (reason IN ('restock', 'adjust', 'hold', 'release', 'expire', 'order', 'return')),
    reference  varchar(200),
    at         timestamptz  NOT NULL
);
CREATE INDEX stock_movement_product_ix ON inventory.stock_movement (product_id, at);

-- Stock a partner holds for a while; the product's stock is already reduced by it.
CREATE TABLE inventory.hold (
    id         uuid         PRIMARY KEY,
    product_id bigint       NOT NULL REFERENCES inventory.product (id),
    partner    varchar(64)  NOT NULL,
    reference  varchar(100) NOT NULL DEFAULT '',
    quantity   integer      NOT NULL CHECK (quantity > 0),
    status     varchar(12)  NOT NULL CHECK (status IN ('held', 'consumed', 'released', 'expired')),
    created_at timestamptz  NOT NULL,
    expires_at timestamptz  NOT NULL,
    ended_at   timestamptz
);
-- one live hold per partner, product and reference: repeating a hold call can't stack holds
CREATE UNIQUE INDEX hold_live_uq ON inventory.hold (partner, product_id, reference) WHERE status = 'held';
CREATE INDEX hold_expiry_ix ON inventory.hold (expires_at) WHERE status = 'held';

-- Orders partners placed for this shop's products.
CREATE TABLE inventory.partner_order (
    id               uuid           PRIMARY KEY,
    partner          varchar(64)    NOT NULL,
    partner_order_id varchar(100)   NOT NULL,
    idempotency_key  varchar(200),
    request_digest   varchar(64)    NOT NULL,
    status           varchar(16)    NOT NULL,
    total_usd        numeric(19, 2) NOT NULL,
    ship_name        varchar(200)   NOT NULL,
    ship_line1       varchar(200)   NOT NULL,
    ship_line2       varchar(200),
    ship_postal_code varchar(20)    NOT NULL,
    ship_city        varchar(100)   NOT NULL,
    ship_region      varchar(100),
    ship_country     char(2)        NOT NULL,
    contact_email    varchar(254)   NOT NULL,
    contact_phone    varchar(40),
    tracking         varchar(200),
    created_at       timestamptz    NOT NULL,
    updated_at       timestamptz    NOT NULL,
    version          bigint         NOT NULL DEFAULT 0,
    CONSTRAINT partner_order_uq UNIQUE (partner, partner_order_id),
    CONSTRAINT partner_order_status_ck CHECK (status IN
        ('received', 'accepted', 'rejected', 'out-of-stock', 'cancelled', 'shipped', 'delivered'))
);
CREATE UNIQUE INDEX partner_order_key_uq ON inventory.partner_order (partner, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX partner_order_status_ix ON inventory.partner_order (status, created_at);

CREATE TABLE inventory.partner_order_line (
    order_id       uuid           NOT NULL REFERENCES inventory.partner_order (id),
    line_no        integer        NOT NULL,
    product_id     bigint         NOT NULL REFERENCES inventory.product (id),
    sku            varchar(64)    NOT NULL,
    quantity       integer        NOT NULL CHECK (quantity > 0),
    unit_price_usd numeric(19, 2) NOT NULL,
    hold_id        varchar(36),   -- the hold (inventory.hold.id) the line consumed, if any
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE inventory.partner_order_event (
    id       bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id uuid         NOT NULL REFERENCES inventory.partner_order (id),
    at       timestamptz  NOT NULL,
    status   varchar(16)  NOT NULL,
    actor    varchar(64)  NOT NULL,
    note     varchar(500)
);
CREATE INDEX partner_order_event_ix ON inventory.partner_order_event (order_id, id);

-- How this shop treats each partner's orders; a partner without a row gets the node's default.
CREATE TABLE inventory.partner_terms (
    partner     varchar(64) PRIMARY KEY,
    auto_accept boolean     NOT NULL,
    updated_at  timestamptz NOT NULL
);
