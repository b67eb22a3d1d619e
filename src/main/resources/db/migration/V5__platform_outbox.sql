-- Messages to other nodes, written in the transaction that caused them and delivered afterwards
-- with retries and exponential backoff (see FEDERATION.md, "Delivery"). A message is stored as its
-- claims and signed when it is sent, so a retry after a key rotation carries a valid signature.
CREATE TABLE platform.outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    module          varchar(16)  NOT NULL,
    message_type    varchar(64)  NOT NULL,
    destination     varchar(500) NOT NULL,
    audience        varchar(100) NOT NULL,
    claims          text         NOT NULL,
    created_at      timestamptz  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    delivered_at    timestamptz,
    abandoned_at    timestamptz,
    last_error      varchar(500)
);
CREATE INDEX outbox_due_ix ON platform.outbox (next_attempt_at) WHERE delivered_at IS NULL AND abandoned_at IS NULL;
