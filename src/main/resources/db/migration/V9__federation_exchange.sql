-- Partners' catalogues as this shop imports them: one feed per partner that grants share-inventory.
CREATE TABLE federation.partner_feed (
    partner              varchar(40)   PRIMARY KEY,
    revision             bigint,
    etag                 varchar(100),
    markup_percent       numeric(7, 2) NOT NULL DEFAULT 0 CHECK (markup_percent >= 0 AND markup_percent <= 1000),
    rounding             varchar(12)   NOT NULL DEFAULT 'cent' CHECK (rounding IN ('cent', 'whole', 'ninety-nine')),
    next_attempt_at      timestamptz   NOT NULL,
    lease_until          timestamptz,
    last_attempt_at      timestamptz,
    last_success_at      timestamptz,
    last_change_at       timestamptz,
    last_outcome         varchar(16),
    consecutive_failures integer       NOT NULL DEFAULT 0,
    last_error           varchar(500)
);

CREATE TABLE federation.partner_listing (
    partner           varchar(40)    NOT NULL,
    product_id        varchar(120)   NOT NULL,
    name              varchar(200)   NOT NULL,
    description       text           NOT NULL,
    image_url         text,
    partner_price_usd numeric(19, 2) NOT NULL,
    price_usd         numeric(19, 2) NOT NULL,
    availability      varchar(12)    NOT NULL,
    partner_version   bigint         NOT NULL,
    updated_at        timestamptz,
    synced_at         timestamptz    NOT NULL,
    PRIMARY KEY (partner, product_id)
);

-- Partners' products this shop bought for its customers: a hold, then an order under this id.
CREATE TABLE federation.purchase (
    id               uuid           PRIMARY KEY,
    partner          varchar(40)    NOT NULL,
    product_id       varchar(120)   NOT NULL,
    quantity         integer        NOT NULL CHECK (quantity > 0),
    unit_price_usd   numeric(19, 2) NOT NULL,
    sale_price_usd   numeric(19, 2) NOT NULL,
    hold_id          varchar(64),
    hold_expires_at  timestamptz,
    status           varchar(12)    NOT NULL CHECK (status IN ('holding', 'ordering', 'placed', 'failed')),
    partner_status   varchar(16),
    partner_order_id varchar(64),
    tracking         varchar(200),
    update_sequence  integer        NOT NULL DEFAULT 0,
    last_error       varchar(500),
    order_json       text           NOT NULL,
    created_at       timestamptz    NOT NULL,
    updated_at       timestamptz    NOT NULL
);
CREATE INDEX purchase_created_ix ON federation.purchase (created_at);

CREATE TABLE federation.purchase_event (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purchase_id uuid         NOT NULL REFERENCES federation.purchase (id),
    at          timestamptz  NOT NULL,
    status      varchar(16)  NOT NULL,
    actor       varchar(64)  NOT NULL,
    note        varchar(500)
);
CREATE INDEX purchase_event_ix ON federation.purchase_event (purchase_id, id);
