-- The market event log: append-only. Each row is a market situation (every current offer of a product
-- after one of them changed) or a sale (sold, or refused for lack of stock).
CREATE TABLE platform.market_event (
    id      bigserial    PRIMARY KEY,
    -- the writing transaction: readers take only events of transactions older than every running one,
    -- so a cursor (tx, id) is never passed by an event that commits later
    tx      xid8         NOT NULL DEFAULT pg_current_xact_id(),
    kind    varchar(20)  NOT NULL CHECK (kind IN ('market-situation', 'sale')),
    product varchar(200) NOT NULL,
    -- the shops the event is about (sellers of the offers, the buyer shop): partners holding share-data see those
    parties text[]       NOT NULL,
    at      timestamptz  NOT NULL,
    data    jsonb        NOT NULL
);
CREATE INDEX market_event_order_ix ON platform.market_event (tx, id);

CREATE FUNCTION platform.market_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'platform.market_event is append-only';
END $$;
CREATE TRIGGER market_event_append_only BEFORE UPDATE OR DELETE ON platform.market_event
    FOR EACH ROW EXECUTE FUNCTION platform.market_event_append_only();
