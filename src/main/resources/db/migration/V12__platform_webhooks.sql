-- Operators' webhooks: URLs that receive this shop's sale and order-status events, signed, through the outbox.
CREATE TABLE platform.webhook (
    id                   uuid         PRIMARY KEY,
    url                  text         NOT NULL,
    events               varchar(100) NOT NULL,
    status               varchar(10)  NOT NULL CHECK (status IN ('active', 'paused')),
    consecutive_failures integer      NOT NULL DEFAULT 0,
    paused_reason        varchar(500),
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL
);
CREATE INDEX outbox_destination_ix ON platform.outbox (destination, id);
