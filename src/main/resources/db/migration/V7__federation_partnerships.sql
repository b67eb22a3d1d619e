-- Partnerships between this shop and other members. Both shops keep a record under the same id; the
-- record lives on across rounds (a new request after an end restores it) and keeps its history.
CREATE TABLE federation.partnership (
    id              uuid          PRIMARY KEY,
    partner_shop_id varchar(40)   NOT NULL,
    requested_by_us boolean       NOT NULL,
    status          varchar(16)   NOT NULL,
    round           integer       NOT NULL,
    asked           varchar(200)  NOT NULL,
    offered         varchar(200)  NOT NULL,
    commission_rate numeric(5, 2),
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    version         bigint        NOT NULL DEFAULT 0,
    CONSTRAINT partnership_status_ck CHECK (status IN ('REQUESTED', 'ACTIVE', 'DENIED', 'WITHDRAWN', 'TERMINATED')),
    CONSTRAINT partnership_rate_ck CHECK (commission_rate IS NULL OR (commission_rate >= 0 AND commission_rate <= 100))
);
CREATE INDEX partnership_partner_ix ON federation.partnership (partner_shop_id);

CREATE TABLE federation.partnership_event (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partnership_id uuid         NOT NULL REFERENCES federation.partnership (id),
    at             timestamptz  NOT NULL,
    actor          varchar(64)  NOT NULL,
    action         varchar(16)  NOT NULL,
    round          integer      NOT NULL,
    reason         varchar(500)
);
CREATE INDEX partnership_event_ix ON federation.partnership_event (partnership_id, at);

-- Partnership messages already applied, by message id (jti): a redelivery is answered, not applied twice.
CREATE TABLE federation.partnership_message (
    message_id  varchar(100) PRIMARY KEY,
    received_at timestamptz  NOT NULL
);
